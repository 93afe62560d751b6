"""The one main window: a tab per stream, a menu bar, and a status bar.

The window only offers the views across streams (search, the All streams tab, user cards, the
audit log and the exports) as menu entries and signals; :class:`CrossStreams` answers them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from moderator import APP_NAME, __version__
from moderator.core.events import StatusChanged
from moderator.core.keymap import binding, help_rows
from moderator.ui.kit import messages
from moderator.ui.kit.guard import PROBLEMS
from moderator.ui.kit.i18n import counts, either, tr_core
from moderator.ui.kit.messages import Level, Message, Question
from moderator.ui.kit.notice import question_box
from moderator.ui.kit.plain import PlainLabel, escaped, no_mnemonic, plain_box, tip
from moderator.ui.kit.shortcuts import set_keys
from moderator.ui.kit.zoom import zoom
from moderator.ui.shell.empty_state import EmptyState
from moderator.ui.stream.status import status_icon

if TYPE_CHECKING:
    from moderator.ui.bridge.controller import StreamController
    from moderator.ui.dialogs.shortcuts_dialog import ShortcutRow, ShortcutsDialog, ShortcutSource
    from moderator.ui.stream.stream_tab import StreamTab

#: how long the status bar shows a message of each level (ms)
STATUS_MS = {Level.INFO: 15_000, Level.WARNING: 30_000, Level.ERROR: 30_000}


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
        self.tabs.setAccessibleName(self.tr("Streams"))
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
        # what is meant for no tab or surface in particular shows here (the message bridge)
        messages.attach(self)

    def add_stream(self, controller: StreamController, index: int = -1) -> StreamTab:
        from moderator.ui.stream.stream_tab import (
            StreamTab,  # with its widgets, once a stream opens
        )

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
        self._empty.setText(counts().streams(count))
        self.close_tab_action.setEnabled(self.tabs.count() > 0)

    def stream_tabs(self) -> list[StreamTab]:
        return [
            tab
            for i in range(self.tabs.count())
            if isinstance(tab := self.tabs.widget(i), _stream_tab_class())
        ]

    def _show_problems(self, count: int) -> None:
        self.problems_label.setText(f"⚠ {counts().problems(count)}")
        self.problems_label.setToolTip(
            self.tr(
                "Something in a message could not be shown; the app kept running. Help → About "
                "names the log file."
            )
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
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        _keyed(help_menu, "shortcuts", self.show_shortcuts)
        help_menu.addAction(self.tr("&About {app}").format(app=APP_NAME), self._show_about)

    def _build_file_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        self.export_actions: list[QAction] = []
        for label, kind in (
            (self.tr("Chat as &CSV…"), "csv"),
            (self.tr("Chat as &JSON Lines…"), "jsonl"),
        ):
            action = self.export_menu.addAction(label)
            action.triggered.connect(
                lambda _checked=False, k=kind: self.export_archive_requested.emit(k)
            )
            self.export_actions.append(action)
        file_menu.addSeparator()
        quit_action = set_keys(QAction(tr_core("Keymap", binding("quit").label), self), "quit")
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def _build_edit_menu(self) -> None:
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        _keyed(edit, "search", self.search_requested.emit)
        _keyed(edit, "user_card", self.user_card_requested.emit)

    def _build_view_menu(self) -> None:
        self.view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.all_streams_action = self.view_menu.addAction(
            tr_core("Keymap", binding("all_streams").label)
        )
        self.all_streams_action.setCheckable(True)
        set_keys(self.all_streams_action, "all_streams")
        self.all_streams_action.toggled.connect(self.all_streams_toggled)
        self.view_menu.addSeparator()
        sizes = zoom()
        for name, slot in (("zoom_in", sizes.zoom_in), ("zoom_out", sizes.zoom_out)):
            _keyed(self.view_menu, name, slot)
        _keyed(self.view_menu, "zoom_reset", sizes.reset)

    def set_all_streams_checked(self, checked: bool) -> None:
        """Reflect the tab being opened or closed (by its ✕) without asking again."""
        self.all_streams_action.blockSignals(True)
        self.all_streams_action.setChecked(checked)
        self.all_streams_action.blockSignals(False)

    def enable_archive_export(self, enabled: bool) -> None:
        for action in self.export_actions:
            action.setEnabled(enabled)
            action.setToolTip(
                "" if enabled else self.tr("No chat archive is kept in this session.")
            )

    def add_audit_dock(self, dock: QDockWidget) -> None:
        """The audit log: docked at the bottom, hidden until View → Audit log."""
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        dock.hide()
        toggle = dock.toggleViewAction()
        toggle.setText(tr_core("Keymap", binding("audit_log").label))
        set_keys(toggle, "audit_log")
        self.view_menu.addAction(toggle)
        self.export_menu.addSeparator()
        export = getattr(dock, "export_with_dialog", None)
        if export is not None:
            self.export_menu.addAction(self.tr("Audit log as C&SV…"), lambda: export("csv"))
            self.export_menu.addAction(
                self.tr("Audit log as JSON &Lines…"), lambda: export("jsonl")
            )

    def _build_streams_menu(self) -> None:
        streams = self.menuBar().addMenu(self.tr("&Streams"))
        _keyed(streams, "connect", self.connect_requested.emit)
        self.close_tab_action = _keyed(streams, "close_tab", self._close_current)
        _keyed(streams, "next_tab", lambda: self.switch_tab(1))
        _keyed(streams, "previous_tab", lambda: self.switch_tab(-1))
        streams.addSeparator()
        settings = _keyed(streams, "settings", self.settings_requested.emit)
        settings.setMenuRole(QAction.MenuRole.PreferencesRole)

    def switch_tab(self, step: int) -> None:
        """The next (1) or previous (-1) tab, wrapping around."""
        count = self.tabs.count()
        if count > 1:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def _close_current(self) -> None:
        widget = self.tabs.currentWidget()
        if widget is not None:
            self.tab_close_requested.emit(widget)

    def show_message(self, message: Message) -> None:
        """The message bridge's general display: the status bar, and a box for an error."""
        text = tr_core("Core", message.text)
        self.statusBar().showMessage(text, STATUS_MS[message.level])
        if message.level is Level.ERROR:
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text, parent=self)
            plain_box(box).open()

    def ask_question(self, question: Question) -> None:
        question_box(question, self)

    def add_shortcut_rows(self, source: ShortcutSource) -> None:
        """More rows for Help → Keyboard shortcuts, read each time the page opens."""
        self._shortcut_sources.append(source)

    def shortcut_rows(self) -> list[ShortcutRow]:
        rows = [(tr_core("Keymap", s), either(k), tr_core("Keymap", d)) for s, k, d in help_rows()]
        for source in self._shortcut_sources:
            rows += source()
        return _unique(rows)

    def show_shortcuts(self) -> ShortcutsDialog:
        from moderator.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_rows(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            f"<h3>{APP_NAME} {__version__}</h3><p>"
            + self.tr("Moderate live-stream chats on several platforms from one window.")
            + "</p><p>"
            + self.tr("Log file: {path}").format(path=escaped(self._log_path or self.tr("none")))
            + "</p>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        event.accept()


def _keyed(menu: QMenu, name: str, slot: Callable[[], object]) -> QAction:
    """A menu entry with the keymap's label and keys for ``name``."""
    return set_keys(menu.addAction(tr_core("Keymap", binding(name).label), slot), name)


def _unique(rows: Iterable[ShortcutRow]) -> list[ShortcutRow]:
    """Each row once (a source may repeat a key the menus already list), in first order."""
    return list(dict.fromkeys(rows))


def _stream_tab_class() -> type[StreamTab]:
    from moderator.ui.stream.stream_tab import StreamTab

    return StreamTab
