"""The question after a crash inside an undo window: "2 deletes were waiting when Moderator
closed: send them now, or discard them?", one per stream, answered and audited."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from moderator import APP_NAME
from moderator.core.delivery import OutboxEntry
from moderator.ui.bridge.controller import StreamController

#: how many of the messages the question lists by name
SHOWN = 5
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


def ask_about_held(window: QWidget, controller: StreamController) -> QMessageBox | None:
    """Ask (without blocking) what to do with the stream's interrupted undo windows, if any;
    closing the question without an answer keeps them for the next start."""
    moderation = controller.moderation
    entries = moderation.held_from_before()
    if not entries:
        return None
    text = held_question(entries, controller.title, controller.provider.display_name)
    box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, text, parent=window)
    box.setInformativeText(held_details(entries))
    send = box.addButton("Send now", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("Ask me next time", QMessageBox.ButtonRole.RejectRole)

    def answered(button: QAbstractButton) -> None:
        if button in (send, discard):
            moderation.resolve_held(entries, send=button is send)

    box.buttonClicked.connect(answered)
    box.open()
    return box


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
