"""One stream's tab: status line, filter bar, message list, bulk bar, Undo toast, send box.

The actions themselves (menu, keys, dialogs, undo, bulk) live in :class:`TabActions`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.core.actions import ActionKind, MenuEntry
from moderator.core.events import SessionStatus, StatusChanged
from moderator.core.filtering import MessageFilter
from moderator.core.highlight import Highlighter
from moderator.core.inline import InlineConfig
from moderator.core.models import ChatMessage
from moderator.core.provider import Capability
from moderator.ui.actions.inline import InlineActions
from moderator.ui.actions.presenter import restriction_marker
from moderator.ui.bridge.controller import StreamController
from moderator.ui.kit import messages
from moderator.ui.kit.focus_chain import chain_focus, tab_stops, takes_tab
from moderator.ui.kit.guard import message_time
from moderator.ui.kit.i18n import counts, tr_core
from moderator.ui.kit.notice import NoticeBar
from moderator.ui.kit.plain import LineLabel, PlainLabel
from moderator.ui.kit.theme import muted, tinted
from moderator.ui.messages.message_view import MessageView
from moderator.ui.stream.commands import TabCommands
from moderator.ui.stream.filter_bar import FilterBar
from moderator.ui.stream.send_box import SendBox
from moderator.ui.stream.status import STATUS_COLORS, status_text
from moderator.ui.stream.tab_actions import TabActions
from moderator.ui.stream.tab_names import name_for_readers

HINT_MS = 6_000


class StreamTab(QWidget):
    status_changed = Signal(object)  # StatusChanged, for the tab bar's icon
    #: unread chat lines in this tab, when the number changed (tab text, window title)
    unread_changed = Signal(int)
    #: the platform signed the moderator out and they want to sign in again
    sign_in_requested = Signal()

    def __init__(self, controller: StreamController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.view = MessageView(controller.model, self)
        # "banned" / "timed out until 12:34" before the name of an author this moderator restricted
        self.view.message_delegate.marker = restriction_marker(lambda _key: controller)
        self.status_dot = PlainLabel("●", self)
        self.status_label = LineLabel(self.tr("Stopped"), self)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.waiting_label = PlainLabel(self)
        tinted(self.waiting_label, "#b06000")
        self.waiting_label.hide()
        self.paused_label = PlainLabel(self.tr("⏸ Paused"), self)
        self.paused_label.setToolTip(
            self.tr("The list stays put while the pointer is on it or you read above")
        )
        self.paused_label.hide()
        self.last_label = PlainLabel(self)
        muted(self.last_label)
        self.rejected_label = PlainLabel(self)
        tinted(self.rejected_label, "#b06000")
        self.rejected_label.setToolTip(self.tr("They are in the log, with secrets left out."))
        self.rejected_label.hide()
        self.sign_in_button = QPushButton(self.tr("Sign in again…"), self)
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.sign_in_button.hide()
        self.hint_label = LineLabel(self)
        muted(self.hint_label)
        self._hint_timer = QTimer(self, singleShot=True, interval=HINT_MS)
        self._hint_timer.timeout.connect(self.hint_label.clear)
        #: what the app tells the moderator about this stream (the message bridge routes it)
        self.notice_bar = NoticeBar(self)
        self.notice_label = self.notice_bar.label
        messages.attach(self.notice_bar, stream=controller.provider.stream.key, place=self)
        self.filter_bar = FilterBar(self)
        self.send_box = SendBox(self)
        self.send_button = QPushButton(self.tr("Send"), self)
        self.actions_ = TabActions(self, controller, self.view, hint=self.show_hint)
        self.shortcut_actions: dict[ActionKind, QAction] = self.actions_.shortcut_actions
        #: what a command typed in the send box answers ("No one called …", the /help list)
        self.command_answer = PlainLabel(self)
        self.command_answer.setWordWrap(True)
        self.command_answer.hide()
        self.commands = TabCommands(
            controller, self.view, self.actions_.presenter, answer=self.show_answer
        )
        self.send_box.names = self.commands.names
        #: the delete / timeout / ban buttons on the rows, asking through the same presenter
        self.inline = InlineActions(
            self.view, self.actions_.presenter, self._entry, refused=self.show_hint
        )
        self._build_layout()
        self._bind_keys()
        self._setup_send_box()
        self._wire()
        self._show_status(controller.status)
        self.set_highlighter(controller.highlighter)
        name_for_readers(self)

    # -- building -------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        status_row = QHBoxLayout()
        status_row.setContentsMargins(8, 4, 8, 0)
        status_row.addWidget(self.status_dot)
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.sign_in_button)
        for label in (
            self.hint_label,
            self.paused_label,
            self.waiting_label,
            self.rejected_label,
            self.last_label,
        ):
            status_row.addWidget(label)
        stream = self.controller.provider.stream
        where = PlainLabel(f"{self.controller.provider.display_name} · {stream.stream_id}", self)
        muted(where)
        status_row.addWidget(where)
        send_row = QHBoxLayout()
        send_row.setContentsMargins(8, 0, 8, 8)
        send_row.addWidget(self.send_box, 1)
        send_row.addWidget(self.send_button)
        toast_row = QHBoxLayout()
        toast_row.setContentsMargins(8, 0, 8, 0)
        toast_row.addWidget(self.actions_.toast)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(status_row)
        layout.addWidget(self.notice_bar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.actions_.batch_bar)
        layout.addLayout(toast_row)
        answer_row = QHBoxLayout()
        answer_row.setContentsMargins(8, 0, 8, 0)
        answer_row.addWidget(self.command_answer)
        layout.addLayout(answer_row)
        layout.addLayout(send_row)
        self._order_focus()

    def _order_focus(self) -> None:
        """Tab goes top to bottom: the filter bar (above the list), the list, the bars under
        it, then the send box."""
        bars = (self.sign_in_button, self.filter_bar, self.view, self.actions_.batch_bar)
        parts = [w for bar in bars for w in ([bar] if takes_tab(bar) else tab_stops(bar))]
        toast = tab_stops(self.actions_.toast)
        chain_focus(*parts, *toast, self.send_box, self.send_button)

    def _bind_keys(self) -> None:
        actions = self.actions_
        actions.bind_tab_keys(
            {
                "mark_read_up_to": actions.mark_read_up_to,
                "next_unread": actions.next_unread,
                "next_by_author": lambda: actions.by_author(1),
                "previous_by_author": lambda: actions.by_author(-1),
                "filter": self.filter_bar.open_bar,
                "undo": actions.undo,
                "cancel_batch": actions.cancel_batch,
                "retry_failed": actions.retry_failed,
                "send_box": self.send_box.setFocus,
            }
        )

    def _setup_send_box(self) -> None:
        provider = self.controller.provider
        reason = provider.unsupported_reason(Capability.SEND)
        if reason is not None:
            self.send_box.setEnabled(False)
            self.send_button.setEnabled(False)
            reason = tr_core("Provider", reason)
            self.send_box.setPlaceholderText(
                self.tr("Sending is not available: {reason}").format(reason=reason)
            )
            self.send_box.setToolTip(reason)
            return
        self.send_box.setPlaceholderText(
            self.tr("Send a message to {platform}… (Enter; Up for earlier ones; /help)").format(
                platform=provider.display_name
            )
        )
        self.send_box.setMaxLength(1000)
        self.send_box.returnPressed.connect(self._send)
        self.send_box.textEdited.connect(lambda _text: self.command_answer.hide())
        self.send_button.clicked.connect(self._send)

    def _wire(self) -> None:
        controller = self.controller
        controller.status_changed.connect(self._show_status)
        controller.waiting_changed.connect(self._show_waiting)
        controller.highlighter_changed.connect(self.set_highlighter)
        controller.model.unread_changed.connect(self.unread_changed)
        self.view.customContextMenuRequested.connect(self.actions_.open_menu)
        self.view.reached_top.connect(controller.load_older)
        self.view.paused_changed.connect(self.paused_label.setVisible)
        self.filter_bar.changed.connect(self.apply_filter)
        controller.model.rows_appended.connect(self._count_filtered)
        controller.model.rows_appended.connect(self._show_last_message)
        controller.rejected_changed.connect(self._show_rejected)
        self.filter_bar.closed.connect(self.view.setFocus)

    # -- behaviour ------------------------------------------------------------------------------

    def entries_for(self, message: ChatMessage) -> list[MenuEntry]:
        return self.actions_.entries_for(message)

    def _entry(self, message: ChatMessage, kind: ActionKind) -> MenuEntry:
        return next(e for e in self.entries_for(message) if e.kind is kind)

    def set_inline_buttons(self, config: InlineConfig) -> None:
        self.inline.configure(config)

    def build_menu(self, messages: list[ChatMessage]) -> QMenu:
        return self.actions_.build_menu(messages)

    def perform(self, kind: ActionKind) -> None:
        self.actions_.perform(kind)

    def unread_count(self) -> int:
        return self.controller.model.unread_count()

    def apply_filter(self, row_filter: MessageFilter) -> None:
        # what /clear took out of sight stays out, whatever the filter bar says
        row_filter = replace(row_filter, cleared=self.view.row_filter.cleared)
        self.view.set_filter(row_filter)
        shown = self.view.shown_count() if row_filter.active else None
        self.filter_bar.show_count(shown)

    def _count_filtered(self) -> None:
        if self.view.row_filter.active:
            self.filter_bar.show_count(self.view.shown_count())

    def set_highlighter(self, highlighter: Highlighter) -> None:
        self.view.set_highlighter(highlighter)

    def _send(self) -> None:
        text = self.send_box.text().strip()
        if text and self.commands.run(text):
            self.send_box.remember(text)
            self.send_box.clear()

    def show_answer(self, sentence: str) -> None:
        """A command's answer above the send box, until the moderator types again."""
        self.command_answer.setText(sentence)
        self.command_answer.show()

    def show_hint(self, sentence: str) -> None:
        """A passing remark ("No unread messages below."), gone after a few seconds."""
        self.hint_label.setText(tr_core("Core", sentence))
        self._hint_timer.start()

    def _show_waiting(self, count: int) -> None:
        self.waiting_label.setText(f"⏳ {counts().waiting(count)}")
        self.waiting_label.setVisible(count > 0)

    def _show_status(self, event: StatusChanged) -> None:
        self.status_dot.setStyleSheet(f"color: {STATUS_COLORS[event.status]};")
        self.status_label.setText(status_text(event))
        self.sign_in_button.setVisible(event.status is SessionStatus.SIGNED_OUT)
        self.status_changed.emit(event)

    def _show_last_message(self, _first: int, _last: int) -> None:
        # the newest row now: a slot before this one may already have trimmed the oldest
        model = self.controller.model
        if model.rowCount() == 0:
            return
        newest = message_time(model.message(model.rowCount() - 1), "%H:%M:%S")
        self.last_label.setText(self.tr("last message {time}").format(time=newest))

    def _show_rejected(self, total: int) -> None:
        self.rejected_label.setText(f"⚠ {counts().skipped(total)}")
        self.rejected_label.setVisible(total > 0)
