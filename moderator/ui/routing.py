"""Moderation actions on messages from any stream, sent to the controller of each one's stream.

The search results, the All streams tab and the user card show messages of several streams
side by side. Each message is acted on by its own stream's controller (its provider, outbox
and rows); a message whose stream is no longer open gets every entry disabled, with the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from moderator.core.actions import ACTIONS, ActionKind, MenuEntry, menu_entries
from moderator.core.models import ChatMessage
from moderator.ui.controller import StreamController
from moderator.ui.shortcuts import bind

#: the controller of an open stream, by stream key
ControllerLookup = Callable[[str], "StreamController | None"]
#: entries after which the tab's menu has a separator; kept the same here
SEPARATE_AFTER = (ActionKind.HARD_DELETE, ActionKind.MARK_UNREAD, ActionKind.UNBAN)


class ActionRouter:
    def __init__(self, controller_for: ControllerLookup) -> None:
        self.controller_for = controller_for

    def current(self, message: ChatMessage) -> ChatMessage:
        """The version the stream's tab holds (its latest state), or ``message`` itself."""
        controller = self.controller_for(message.stream_key)
        if controller is None:
            return message
        model = controller.model
        row = model.row_of(message.id)
        return model.message(row) if row is not None else message

    def entries(self, message: ChatMessage) -> list[MenuEntry]:
        controller = self.controller_for(message.stream_key)
        if controller is None:
            reason = closed_reason(message.stream_key)
            return [MenuEntry(s.kind, s.label, s.shortcut, False, reason) for s in ACTIONS]
        provider = controller.provider
        return menu_entries(
            self.current(message), provider.capabilities, provider.unsupported_reason
        )

    def entry(self, message: ChatMessage, kind: ActionKind) -> MenuEntry:
        return next(e for e in self.entries(message) if e.kind is kind)

    def perform(self, kind: ActionKind, messages: Iterable[ChatMessage]) -> str | None:
        """Act on each message that allows it, through its own stream; returns the reason
        when none did."""
        by_stream: dict[str, list[ChatMessage]] = {}
        refused: str | None = None
        for message in messages:
            entry = self.entry(message, kind)
            if entry.enabled:
                by_stream.setdefault(message.stream_key, []).append(self.current(message))
            else:
                refused = refused or entry.tooltip
        for stream_key, allowed in by_stream.items():
            controller = self.controller_for(stream_key)
            assert controller is not None  # entries are enabled only for open streams
            controller.act(kind, allowed)
        return None if by_stream else refused

    def build_menu(
        self, parent: QWidget, messages: Sequence[ChatMessage], on_refused: Callable[[str], None]
    ) -> QMenu:
        """The tab's context menu for ``messages``, whatever streams they come from."""
        menu = QMenu(parent)
        menu.setToolTipsVisible(True)
        count = f" ({len(messages)} messages)" if len(messages) > 1 else ""
        for entry in self.entries(messages[0]):
            action = menu.addAction(entry.label + count)
            action.setShortcut(QKeySequence(entry.shortcut))
            action.setEnabled(entry.enabled or len({m.stream_key for m in messages}) > 1)
            action.setToolTip(entry.tooltip)
            action.setData(entry.kind.value)
            action.triggered.connect(
                lambda _checked=False, k=entry.kind: self._run(k, messages, on_refused)
            )
            if entry.kind in SEPARATE_AFTER:
                menu.addSeparator()
        return menu

    def _run(
        self, kind: ActionKind, messages: Sequence[ChatMessage], on_refused: Callable[[str], None]
    ) -> None:
        refused = self.perform(kind, messages)
        if refused:
            on_refused(refused)

    def add_shortcuts(
        self,
        widget: QWidget,
        selected: Callable[[], list[ChatMessage]],
        on_refused: Callable[[str], None],
    ) -> dict[ActionKind, QAction]:
        """The tab's action keys on ``widget``, acting on what ``selected`` returns."""
        actions: dict[ActionKind, QAction] = {}
        for spec in ACTIONS:
            action = bind(widget, spec.kind.value)
            action.triggered.connect(
                lambda _checked=False, k=spec.kind: self._run_selected(k, selected, on_refused)
            )
            actions[spec.kind] = action
        return actions

    def _run_selected(
        self,
        kind: ActionKind,
        selected: Callable[[], list[ChatMessage]],
        on_refused: Callable[[str], None],
    ) -> None:
        messages = selected()
        if messages:
            self._run(kind, messages, on_refused)


def closed_reason(stream_key: str) -> str:
    return f"The stream {stream_key} is not open: connect it again to act on this message."
