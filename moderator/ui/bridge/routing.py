"""Which stream's controller acts on a message, and what it allows there.

The search results, the All streams tab and the user card show messages of several streams
side by side. Each message is acted on by its own stream's controller (its provider, outbox
and rows); a message whose stream is no longer open gets every entry disabled, with the reason.
Asking for an action is :class:`moderator.ui.actions.presenter.ActionPresenter`'s part.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from moderator.core.actions import ACTIONS, ActionKind, MenuEntry, menu_entries
from moderator.core.models import ChatMessage
from moderator.ui.bridge.controller import StreamController

#: the controller of an open stream, by stream key
ControllerLookup = Callable[[str], "StreamController | None"]


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


def closed_reason(stream_key: str) -> str:
    return QCoreApplication.translate(
        "ActionRouter", "The stream {stream} is not open: connect it again to act on this message."
    ).format(stream=stream_key)
