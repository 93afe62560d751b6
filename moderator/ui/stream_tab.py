"""One stream's tab: status line, message list, notices and the send box."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from moderator.core.actions import ACTIONS, ActionKind, MenuEntry, menu_entries
from moderator.core.events import StatusChanged
from moderator.core.models import ChatMessage
from moderator.core.provider import Capability
from moderator.ui.controller import StreamController
from moderator.ui.message_view import MessageView
from moderator.ui.status import STATUS_COLORS, status_text


class StreamTab(QWidget):
    status_changed = Signal(object)  # StatusChanged, for the tab bar's icon

    def __init__(self, controller: StreamController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.view = MessageView(controller.model, self)
        self.status_dot = QLabel("●", self)
        self.status_label = QLabel("Stopped", self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.waiting_label = QLabel(self)
        self.waiting_label.setStyleSheet("color: #b06000;")
        self.waiting_label.hide()
        self.notice_label = QLabel(self)
        self.notice_bar = self._build_notice_bar()
        self.send_box = QLineEdit(self)
        self.send_button = QPushButton("Send", self)
        self.shortcut_actions: dict[ActionKind, QAction] = {}
        self._build_layout()
        self._build_shortcuts()
        self._setup_send_box()
        controller.status_changed.connect(self._show_status)
        controller.notice.connect(self.show_notice)
        controller.waiting_changed.connect(self._show_waiting)
        self.view.customContextMenuRequested.connect(self._open_menu)
        self.view.reached_top.connect(self.controller.load_older)
        self._show_status(controller.status)

    # -- building -------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        status_row = QHBoxLayout()
        status_row.setContentsMargins(8, 4, 8, 0)
        status_row.addWidget(self.status_dot)
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.waiting_label)
        stream = self.controller.provider.stream
        where = QLabel(f"{self.controller.provider.display_name} · {stream.stream_id}", self)
        where.setStyleSheet("color: palette(mid);")
        status_row.addWidget(where)
        send_row = QHBoxLayout()
        send_row.setContentsMargins(8, 0, 8, 8)
        send_row.addWidget(self.send_box, 1)
        send_row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(status_row)
        layout.addWidget(self.notice_bar)
        layout.addWidget(self.view, 1)
        layout.addLayout(send_row)

    def _build_notice_bar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("noticeBar")
        bar.setStyleSheet(
            "#noticeBar { background: #fce8e6; } #noticeBar QLabel { color: #a50e0e; }"
        )
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 4, 4, 4)
        self.notice_label.setWordWrap(True)
        row.addWidget(self.notice_label, 1)
        close = QToolButton(bar)
        close.setText("✕")
        close.setToolTip("Dismiss")
        close.setAutoRaise(True)
        close.clicked.connect(bar.hide)
        row.addWidget(close)
        bar.hide()
        return bar

    def _build_shortcuts(self) -> None:
        for spec in ACTIONS:
            action = QAction(spec.label, self.view)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, s=spec: self.perform(s.kind))
            self.view.addAction(action)
            self.shortcut_actions[spec.kind] = action

    def _setup_send_box(self) -> None:
        provider = self.controller.provider
        reason = provider.unsupported_reason(Capability.SEND)
        if reason is not None:
            self.send_box.setEnabled(False)
            self.send_button.setEnabled(False)
            self.send_box.setPlaceholderText(f"Sending is not available: {reason}")
            self.send_box.setToolTip(reason)
            return
        self.send_box.setPlaceholderText(f"Send a message to {provider.display_name}… (Enter)")
        self.send_box.setMaxLength(1000)
        self.send_box.returnPressed.connect(self._send)
        self.send_button.clicked.connect(self._send)

    # -- behaviour ------------------------------------------------------------------------------

    def entries_for(self, message: ChatMessage) -> list[MenuEntry]:
        provider = self.controller.provider
        return menu_entries(message, provider.capabilities, provider.unsupported_reason)

    def build_menu(self, messages: list[ChatMessage]) -> QMenu:
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        count = f" ({len(messages)} messages)" if len(messages) > 1 else ""
        for entry in self.entries_for(messages[0]):
            action = menu.addAction(entry.label + count)
            action.setShortcut(QKeySequence(entry.shortcut))
            action.setEnabled(entry.enabled)
            action.setToolTip(entry.tooltip)
            action.setData(entry.kind.value)
            action.triggered.connect(lambda _checked=False, k=entry.kind: self.perform(k))
            if entry.kind in (ActionKind.HARD_DELETE, ActionKind.MARK_UNREAD, ActionKind.UNBAN):
                menu.addSeparator()
        return menu

    def _open_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        if not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        messages = self.view.selected_messages()
        if messages:
            self.build_menu(messages).popup(self.view.viewport().mapToGlobal(pos))

    def perform(self, kind: ActionKind) -> None:
        """Run an action on the selected messages that allow it; say why for those that don't."""
        selected = self.view.selected_messages()
        if not selected:
            return
        allowed = [m for m in selected if self._entry(m, kind).enabled]
        if not allowed:
            self.show_notice(self._entry(selected[0], kind).tooltip)
            return
        self.controller.act(kind, allowed)

    def _entry(self, message: ChatMessage, kind: ActionKind) -> MenuEntry:
        return next(e for e in self.entries_for(message) if e.kind is kind)

    def _send(self) -> None:
        text = self.send_box.text().strip()
        if not text:
            return
        self.controller.send(text)
        self.send_box.clear()

    def show_notice(self, sentence: str) -> None:
        self.notice_label.setText(sentence)
        self.notice_bar.show()

    def _show_waiting(self, count: int) -> None:
        noun = "action waits" if count == 1 else "actions wait"
        self.waiting_label.setText(f"⏳ {count} {noun} for the connection")
        self.waiting_label.setVisible(count > 0)

    def _show_status(self, event: StatusChanged) -> None:
        self.status_dot.setStyleSheet(f"color: {STATUS_COLORS[event.status]};")
        self.status_label.setText(status_text(event))
        self.status_changed.emit(event)
