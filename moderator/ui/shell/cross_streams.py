"""The moderator's views across streams, wired to one window's workspace: search, user cards,
the All streams tab, the audit log dock and the exports.

Attached once by the composition root (``CrossStreams(workspace, archive=…, audit=…)``); the
workspace then answers :meth:`Workspace.show_user_card` through it. It owns no stream: it asks
the workspace for the controller of a stream key, so a stream closed meanwhile simply is not
there, and what it offers on that stream's messages says so.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from moderator.core.identity import AuthorKey, Identities, MemoryLinks
from moderator.core.models import Author
from moderator.core.notes import MemoryNotes, Notes
from moderator.core.search import SearchQuery, merge, platform_of, search_memory
from moderator.storage.archive import Archive
from moderator.storage.audit import AuditLog
from moderator.ui.across.all_streams import AllStreamsTab
from moderator.ui.across.audit_dock import AuditDock
from moderator.ui.across.message_table import SearchOutcome
from moderator.ui.across.search_dialog import SearchDialog
from moderator.ui.across.user_card import UserCard
from moderator.ui.bridge.routing import ActionRouter
from moderator.ui.dialogs.export import ask_export_path
from moderator.ui.kit import messages
from moderator.ui.kit.i18n import counts
from moderator.ui.shell.row_extras import RowExtras
from moderator.ui.shell.workspace import Workspace
from moderator.ui.stream.author_clicks import AuthorClicks
from moderator.ui.stream.stream_tab import StreamTab

log = logging.getLogger(__name__)


class CrossStreams(QObject):
    def __init__(
        self,
        workspace: Workspace,
        *,
        archive: Archive | None,
        audit: AuditLog | None,
        identities: Identities | None = None,
        notes: Notes | None = None,
    ) -> None:
        super().__init__(workspace)
        #: the authors the moderator linked; kept only while the app runs unless given a store
        self.identities = identities if identities is not None else Identities(MemoryLinks())
        self.workspace = workspace
        #: the moderator's notes on authors, and the views' buttons and note chips
        self.extras = RowExtras(workspace, notes if notes is not None else Notes(MemoryNotes()))
        self.window = workspace.window
        self.archive = archive
        self.router = ActionRouter(workspace.controller_for)
        self.all_streams: AllStreamsTab | None = None
        self.search_dialog: SearchDialog | None = None
        self.audit_dock = (
            AuditDock(audit, self.window, stream_name=self.stream_title)
            if audit is not None
            else None
        )
        self._clicks = AuthorClicks(self.show_user_card, self)
        #: short lines a user card shows about its author (automod adds the strikes)
        self.card_lines: list[Callable[[AuthorKey], str]] = []
        self._exports: set[asyncio.Task[Any]] = set()
        workspace.cross_streams = self
        workspace.stream_opened.connect(self._opened)
        for tab in self.window.stream_tabs():
            self._opened(tab)
        self._wire_window()

    def _wire_window(self) -> None:
        window = self.window
        window.search_requested.connect(self.open_search)
        window.all_streams_toggled.connect(self.show_all_streams)
        window.user_card_requested.connect(self._card_of_selection)
        window.export_archive_requested.connect(self.export_archive_with_dialog)
        window.enable_archive_export(self.archive is not None)
        if self.audit_dock is not None:
            window.add_audit_dock(self.audit_dock)

    def _opened(self, tab: StreamTab) -> None:
        self.extras.attach_tab(tab)
        self._clicks.watch(tab.view)
        if self.all_streams is not None:
            self.all_streams.follow(tab.controller)
        if self.search_dialog is not None:
            tab.controller.action_finished.connect(self.search_dialog.refresh_states)

    # -- what the views ask -----------------------------------------------------------------------

    def search(self, query: SearchQuery) -> SearchOutcome:
        """Open tabs and archive together, newest first, each message once."""
        rows = (m for c in self.workspace.controllers.values() for m in c.model.messages())
        memory = search_memory(query, rows)
        archived = self.archive.search(query) if self.archive is not None else []
        merged = merge(memory, archived, query.limit)
        in_memory = {(m.stream_key, m.id) for m in memory}
        count = sum(1 for m in merged if (m.stream_key, m.id) in in_memory)
        problem = "" if self.archive is not None else self.tr("No archive is kept: open tabs only.")
        return SearchOutcome(merged, count, problem)

    def stream_name(self, stream_key: str) -> str:
        controller = self.workspace.controller_for(stream_key)
        if controller is not None:
            return f"{controller.provider.display_name} · {controller.title}"
        stream_id = stream_key.partition(":")[2]
        return self.tr("{platform} · {stream} (closed)").format(
            platform=self.platform_name(stream_key), stream=stream_id
        )

    def stream_title(self, stream_key: str) -> str:
        """The stream's title while it is open, else its id."""
        controller = self.workspace.controller_for(stream_key)
        return controller.title if controller is not None else stream_key.partition(":")[2]

    def platform_name(self, stream_key: str) -> str:
        name = platform_of(stream_key)
        return dict(self.platforms()).get(name, name)

    def platforms(self) -> list[tuple[str, str]]:
        return [(c.name, c.display_name) for c in self.workspace.services.providers]

    # -- the views ------------------------------------------------------------------------------

    def open_search(self) -> SearchDialog:
        """The one search dialog, raised if it is open already."""
        if self.search_dialog is None:
            dialog = SearchDialog(self, self.window)
            dialog.finished.connect(self._search_closed)
            for controller in self.workspace.controllers.values():
                controller.action_finished.connect(dialog.refresh_states)
            self.search_dialog = dialog
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.text_edit.setFocus()
        return self.search_dialog

    def _search_closed(self) -> None:
        if self.search_dialog is not None:
            self.search_dialog.deleteLater()
            self.search_dialog = None

    def show_user_card(self, author: Author, stream_key: str) -> UserCard:
        card = UserCard(
            self, author, stream_key, self.window, self.identities, notes=self.extras.notes
        )
        card.note_changed.connect(self.extras.notes_changed)
        card.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        card.show()
        return card

    def _card_of_selection(self) -> None:
        widget = self.window.tabs.currentWidget()
        view = getattr(widget, "view", None)
        chosen = view.selected_messages() if view is not None else []
        if chosen:
            self.show_user_card(chosen[0].author, chosen[0].stream_key)
        else:
            messages.info(self.tr("Select a message to see its author's card."))

    def show_all_streams(self, shown: bool = True) -> AllStreamsTab | None:
        """Open (and bring to front) or close the All streams tab."""
        if not shown:
            if self.all_streams is not None:
                self.window.remove_tab(self.all_streams)
            return None
        if self.all_streams is None:
            tab = AllStreamsTab(self.router, self.stream_name, self.show_user_card)
            self.window.insert_tab(tab, QIcon(), self.tr("All streams"), 0)
            tab.destroyed.connect(self._all_streams_closed)
            self.extras.attach_all_streams(tab)
            for controller in self.workspace.controllers.values():
                tab.follow(controller)
            self.all_streams = tab
            self.window.set_all_streams_checked(True)
        self.window.tabs.setCurrentWidget(self.all_streams)
        return self.all_streams

    def _all_streams_closed(self, _widget: QWidget | None = None) -> None:
        self.all_streams = None

    # -- exporting the archive ------------------------------------------------------------------

    def export_archive_with_dialog(self, kind: str) -> None:
        path = ask_export_path(
            self.window, self.tr("Export the chat archive"), f"chat.{kind}", kind
        )
        if path is not None:
            task = asyncio.ensure_future(self.export_archive(path))
            self._exports.add(task)
            task.add_done_callback(self._exports.discard)

    async def export_archive(self, path: Path) -> int:
        """Write the archive and the open tabs' messages in the format the suffix names, in a
        worker thread (the archive streams from its own connection; the tabs' rows are copied
        first, here, since the UI thread keeps changing them); says how it went."""
        assert self.archive is not None
        write = self.archive.export_jsonl if path.suffix == ".jsonl" else self.archive.export_csv
        tabs = [m for c in self.workspace.controllers.values() for m in c.model.messages()]
        messages.info(self.tr("Exporting the chat to {path}…").format(path=path))
        try:
            count = await asyncio.get_running_loop().run_in_executor(None, write, path, tabs)
        except OSError as err:
            messages.error(
                self.tr("The chat archive could not be exported: {error}.").format(error=err)
            )
            return 0
        exported = self.tr("Exported {count} to {path}.")
        messages.info(exported.format(count=counts().messages(count), path=path))
        return count
