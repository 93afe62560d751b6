"""The one main window: a tab per stream, a menu bar, and a status bar."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from moderator import APP_NAME, __version__
from moderator.core.actions import ACTIONS
from moderator.core.events import StatusChanged
from moderator.ui.controller import StreamController
from moderator.ui.status import status_icon
from moderator.ui.stream_tab import StreamTab


class MainWindow(QMainWindow):
    #: the moderator closed the window (or the app was asked to quit)
    closing = Signal()

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
        self.setCentralWidget(self.tabs)
        self._empty = QLabel("No streams connected. Try `moderator --demo`.", self)
        self.statusBar().addPermanentWidget(self._empty)
        self._build_menus()

    def add_stream(self, controller: StreamController) -> StreamTab:
        tab = StreamTab(controller, self.tabs)
        index = self.tabs.addTab(tab, status_icon(controller.status.status), controller.title)
        self.tabs.setTabToolTip(index, f"{controller.provider.display_name}: {controller.title}")
        tab.status_changed.connect(lambda event, t=tab: self._update_tab(t, event))
        self._empty.setText(f"{self.tabs.count()} streams")
        return tab

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
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction("&Keyboard shortcuts", self._show_shortcuts)
        help_menu.addAction(f"&About {APP_NAME}", self._show_about)

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
