"""The All streams tab: every open stream's chat in time order, each row marked by its source.

It follows the tabs' stream states rather than the sessions: a tab's appended rows are merged in
(see :class:`MergedModel`), and a row changed in its tab (pending, deleted, read) is changed
here too. Actions on a row go to its own stream's controller, as from the search results.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem, QVBoxLayout, QWidget

from moderator.core.models import Author, ChatMessage
from moderator.core.names import visible_name
from moderator.core.request import Surface
from moderator.ui.actions.inline import InlineActions
from moderator.ui.actions.presenter import ActionPresenter, restriction_marker
from moderator.ui.actions.undo_toast import UndoToast
from moderator.ui.bridge.controller import StreamController
from moderator.ui.bridge.routing import ActionRouter
from moderator.ui.dialogs.whole_message import WholeMessage, is_cut, whole_label
from moderator.ui.kit import messages
from moderator.ui.kit.guard import guarded
from moderator.ui.kit.notice import NoticeLine
from moderator.ui.kit.plain import PlainLabel, no_mnemonic
from moderator.ui.kit.theme import muted
from moderator.ui.messages.delegate import FALLBACK_HEIGHT, MessageDelegate
from moderator.ui.messages.merged_model import MergedModel
from moderator.ui.messages.message_model import MessageModel, MessageRole
from moderator.ui.messages.message_view import MessageView
from moderator.ui.messages.row_text import Fonts

#: rows each open tab brings when the All streams tab opens (its newest ones)
SEED = 2_000
STRIPE = 4.0
#: room for the source's name, left of the message
SOURCE_WIDTH = 150.0
SOURCE_COLORS = ("#1a73e8", "#e37400", "#188038", "#9334e6", "#d01884", "#007b83", "#b31412")
SourceName = Callable[[str], str]
#: source names kept as they fit their column (a few per open stream)
FITTED_KEPT = 256
Index = QModelIndex | QPersistentModelIndex


class SourceColors:
    """A colour per stream, in the order streams are first seen, so the first seven differ."""

    def __init__(self) -> None:
        self._colors: dict[str, QColor] = {}

    def __call__(self, stream_key: str) -> QColor:
        colour = self._colors.get(stream_key)
        if colour is None:
            colour = QColor(SOURCE_COLORS[len(self._colors) % len(SOURCE_COLORS)])
            self._colors[stream_key] = colour
        return colour


class SourceDelegate(MessageDelegate):
    """The tab's message painting, after a coloured stripe and the source's name."""

    def __init__(self, view: MessageView, source_name: SourceName) -> None:
        super().__init__(view)
        self._list = view
        self._source_name = source_name
        self.colors = SourceColors()
        #: (source name, width) -> the name as it fits: elided once, not on every row's paint
        self._fitted: dict[tuple[str, float], str] = {}

    @guarded(lambda: QSize(0, FALLBACK_HEIGHT))
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        message = index.data(MessageRole)
        if not isinstance(message, ChatMessage):
            return QSize(0, 0)
        width = self._list.viewport().width()
        row = self.cached_layout(message, option.font, max(40, int(width - SOURCE_WIDTH)))
        return QSize(width, int(row.height + 0.999))

    def paint_body(
        self, painter: QPainter, option: QStyleOptionViewItem, message: ChatMessage
    ) -> None:
        rect = option.rect
        colour = self.colors(message.stream_key)
        painter.fillRect(QRectF(rect.left(), rect.top(), STRIPE, rect.height()), colour)
        fonts = self.fonts(option.font)
        label = QRectF(rect.left() + STRIPE + 4, rect.top() + 4, SOURCE_WIDTH - STRIPE - 10, 0)
        label.setHeight(fonts.line_h)
        painter.save()
        painter.setFont(fonts.small)
        painter.setPen(colour)
        # shaped once per name (as the time and the author's name are), on the time's baseline
        name = self._fit(self._source_name(message.stream_key), label.width(), fonts)
        fonts.small_shaped.draw(painter, label.left(), label.top() + fonts.small_base, name)
        painter.restore()
        super().paint_body(painter, shifted(option), message)

    def paint_inline(
        self, painter: QPainter, option: QStyleOptionViewItem, message: ChatMessage, row: int
    ) -> None:
        if self.inline is not None and self.inline.shows_on(row, message):
            super().paint_inline(painter, shifted(option), message, row)

    def look(self, message: ChatMessage, option: QStyleOptionViewItem) -> tuple[object, ...]:
        source = self._source_name(message.stream_key)
        return (*super().look(message, shifted(option)), source, self.colors(message.stream_key))

    def _fit(self, name: str, width: float, fonts: Fonts) -> str:
        fitted = self._fitted.get((name, width))
        if fitted is None:
            if len(self._fitted) >= FITTED_KEPT:
                self._fitted.clear()
            fitted = fonts.small_m.elidedText(name, Qt.TextElideMode.ElideRight, width)
            self._fitted[(name, width)] = fitted
        return fitted


def shifted(option: QStyleOptionViewItem) -> QStyleOptionViewItem:
    """The option for the message part of a row, right of the source's column."""
    moved = QStyleOptionViewItem(option)
    moved.rect = option.rect.adjusted(int(SOURCE_WIDTH), 0, 0, 0)
    return moved


