"""The one main window: a tab per stream, a menu bar, and a status bar."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from moderator import APP_NAME, __version__
from moderator.core.actions import ACTIONS
from moderator.core.events import StatusChanged
from moderator.ui.controller import StreamController
from moderator.ui.empty_state import EmptyState
from moderator.ui.status import status_icon
from moderator.ui.stream_tab import StreamTab


class MainWindow(QMainWindow):
    #: the moderator closed the window (or the app was asked to quit)
    closing = Signal()
    #: Streams → Connect a stream… (or the empty state's button)
    connect_requested = Signal()
    settings_requested = Signal()
    #: the moderator closed a tab (its widget): nothing is asked, nothing is lost
    tab_close_requested = Signal(object)

    def __init__(
        self, *, subtitle: str = "", log_path: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._subtitle = subtitle
        self._log_path = log_path
        self.setWindowTitle(f"{APP_NAME} — {subtitle}" if subtitle else APP_NAME)
        self.resize(1100, 720)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setMovable(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(
            lambda index: self.tab_close_requested.emit(self.tabs.widget(index))
        )
        self.empty_state = EmptyState(self)
        self.empty_state.connect_button.clicked.connect(self.connect_requested)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.empty_state)
        self._pages.addWidget(self.tabs)
        self.setCentralWidget(self._pages)
        self._empty = QLabel(self)
        self.statusBar().addPermanentWidget(self._empty)
        self._build_menus()
        self.refresh_empty_state()

    def add_stream(self, controller: StreamController, index: int = -1) -> StreamTab:
        tab = StreamTab(controller, self.tabs)
        self.insert_tab(tab, status_icon(controller.status.status), controller.title, index)
        self.tabs.setTabToolTip(
            self.tabs.indexOf(tab), f"{controller.provider.display_name}: {controller.title}"
        )
        tab.status_changed.connect(lambda event, t=tab: self._update_tab(t, event))
        return tab

    def insert_tab(self, widget: QWidget, icon: QIcon, title: str, index: int = -1) -> None:
        self.tabs.insertTab(index, widget, icon, title)
        self.refresh_empty_state()

    def remove_tab(self, widget: QWidget) -> None:
        index = self.tabs.indexOf(widget)
        if index >= 0:
            self.tabs.removeTab(index)
            widget.deleteLater()
        self.refresh_empty_state()

    def refresh_empty_state(self) -> None:
        count = self.tabs.count()
        self._pages.setCurrentWidget(self.tabs if count else self.empty_state)
        self._empty.setText(f"{count} stream{'' if count == 1 else 's'}")
        self.close_tab_action.setEnabled(count > 0)

    def stream_tabs(self) -> list[StreamTab]:
        return [
            tab
            for i in range(self.tabs.count())
            if isinstance(tab := self.tabs.widget(i), StreamTab)
        ]

    def _update_tab(self, tab: StreamTab, event: StatusChanged) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.setTabIcon(index, status_icon(event.status))
            self.tabs.setTabText(index, tab.controller.title)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._build_streams_menu()
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction("&Keyboard shortcuts", self._show_shortcuts)
        help_menu.addAction(f"&About {APP_NAME}", self._show_about)

    def _build_streams_menu(self) -> None:
        streams = self.menuBar().addMenu("&Streams")
        connect = streams.addAction("&Connect a stream…", self.connect_requested.emit)
        connect.setShortcut(QKeySequence("Ctrl+N"))
        self.close_tab_action = streams.addAction("Close &tab", self._close_current)
        self.close_tab_action.setShortcut(QKeySequence("Ctrl+W"))
        streams.addSeparator()
        settings = streams.addAction("&Settings…", self.settings_requested.emit)
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _close_current(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is not None:
            self.tab_close_requested.emit(widget)

    def show_problem(self, sentence: str) -> None:
        """Tell the moderator about something that went wrong but did not stop the app."""
        self.statusBar().showMessage(sentence, 30_000)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, sentence, parent=self)
        box.open()

    def _show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td><b>{s.shortcut}</b></td><td>{s.label}</td></tr>" for s in ACTIONS)
        QMessageBox.information(
            self,
            "Keyboard shortcuts",
            f"<p>On the selected messages:</p><table cellspacing=6>{rows}</table>"
            "<p>Enter in the send box sends; Ctrl+Q quits.</p>",
        )

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3><p>Moderate live-stream chats on several platforms "
            f"from one window.</p><p>Log file: {self._log_path or 'none'}</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        event.accept()
