"""The one main window: a tab per stream, a menu bar, and a status bar.

The window only offers the views across streams (search, the All streams tab, user cards, the
audit log and the exports) as menu entries and signals; :class:`CrossStreams` answers them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from moderator import APP_NAME, __version__
from moderator.core.events import StatusChanged
from moderator.ui.empty_state import EmptyState
from moderator.ui.guard import PROBLEMS
from moderator.ui.plain import PlainLabel, escaped, no_mnemonic, plain_box, tip
from moderator.ui.status import status_icon

if TYPE_CHECKING:
    from moderator.ui.controller import StreamController
    from moderator.ui.shortcuts_dialog import ShortcutRow, ShortcutsDialog, ShortcutSource
    from moderator.ui.stream_tab import StreamTab


class MainWindow(QMainWindow):
    #: the moderator closed the window (or the app was asked to quit)
    closing = Signal()
    #: Streams → Connect a stream… (or the empty state's button)
    connect_requested = Signal()
    settings_requested = Signal()
    #: the moderator closed a tab (its widget): nothing is asked, nothing is lost
    tab_close_requested = Signal(object)
    #: Edit → Search all streams…
    search_requested = Signal()
    #: Edit → User card of the selected message's author
    user_card_requested = Signal()
    #: View → All streams tab, checked or not
    all_streams_toggled = Signal(bool)
    #: File → Export chat… in this format ("csv" or "jsonl")
    export_archive_requested = Signal(str)

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
        self._empty = PlainLabel(self)
        self.statusBar().addPermanentWidget(self._empty)
        self.problems_label = PlainLabel(self)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.problems_label)
        PROBLEMS.changed.connect(self._show_problems)
        self._show_problems(PROBLEMS.count)
        self._shortcut_sources: list[ShortcutSource] = []
        self._build_menus()
        self.refresh_empty_state()

    def add_stream(self, controller: StreamController, index: int = -1) -> StreamTab:
        from moderator.ui.stream_tab import StreamTab  # with its widgets, once a stream opens

        tab = StreamTab(controller, self.tabs)
        self.insert_tab(tab, status_icon(controller.status.status), controller.title, index)
        self.tabs.setTabToolTip(
            self.tabs.indexOf(tab), tip(f"{controller.provider.display_name}: {controller.title}")
        )
        tab.status_changed.connect(lambda event, t=tab: self._update_tab(t, event))
        return tab

    def insert_tab(self, widget: QWidget, icon: QIcon, title: str, index: int = -1) -> None:
        self.tabs.insertTab(index, widget, icon, no_mnemonic(title))
        self.refresh_empty_state()

    def remove_tab(self, widget: QWidget) -> None:
        index = self.tabs.indexOf(widget)
        if index >= 0:
            self.tabs.removeTab(index)
            widget.deleteLater()
        if widget.property("overview"):
            self.set_all_streams_checked(False)
        self.refresh_empty_state()

    def refresh_empty_state(self) -> None:
        # the All streams tab is a view of the others, not a stream
        widgets = [self.tabs.widget(i) for i in range(self.tabs.count())]
        count = len([w for w in widgets if w is not None and not w.property("overview")])
        self._pages.setCurrentWidget(self.tabs if self.tabs.count() else self.empty_state)
        self._empty.setText(f"{count} stream{'' if count == 1 else 's'}")
        self.close_tab_action.setEnabled(self.tabs.count() > 0)

    def stream_tabs(self) -> list[StreamTab]:
        return [
            tab
            for i in range(self.tabs.count())
            if isinstance(tab := self.tabs.widget(i), _stream_tab_class())
        ]

    def _show_problems(self, count: int) -> None:
        noun = "problem" if count == 1 else "problems"
        self.problems_label.setText(f"⚠ {count:,} display {noun}, details in the log")
        self.problems_label.setToolTip(
            "Something in a message could not be shown; the app kept running. Help → About "
            "names the log file."
        )
        self.problems_label.setVisible(count > 0)

    def _update_tab(self, tab: StreamTab, event: StatusChanged) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.setTabIcon(index, status_icon(event.status))
            self.tabs.setTabText(index, no_mnemonic(tab.controller.title))

    def _build_menus(self) -> None:
        self._build_file_menu()
        self._build_edit_menu()
        self._build_view_menu()
        self._build_streams_menu()
        help_menu = self.menuBar().addMenu("&Help")
        shortcuts = help_menu.addAction("&Keyboard shortcuts", self.show_shortcuts)
        shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(f"&About {APP_NAME}", self._show_about)

    def _build_file_menu(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.export_menu = file_menu.addMenu("&Export")
        self.export_actions: list[QAction] = []
        for label, kind in (("Chat as &CSV…", "csv"), ("Chat as &JSON Lines…", "jsonl")):
            action = self.export_menu.addAction(label)
            action.triggered.connect(
                lambda _checked=False, k=kind: self.export_archive_requested.emit(k)
            )
            self.export_actions.append(action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _build_edit_menu(self) -> None:
        edit = self.menuBar().addMenu("&Edit")
        search = edit.addAction("&Search all streams…", self.search_requested.emit)
        search.setShortcut(QKeySequence("Ctrl+Shift+F"))
        card = edit.addAction("&User card of the selected author", self.user_card_requested.emit)
        card.setShortcut(QKeySequence("Ctrl+Shift+U"))

    def _build_view_menu(self) -> None:
        self.view_menu = self.menuBar().addMenu("&View")
        self.all_streams_action = self.view_menu.addAction("&All streams tab")
        self.all_streams_action.setCheckable(True)
        self.all_streams_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.all_streams_action.toggled.connect(self.all_streams_toggled)

    def set_all_streams_checked(self, checked: bool) -> None:
        """Reflect the tab being opened or closed (by its ✕) without asking again."""
        self.all_streams_action.blockSignals(True)
        self.all_streams_action.setChecked(checked)
        self.all_streams_action.blockSignals(False)

    def enable_archive_export(self, enabled: bool) -> None:
        for action in self.export_actions:
            action.setEnabled(enabled)
            action.setToolTip("" if enabled else "No chat archive is kept in this session.")

    def add_audit_dock(self, dock: QDockWidget) -> None:
        """The audit log: docked at the bottom, hidden until View → Audit log."""
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        toggle = dock.toggleViewAction()
        toggle.setText("Audit &log")
        toggle.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.view_menu.addAction(toggle)
        self.export_menu.addSeparator()
        export = getattr(dock, "export_with_dialog", None)
        if export is not None:
            self.export_menu.addAction("Audit log as C&SV…", lambda: export("csv"))
            self.export_menu.addAction("Audit log as JSON &Lines…", lambda: export("jsonl"))

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
        box = plain_box(QMessageBox(QMessageBox.Icon.Warning, APP_NAME, sentence, parent=self))
        box.open()

    def add_shortcut_rows(self, source: ShortcutSource) -> None:
        """More rows for Help → Keyboard shortcuts, read each time the page opens."""
        self._shortcut_sources.append(source)

    def shortcut_rows(self) -> list[ShortcutRow]:
        from moderator.ui.shortcuts import shortcut_rows as tab_shortcut_rows
        from moderator.ui.shortcuts_dialog import action_rows, menu_rows

        rows = action_rows()
        # the tab's own keys; the actions and the window's keys come from ACTIONS and the menus
        rows += [
            (row.group, row.keys, row.description)
            for row in tab_shortcut_rows()
            if row.group not in ("On the selected messages", "Window")
        ]
        rows += menu_rows(self.menuBar())
        for source in self._shortcut_sources:
            rows += source()
        return _unique(rows)

    def show_shortcuts(self) -> ShortcutsDialog:
        from moderator.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_rows(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3><p>Moderate live-stream chats on several platforms "
            f"from one window.</p><p>Log file: {escaped(self._log_path or 'none')}</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        event.accept()


def _unique(rows: Iterable[ShortcutRow]) -> list[ShortcutRow]:
    """Each row once (a source may repeat a key the menus already list), in first order."""
    return list(dict.fromkeys(rows))


def _stream_tab_class() -> type[StreamTab]:
    from moderator.ui.stream_tab import StreamTab

    return StreamTab
