"""What calls for the moderator's attention across tabs: unread counts on each tab and, summed,
in the window title; a desktop notification when a message mentions a highlight word."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from moderator.core.models import ChatMessage
from moderator.core.names import display_text, visible_name
from moderator.ui.bridge.controller import StreamController
from moderator.ui.kit.plain import inert, no_mnemonic, window_title
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.notify import Notifier
from moderator.ui.stream.stream_tab import StreamTab

#: a tab's count and the window title change at most this often (a busy chat changes its unread
#: count with every batch: re-laying out the tab bar each time cost more than the eye can use)
REFRESH_MS = 250


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
        #: more for the window title (automod's held count), set by whoever owns it
        self.title_note: Callable[[], str] = lambda: ""
        #: when each tab's count was last shown, and the tabs whose count is due again
        self._shown_at: dict[StreamTab, float] = {}
        self._shown_count: dict[StreamTab, int] = {}
        self._due: set[StreamTab] = set()
        self._later = QTimer(window)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._show_due)

    def follow(self, tab: StreamTab) -> None:
        """Count ``tab``'s unread lines from now on, and announce its highlights."""
        controller = tab.controller
        controller.highlighted.connect(lambda hits, c=controller: self.notify(c, hits))
        # after the window's own status slot, which sets the plain title
        tab.status_changed.connect(lambda _event, t=tab: self._show_now(t))
        tab.unread_changed.connect(lambda _count, t=tab: self.show_unread(t))
        self.show_unread(tab)

    def show_unread(self, tab: StreamTab) -> None:
        """ "Title (12)" on the tab, and the sum over all tabs in the window title: at once, or
        ``REFRESH_MS`` after the last time if that was sooner (then with the latest count); a
        count that went down, at once."""
        wait_ms = REFRESH_MS - (time.monotonic() - self._shown_at.get(tab, -math.inf)) * 1000
        # fewer unread is the moderator's own doing (read, deleted): shown at once
        if wait_ms <= 0 or tab.unread_count() < self._shown_count.get(tab, 0):
            self._show_now(tab)
            return
        self._due.add(tab)
        if not self._later.isActive():
            self._later.start(max(1, math.ceil(wait_ms)))

    def _show_due(self) -> None:
        due, self._due = self._due, set()
        for tab in due:
            if tab in self._shown_at:  # (a closed tab is forgotten)
                self._show_now(tab)

    def forget(self, tab: StreamTab) -> None:
        """``tab`` is closing: no count is shown on it any more."""
        self._shown_at.pop(tab, None)
        self._shown_count.pop(tab, None)
        self._due.discard(tab)

    def _show_now(self, tab: StreamTab) -> None:
        self._shown_at[tab] = time.monotonic()
        index = self.window.tabs.indexOf(tab)
        if index >= 0:
            count = self._shown_count[tab] = tab.unread_count()
            title = tab.controller.title
            text = f"{title} ({count:,})" if count else title
            self.window.tabs.setTabText(index, no_mnemonic(text))
        self.show_total()

    def show_total(self) -> None:
        total = sum(c.model.unread_count() for c in self.controllers.values())
        title = f"({total:,}) {self.base_title}" if total else self.base_title
        note = self.title_note()
        self.window.setWindowTitle(window_title(f"{title} · {note}" if note else title))

    def notify(self, controller: StreamController, hits: list[ChatMessage]) -> None:
        first = hits[0]
        more = f" (+{len(hits) - 1} more)" if len(hits) > 1 else ""
        self.notifier.notify(
            inert(f"{controller.title} · {controller.provider.display_name}"),
            inert(f"{visible_name(first.author.name)}: {display_text(first.text[:120])}{more}"),
        )
