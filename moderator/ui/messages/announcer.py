"""A list's state changes spoken to screen readers: a row deleted, removed on the platform,
sent to the platform's moderators, and the ban or timeout lines the moderator's actions add.

Only a list on screen speaks (a stream's tab and All streams hold the same rows: the one the
moderator looks at says it once). Many rows at once (a bulk delete) are said as one count.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QAbstractItemView

from moderator.core.models import ChatMessage, MessageKind
from moderator.core.names import display_text, visible_name
from moderator.ui.kit.announce import announce
from moderator.ui.kit.i18n import counts
from moderator.ui.messages.message_model import MessageModel

#: up to this many changed rows are named one by one; more are counted
NAMED = 3
Change = tuple[ChatMessage, ChatMessage]


def change_word(old: ChatMessage, new: ChatMessage) -> str:
    """What happened to a row, in a word, or "" when nothing worth saying did."""
    if new.is_removed and not old.is_removed:
        return QCoreApplication.translate("RowAnnouncer", "Removed on the platform")
    if new.is_deleted and not old.is_deleted:
        return QCoreApplication.translate("RowAnnouncer", "Deleted")
    if old.is_deleted and not new.is_deleted:
        return QCoreApplication.translate("RowAnnouncer", "Restored")
    return ""


def said(changes: Sequence[Change]) -> str:
    """One sentence for a batch of changes: each row named, or a count per kind of change."""
    by_word: dict[str, list[ChatMessage]] = {}
    for old, new in changes:
        if word := change_word(old, new):
            by_word.setdefault(word, []).append(new)
    parts = []
    for word, rows in by_word.items():
        n = len(rows)
        if n > NAMED:  # the plural through kit/i18n: lupdate sees none in translate()
            parts.append(f"{word}: {counts().messages(n)}")
        else:
            parts += [f"{word}: {_who_said(row)}" for row in rows]
    return "; ".join(parts)


def _who_said(message: ChatMessage) -> str:
    text = display_text(message.text).replace("\n", " ")
    return f"{visible_name(message.author.name)}: {text[:80]}"


class RowAnnouncer(QObject):
    """Listens to one view's model; speaks while the view is on screen."""

    def __init__(self, view: QAbstractItemView, model: MessageModel) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        model.states_changed.connect(self._changed)
        model.rows_appended.connect(self._appended)

    def _changed(self, changes: Sequence[Change]) -> None:
        if self._view.isVisible():
            announce(self._view, said(changes))

    def _appended(self, first: int, last: int) -> None:
        if not self._view.isVisible():
            return
        # the view may have trimmed the oldest rows since: the new ones moved up by as many
        shift = max(0, last - self._model.rowCount() + 1)
        message = self._model.message
        for row in range(max(0, first - shift), last - shift + 1):
            line = message(row)
            if line.kind is MessageKind.MODERATION:  # "Ana was banned by you"
                announce(self._view, display_text(line.text))
