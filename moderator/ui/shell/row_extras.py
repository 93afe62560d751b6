"""What every chat view shows beyond the chat itself, kept in step across the window: the
inline mod buttons the settings ask for, and the chip on the rows of authors the moderator
wrote a note on (the note is the chip's tooltip)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from moderator.core.notes import Notes
from moderator.storage.settings import Settings
from moderator.ui.across.all_streams import AllStreamsTab
from moderator.ui.actions.inline import InlineActions, inline_config, relayout
from moderator.ui.messages.message_view import MessageView
from moderator.ui.shell.workspace import Workspace
from moderator.ui.stream.stream_tab import StreamTab


class RowExtras(QObject):
    def __init__(self, workspace: Workspace, notes: Notes) -> None:
        super().__init__(workspace)
        self.workspace = workspace
        self.notes = notes
        self._views: dict[MessageView, InlineActions] = {}
        #: called with the All streams tab each time it opens (the team adds its claim chips)
        self.all_streams_hooks: list[Callable[[AllStreamsTab], None]] = []
        workspace.settings_applied.connect(self._configure_all)

    def attach_tab(self, tab: StreamTab) -> None:
        self._attach(tab.view, tab.inline)

    def attach_all_streams(self, tab: AllStreamsTab) -> None:
        self._attach(tab.view, tab.inline)
        for hook in self.all_streams_hooks:
            hook(tab)

    def _attach(self, view: MessageView, inline: InlineActions) -> None:
        self._views[view] = inline
        view.destroyed.connect(lambda _obj=None, v=view: self._views.pop(v, None))
        view.message_delegate.note = self.notes.of_message
        inline.configure(inline_config(self.workspace.library.settings))

    def _configure_all(self, settings: Settings) -> None:
        config = inline_config(settings)
        for inline in self._views.values():
            inline.configure(config)

    def notes_changed(self) -> None:
        """A note was written or removed: the rows' chips follow."""
        for view in self._views:
            relayout(view)
