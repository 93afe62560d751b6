"""The question after a crash inside an undo window: "2 deletes were waiting when Moderator
closed: send them now, or discard them?", one per stream, answered and audited."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject

from moderator.core.delivery import OutboxEntry
from moderator.ui.bridge.controller import StreamController
from moderator.ui.kit import messages
from moderator.ui.kit.i18n import QT_TRANSLATE_NOOP, plural
from moderator.ui.kit.messages import Question

#: how many of the messages the question lists by name
SHOWN = 5
#: the answers (their labels, translated where they are asked)
SEND = QT_TRANSLATE_NOOP("HeldCounts", "Send now")
DISCARD = QT_TRANSLATE_NOOP("HeldCounts", "Discard")
LATER = QT_TRANSLATE_NOOP("HeldCounts", "Ask me next time")


class HeldCounts(QObject):
    """ "2 deletes", "1 ban", in the moderator's language (never subclassed: see ui/kit/i18n)."""

    def of(self, kind: str, n: int) -> str:
        if kind == "delete":
            return plural(self.tr("%Ln delete(s)", "", n), n)
        if kind == "hard_delete":
            return plural(self.tr("%Ln permanent delete(s)", "", n), n)
        if kind == "ban":
            return plural(self.tr("%Ln ban(s)", "", n), n)
        if kind == "timeout":
            return plural(self.tr("%Ln timeout(s)", "", n), n)
        return f"{n} {kind}"

    def more(self, n: int) -> str:
        return plural(self.tr("… and %Ln more", "", n), n)

    def question(self, n: int) -> str:
        if n == 1:
            return self.tr(
                "{what} was waiting for the undo delay in “{stream}” ({platform}) when Moderator "
                "closed. Send it now, or discard it?"
            )
        return self.tr(
            "{what} were waiting for the undo delay in “{stream}” ({platform}) when Moderator "
            "closed. Send them now, or discard them?"
        )

    def listed(self, parts: list[str]) -> str:
        if len(parts) < 2:
            return "".join(parts)
        return self.tr("{list} and {last}").format(list=", ".join(parts[:-1]), last=parts[-1])

    def answer(self, label: str) -> str:
        return QCoreApplication.translate("HeldCounts", label)


def held_question(entries: Sequence[OutboxEntry], stream: str, platform: str) -> str:
    """ "2 deletes and 1 ban were waiting … in “Morning show” (PRISM) when Moderator closed"."""
    words = HeldCounts()
    parts = [words.of(kind, n) for kind, n in Counter(e.kind for e in entries).items()]
    what = words.listed(parts)
    return words.question(len(entries)).format(what=what, stream=stream, platform=platform)


def held_details(entries: Sequence[OutboxEntry]) -> str:
    lines = [
        f"{e.kind}: {e.message.author.name}: {e.message.text[:80]}"
        for e in entries[:SHOWN]
        if e.message is not None
    ]
    if len(entries) > SHOWN:
        lines.append(HeldCounts().more(len(entries) - SHOWN))
    return "\n".join(lines)


def ask_about_held(controller: StreamController) -> Question | None:
    """Ask (without blocking) what to do with the stream's interrupted undo windows, if any;
    closing the question without an answer keeps them for the next start."""
    moderation = controller.moderation
    entries = moderation.held_from_before()
    if not entries:
        return None

    words = HeldCounts()
    send, discard, later = (words.answer(label) for label in (SEND, DISCARD, LATER))

    def answered(answer: str | None) -> None:
        if answer in (send, discard):
            moderation.resolve_held(entries, send=answer == send)

    question = Question(
        held_question(entries, controller.title, controller.provider.display_name),
        (send, discard, later),
        answered,
        details=held_details(entries),
        later=later,
    )
    messages.ask(question)
    return question
