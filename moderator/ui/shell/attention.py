"""What calls for the moderator's attention across tabs: unread counts on each tab and, summed,
in the window title; a desktop notification when a message mentions a highlight word."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtWidgets import QWidget

from moderator.core.models import ChatMessage
from moderator.core.names import display_text, visible_name
from moderator.ui.bridge.controller import StreamController
from moderator.ui.kit.plain import inert, no_mnemonic, window_title
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.notify import Notifier
from moderator.ui.stream.stream_tab import StreamTab


class Attention:
    def __init__(
        self,
        window: MainWindow,
        controllers: Mapping[QWidget, StreamController],
        notifier: Notifier,
    ) -> None:
        self.window = window
        self.controllers = controllers
        self.notifier = notifier
        self.base_title = window.windowTitle()

    def follow(self, tab: StreamTab) -> None:
        """Count ``tab``'s unread lines from now on, and announce its highlights."""
        controller = tab.controller
        controller.highlighted.connect(lambda hits, c=controller: self.notify(c, hits))
        # after the window's own status slot, which sets the plain title
        tab.status_changed.connect(lambda _event, t=tab: self.show_unread(t))
        tab.unread_changed.connect(lambda _count, t=tab: self.show_unread(t))
        self.show_unread(tab)

    def show_unread(self, tab: StreamTab) -> None:
        """ "Title (12)" on the tab, and the sum over all tabs in the window title."""
        index = self.window.tabs.indexOf(tab)
        if index >= 0:
            count = tab.unread_count()
            title = tab.controller.title
            text = f"{title} ({count:,})" if count else title
            self.window.tabs.setTabText(index, no_mnemonic(text))
        self.show_total()

    def show_total(self) -> None:
        total = sum(c.model.unread_count() for c in self.controllers.values())
        title = f"({total:,}) {self.base_title}" if total else self.base_title
        self.window.setWindowTitle(window_title(title))

    def notify(self, controller: StreamController, hits: list[ChatMessage]) -> None:
        first = hits[0]
        more = f" (+{len(hits) - 1} more)" if len(hits) > 1 else ""
        self.notifier.notify(
            inert(f"{controller.title} · {controller.provider.display_name}"),
            inert(f"{visible_name(first.author.name)}: {display_text(first.text[:120])}{more}"),
        )
