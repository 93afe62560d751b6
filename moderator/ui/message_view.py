"""The list widget of one tab: a virtual list over the model, pinned to the newest message.

QListView lays out every row on each insert (~170-500 ms at 100k rows), so this view replaces
its layout: row heights live in :class:`RowHeights` (running sums per block), rows are measured
by the delegate only when they come into sight (the rest carry an estimate), and every
geometry question (visualRect, indexAt, setSelection, scrollTo, moveCursor) is answered from
those sums. An append costs O(1) plus measuring what is on screen. It stays a QListView so
selection, keyboard handling and accessibility (a list, to screen readers) work as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtCore import QPersistentModelIndex as PIndex
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QRegion, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from moderator.core.models import ChatMessage
from moderator.ui.delegate import PAD_Y, MessageDelegate
from moderator.ui.message_model import MessageModel, MessageRole
from moderator.ui.row_heights import RowHeights

Index = QModelIndex | PIndex
Cursor = QAbstractItemView.CursorAction
Hint = QAbstractItemView.ScrollHint
#: how close to the end still counts as "at the bottom"
PIN_SLACK = 4


class MessageView(QListView):
    """Follows the chat while scrolled to the bottom; stays put (and trims nothing) otherwise."""

    #: the moderator scrolled to the very top: older messages may be wanted
    reached_top = Signal()

    def __init__(self, model: MessageModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pinned = True
        self._adjusting = False
        self._width = -1
        self._removed_span = (0, 0)
        self._removing = False
        self.heights = RowHeights(self._line_estimate())
        self.message_delegate = MessageDelegate(self)
        self.setItemDelegate(self.message_delegate)
        self._model = model
        model.rowsAboutToBeRemoved.connect(self._removal_starts)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAccessibleName("Chat messages")
        self.verticalScrollBar().setSingleStep(20)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        model.rows_appended.connect(self._follow)
        model.rowsRemoved.connect(self._rows_removed)

    # -- public API ---------------------------------------------------------------------------

    @property
    def pinned(self) -> bool:
        return self._pinned

    def selected_messages(self) -> list[ChatMessage]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self._model.message(row) for row in rows]

    def message_at(self, index: QModelIndex) -> ChatMessage | None:
        message = index.data(MessageRole)
        return message if isinstance(message, ChatMessage) else None

    def scroll_to_newest(self) -> None:
        self._pinned = True
        self.settle()

    def settle(self) -> None:
        """Measure the rows in sight, set the scroll range, and follow the chat when pinned."""
        vh = self.viewport().height()
        for _ in range(4):  # measuring can move the bottom rows: repeat until nothing changes
            if not self._measure(self._top_y(vh), vh):
                break
        self._set_range(vh)
        self.viewport().update()

    # -- model changes ------------------------------------------------------------------------

    def rowsInserted(self, parent: Index, first: int, last: int) -> None:
        count = last - first + 1
        if first >= len(self.heights):
            self.heights.append(count)
        else:
            above = self.verticalScrollBar().value()
            self.heights.insert(first, count)
            if not self._pinned and first <= self.heights.row_at(above):
                # keep what the moderator is reading in place when older rows arrive above it
                self._set_value(above + count * self.heights.estimate)
        QAbstractItemView.rowsInserted(self, parent, first, last)
        self.settle()

    def rowsAboutToBeRemoved(self, parent: Index, first: int, last: int) -> None:
        self._removed_span = (self.heights.top_of(first), self.heights.top_of(last + 1))
        QAbstractItemView.rowsAboutToBeRemoved(self, parent, first, last)

    def _removal_starts(self, *_args: object) -> None:
        # the selection model moves the current index off removed rows, and the view scrolls
        # to it: not while trimming. Connected before setModel, so this runs first.
        self._removing = True

    def _rows_removed(self, _parent: Index, first: int, last: int) -> None:
        self._removing = False
        top, bottom = self._removed_span
        value = self.verticalScrollBar().value()
        self.heights.remove(first, last)
        if not self._pinned and bottom <= value:
            self._set_value(value - (bottom - top))
        self.settle()

    def dataChanged(self, top_left: Index, bottom_right: Index, roles: Sequence[int] = ()) -> None:
        for row in range(top_left.row(), bottom_right.row() + 1):
            self.message_delegate.forget(self._model.message(row).id)
            self.heights.forget(row)
        QAbstractItemView.dataChanged(self, top_left, bottom_right, roles)
        self.settle()

    def reset(self) -> None:
        QAbstractItemView.reset(self)
        self.heights = RowHeights(self.heights.estimate)
        model = self.model()
        self.heights.append(model.rowCount() if model is not None else 0)
        self.settle()

    def _follow(self, _first: int, _last: int) -> None:
        if self._pinned:
            self._model.trim()

    # -- layout -------------------------------------------------------------------------------

    def doItemsLayout(self) -> None:
        # QListView's own layout walks every row; ours is already done
        self.settle()

    def updateGeometries(self) -> None:
        self._set_range(self.viewport().height())

    def viewportSizeHint(self) -> QSize:
        return QSize(self.viewport().width(), self.heights.total)

    def resizeEvent(self, event: QResizeEvent) -> None:
        QAbstractItemView.resizeEvent(self, event)
        width = self.viewport().width()
        if width != self._width:
            self._width = width
            self.heights.reset(self._line_estimate())
        self.settle()

    def _line_estimate(self) -> int:
        return QFontMetrics(self.font()).height() + int(2 * PAD_Y) + 1

    def _top_y(self, vh: int) -> int:
        if self._pinned:
            return max(0, self.heights.total - vh)
        return self.verticalScrollBar().value()

    def _measure(self, y: int, vh: int) -> bool:
        """Measure unmeasured rows between ``y`` and ``y + vh``; True if a height changed."""
        heights = self.heights
        row = max(0, heights.row_at(y))
        top = heights.top_of(row)
        changed = False
        option = self._item_option()
        model = self._model
        while row < len(heights) and top < y + vh:
            if not heights.is_known(row):
                size = self.message_delegate.sizeHint(option, model.index(row))
                changed |= heights.set(row, max(1, size.height()))
            top += heights.height(row)
            row += 1
        return changed

    def _item_option(self) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        return option

    def _set_range(self, vh: int) -> None:
        bar = self.verticalScrollBar()
        self._adjusting = True
        try:
            bar.setPageStep(max(1, vh))
            bar.setRange(0, max(0, self.heights.total - vh))
            if self._pinned:
                bar.setValue(bar.maximum())
        finally:
            self._adjusting = False

    def _set_value(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._adjusting = True
        try:
            bar.setRange(0, max(bar.maximum(), value))
            bar.setValue(value)
        finally:
            self._adjusting = False

    def _scrolled(self, value: int) -> None:
        if self._adjusting:
            return
        bar = self.verticalScrollBar()
        self._pinned = value >= bar.maximum() - PIN_SLACK
        if value == 0 and not self._pinned:
            self.reached_top.emit()
        self.settle()

    def wheelEvent(self, event: QWheelEvent) -> None:
        at_top = self.verticalScrollBar().value() == 0
        super().wheelEvent(event)
        if at_top and event.angleDelta().y() > 0:
            self.reached_top.emit()  # no scroll happened, but the moderator asked for more

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # rows may have been re-measured: repaint rather than blit stale pixels
        self.viewport().update()

    # -- geometry -----------------------------------------------------------------------------

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value()

    def horizontalOffset(self) -> int:
        return 0

    def isIndexHidden(self, index: Index) -> bool:
        return False

    def visualRect(self, index: Index) -> QRect:
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self.heights):
            return QRect()
        top = self.heights.top_of(row) - self.verticalOffset()
        return QRect(0, top, self.viewport().width(), self.heights.height(row))

    def indexAt(self, point: object) -> QModelIndex:
        y = point.y() + self.verticalOffset()  # type: ignore[attr-defined]
        row = self.heights.row_at(y)
        if 0 <= row < self._model.rowCount():
            return self._model.index(row)
        return QModelIndex()

    def scrollTo(self, index: Index, hint: Hint = Hint.EnsureVisible) -> None:
        row = index.row()
        if self._removing or not index.isValid() or not 0 <= row < len(self.heights):
            return
        vh = self.viewport().height()
        self._measure(self.heights.top_of(row), 1)
        top, height = self.heights.top_of(row), self.heights.height(row)
        value = self.verticalScrollBar().value()
        if hint is Hint.PositionAtTop or (hint is Hint.EnsureVisible and top < value):
            value = top
        elif hint is Hint.PositionAtBottom or (
            hint is Hint.EnsureVisible and top + height > value + vh
        ):
            value = top + height - vh
        elif hint is Hint.PositionAtCenter:
            value = top + height // 2 - vh // 2
        self.verticalScrollBar().setValue(max(0, value))

    def moveCursor(self, action: Cursor, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        count = self._model.rowCount()
        if count == 0:
            return QModelIndex()
        current = self.currentIndex()
        row = current.row() if current.isValid() else -1
        page = self.viewport().height()
        if action in (Cursor.MoveUp, Cursor.MovePrevious):
            row = row - 1 if row >= 0 else count - 1
        elif action in (Cursor.MoveDown, Cursor.MoveNext):
            row += 1
        elif action is Cursor.MoveHome:
            row = 0
        elif action is Cursor.MoveEnd:
            row = count - 1
        elif action is Cursor.MovePageUp:
            row = self.heights.row_at(max(0, self.heights.top_of(max(row, 0)) - page))
        elif action is Cursor.MovePageDown:
            row = self.heights.row_at(self.heights.top_of(max(row, 0)) + page)
        return self._model.index(min(max(row, 0), count - 1))

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        offset = self.verticalOffset()
        rect = rect.normalized()
        count = self._model.rowCount()
        first = max(0, self.heights.row_at(rect.top() + offset))
        last = min(count - 1, self.heights.row_at(rect.bottom() + offset))
        selection = QItemSelection()
        if first <= last:
            selection.select(self._model.index(first), self._model.index(last))
        self.selectionModel().select(selection, command)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        region = QRegion()
        offset, vh, width = self.verticalOffset(), self.viewport().height(), self.viewport().width()
        for n in range(selection.size()):
            span = selection.at(n)
            top = self.heights.top_of(span.top()) - offset
            bottom = self.heights.top_of(span.bottom() + 1) - offset
            if bottom > 0 and top < vh:
                region += QRect(0, max(0, top), width, min(vh, bottom) - max(0, top))
        return region

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        clip = event.rect()
        offset = self.verticalOffset()
        heights = self.heights
        row = max(0, heights.row_at(clip.top() + offset))
        top = heights.top_of(row) - offset
        base = self._item_option()
        width = self.viewport().width()
        while row < len(heights) and top <= clip.bottom():
            index = self._model.index(row)
            option = QStyleOptionViewItem(base)
            option.rect = QRect(0, top, width, heights.height(row))
            option.state = self._state_of(index, base.state)
            self.message_delegate.paint(painter, option, index)
            top += heights.height(row)
            row += 1
        painter.end()

    def _state_of(self, index: QModelIndex, state: QStyle.StateFlag) -> QStyle.StateFlag:
        if self.selectionModel().isSelected(index):
            state |= QStyle.StateFlag.State_Selected
        if index == self.currentIndex() and self.hasFocus():
            state |= QStyle.StateFlag.State_HasFocus
        return state