class AllStreamsTab(QWidget):
    def __init__(
        self,
        router: ActionRouter,
        source_name: SourceName,
        open_card: Callable[[Author, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("overview", True)
        self.router = router
        self.open_card = open_card
        self.model = MergedModel(self)
        self.model.source = lambda key: c.model if (c := router.controller_for(key)) else None
        self.view = MessageView(self.model, self)
        self.delegate = SourceDelegate(self.view, source_name)
        self.view.message_delegate = self.delegate
        self.delegate.marker = restriction_marker(router.controller_for)
        self.view.setItemDelegate(self.delegate)
        self.view.setAccessibleName(self.tr("Messages of every open stream"))
        #: what the moderator is told about what they did here (the message bridge routes it)
        self.notice = NoticeLine(self)
        messages.attach(self.notice, place=self)
        self.toast = UndoToast(self)
        #: asks for actions the way the stream's own tab does (one path for every surface)
        self.presenter = ActionPresenter(self, router, toast=self.toast, origin=Surface.ALL_STREAMS)
        self._followed: dict[StreamController, Follower] = {}
        self._build_layout()
        self.view.customContextMenuRequested.connect(self._open_menu)
        self.view.doubleClicked.connect(self._card_at)
        self.presenter.add_shortcuts(self.view, self.view.selected_messages)
        #: the row buttons, asking through this tab's presenter like its keys
        self.inline = InlineActions(
            self.view, self.presenter, router.entry, lambda why: messages.info(why, place=self)
        )

    def _build_layout(self) -> None:
        self.notice.setContentsMargins(8, 0, 8, 0)
        intro = PlainLabel(
            self.tr("Every open stream, in time order. Actions go to each message's own stream."),
            self,
        )
        muted(intro)
        intro.setContentsMargins(8, 0, 8, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(intro)
        layout.addWidget(self.notice)
        layout.addWidget(self.toast)
        layout.addWidget(self.view, 1)

    # -- following the tabs ---------------------------------------------------------------------

    def follow(self, controller: StreamController) -> None:
        """Show this stream's newest rows, then every row it appends or changes."""
        if controller in self._followed:
            return
        self.delegate.colors(controller.provider.stream.key)  # colours follow the tab order
        rows = controller.model.messages()
        self.model.enqueue(rows[max(0, len(rows) - SEED) :])
        self._followed[controller] = Follower(controller.model, self.model, self)
        controller.destroyed.connect(lambda: self._followed.pop(controller, None))

    # -- acting ---------------------------------------------------------------------------------

    def _open_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        if not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        messages = self.view.selected_messages()
        if messages:
            menu = self.presenter.build_menu(messages)
            menu.addSeparator()
            first = messages[0]
            menu.addAction(
                no_mnemonic(
                    self.tr("User card of {name}…").format(name=visible_name(first.author.name))
                ),
                lambda: self.open_card(first.author, first.stream_key),
            )
            if len(messages) == 1 and is_cut(first):
                menu.addAction(whole_label(), lambda: WholeMessage(first, self).open())
            menu.popup(self.view.viewport().mapToGlobal(pos))

    def _card_at(self, index: QModelIndex) -> None:
        message = self.view.message_at(index)
        if message is not None:
            self.open_card(message.author, message.stream_key)


class Follower(QObject):
    """Carries one tab's appends and changes into the merged model: a listener on the tab's
    stream state, forgotten when this QObject (owned by the All streams tab) goes."""

    def __init__(self, source: MessageModel, merged: MergedModel, parent: QObject) -> None:
        super().__init__(parent)
        state, feed = source.state, merged.follow(source.state)
        self.destroyed.connect(lambda: state.forget(feed))
