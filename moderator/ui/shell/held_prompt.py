"""The question after a crash inside an undo window: "2 deletes were waiting when Moderator
closed: send them now, or discard them?", one per stream, answered and audited."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from moderator.core.delivery import OutboxEntry
from moderator.ui.bridge.controller import StreamController
from moderator.ui.kit import messages
from moderator.ui.kit.messages import Question

#: how many of the messages the question lists by name
SHOWN = 5
SEND, DISCARD, LATER = "Send now", "Discard", "Ask me next time"
NOUNS = {"delete": "delete", "hard_delete": "permanent delete", "ban": "ban", "timeout": "timeout"}


def held_question(entries: Sequence[OutboxEntry], stream: str, platform: str) -> str:
    """ "2 deletes and 1 ban were waiting … in “Morning show” (PRISM) when Moderator closed"."""
    counts = Counter(e.kind for e in entries)
    parts = [_count(n, NOUNS.get(kind, kind)) for kind, n in counts.items()]
    what = " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)
    verb, them = ("was", "it") if len(entries) == 1 else ("were", "them")
    return (
        f"{what} {verb} waiting for the undo delay in “{stream}” ({platform}) when Moderator "
        f"closed. Send {them} now, or discard {them}?"
    )


def held_details(entries: Sequence[OutboxEntry]) -> str:
    lines = [
        f"{e.kind}: {e.message.author.name}: {e.message.text[:80]}"
        for e in entries[:SHOWN]
        if e.message is not None
    ]
    if len(entries) > SHOWN:
        lines.append(f"… and {len(entries) - SHOWN} more")
    return "\n".join(lines)


def ask_about_held(controller: StreamController) -> Question | None:
    """Ask (without blocking) what to do with the stream's interrupted undo windows, if any;
    closing the question without an answer keeps them for the next start."""
    moderation = controller.moderation
    entries = moderation.held_from_before()
    if not entries:
        return None

    def answered(answer: str | None) -> None:
        if answer in (SEND, DISCARD):
            moderation.resolve_held(entries, send=answer == SEND)

    question = Question(
        held_question(entries, controller.title, controller.provider.display_name),
        (SEND, DISCARD, LATER),
        answered,
        details=held_details(entries),
        later=LATER,
    )
    messages.ask(question)
    return question


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
