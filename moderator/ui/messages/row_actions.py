"""A row's moderation buttons, as actions assistive technology can list and press.

The buttons are painted by the delegate (no widgets), so a screen reader could not see them.
Each :class:`~moderator.ui.messages.shown_rows.ShownRow` of a view with buttons answers the
action interface with :class:`RowActions`: one action per button, in the buttons' order, named
as the context menu names it, with its key; pressing one is the same as clicking the button
(the surface asks through its presenter), and a greyed one says why it cannot.
"""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtGui import QAccessibleActionInterface
from PySide6.QtWidgets import QAbstractItemView

from moderator.core.actions import ActionKind, MenuEntry
from moderator.core.models import ChatMessage
from moderator.ui.kit.guard import guarded
from moderator.ui.kit.i18n import tr_core
from moderator.ui.messages.inline_buttons import InlineClicks
from moderator.ui.messages.message_model import MessageRole


def clicks_of(view: QAbstractItemView) -> InlineClicks | None:
    """The view's buttons, when it shows any."""
    clicks = view.findChild(InlineClicks)
    if isinstance(clicks, InlineClicks) and clicks.buttons.config.kinds:
        return clicks
    return None


class RowActions(QAccessibleActionInterface):
    """The buttons of one row (the row's message, wherever it now stands)."""

    def __init__(self, view: QAbstractItemView, index: QPersistentModelIndex) -> None:
        super().__init__()
        self._view = view
        self._index = index

    def _entries(self) -> list[tuple[ActionKind, MenuEntry, ChatMessage]]:
        clicks = clicks_of(self._view)
        message = self._index.data(MessageRole) if self._index.isValid() else None
        if clicks is None or not isinstance(message, ChatMessage):
            return []
        entry_for = clicks.buttons.entry_for
        return [(k, entry_for(message, k), message) for k in clicks.buttons.config.kinds]

    @staticmethod
    def _name(entry: MenuEntry) -> str:
        return tr_core("Keymap", entry.label).replace("&", "")

    @guarded(list)
    def actionNames(self) -> list[str]:
        return [self._name(entry) for _kind, entry, _message in self._entries()]

    @guarded(str)
    def localizedActionName(self, name: str) -> str:
        return name

    @guarded(str)
    def localizedActionDescription(self, name: str) -> str:
        for _kind, entry, _message in self._entries():
            if self._name(entry) == name:
                return entry.tooltip if not entry.enabled or entry.tooltip else ""
        return ""

    @guarded(list)
    def keyBindingsForAction(self, name: str) -> list[str]:
        return [e.shortcut for _k, e, _m in self._entries() if self._name(e) == name and e.shortcut]

    @guarded(lambda: None)
    def doAction(self, name: str) -> None:
        clicks = clicks_of(self._view)
        for kind, entry, message in self._entries():
            if clicks is not None and self._name(entry) == name:
                if entry.enabled:
                    clicks.clicked.emit(kind, message)
                else:
                    clicks.refused.emit(entry.tooltip)
                return
