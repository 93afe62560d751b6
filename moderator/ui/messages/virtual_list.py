"""The geometry and painting of a virtual list of variable-height rows (see MessageView).

Every geometry question Qt asks (visualRect, indexAt, setSelection, scrollTo, moveCursor) is
answered from :class:`RowHeights` running sums, and painting walks only the rows in the clip,
jumping over hidden (filtered-out) rows with one ``row_at``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QRect, Qt
from PySide6.QtCore import QPersistentModelIndex as PIndex
from PySide6.QtGui import (
    QAccessible,
    QColor,
    QFontMetrics,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from moderator.core.models import ChatMessage
from moderator.ui.kit.guard import guarded, nothing
from moderator.ui.messages import shown_rows
from moderator.ui.messages.delegate import PAD_Y, MessageDelegate
from moderator.ui.messages.message_model import MessageModel
from moderator.ui.messages.row_heights import RowHeights
from moderator.ui.messages.row_images import RowImages

Index = QModelIndex | PIndex
Cursor = QAbstractItemView.CursorAction
Hint = QAbstractItemView.ScrollHint
LAST_READ_COLOR = QColor("#e8710a")


class VirtualListView(QListView):
    """A QListView whose layout is :attr:`heights`; subclasses decide when rows are measured."""

    def __init__(self, model: MessageModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._removing = False
        self.heights = RowHeights(self._line_estimate())
        self.message_delegate = MessageDelegate(self)
        #: the rows in sight drawn ahead of the paint (see row_images.py)
        self.row_images = RowImages()
        self.setItemDelegate(self.message_delegate)
        self._model = model
        shown_rows.install(VirtualListView)  # the rows a screen reader hears are the rows in sight

    # -- measuring ----------------------------------------------------------------------------

    def settle_if_due(self) -> None:
        """Measure the rows in sight if a change left them for later (see MessageView)."""

    def _line_estimate(self) -> int:
        return QFontMetrics(self.font()).height() + int(2 * PAD_Y) + 1

    def _measure(self, y: int, vh: int) -> bool:
        """Measure unmeasured rows between ``y`` and ``y + vh``; True if a height changed."""
        return self._measure_until(y, vh, math.inf)[0]

    def _measure_until(self, y: int, vh: int, deadline: float) -> tuple[bool, bool]:
        """:meth:`_measure` until ``deadline`` (``time.perf_counter``): whether a height
        changed, and whether every row in the span was measured."""
        heights = self.heights
        row = max(0, heights.row_at(y))
        top = heights.top_of(row)
        changed = False
        option = self._item_option()
        model = self._model
        while row < len(heights) and top < y + vh:
            if heights.is_hidden(row):
                row = heights.row_at(top)  # past every hidden row at once
                continue
            if not heights.is_known(row):
                if time.perf_counter() > deadline:
                    return changed, False
                size = self.message_delegate.sizeHint(option, model.index(row))
                changed |= heights.set(row, max(1, size.height()))
            top += heights.height(row)
            row += 1
        return changed, True

    def _item_option(self) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        return option

    # -- geometry -----------------------------------------------------------------------------

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value()

    def horizontalOffset(self) -> int:
        return 0

    def isIndexHidden(self, index: Index) -> bool:
        row = index.row()
        return 0 <= row < len(self.heights) and self.heights.is_hidden(row)

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
        step = -1 if action in (Cursor.MoveUp, Cursor.MovePrevious, Cursor.MoveEnd) else 1
        return self._model.index(self._shown_near(min(max(row, 0), count - 1), step))

    def _shown_near(self, row: int, step: int) -> int:
        """``row``, or the nearest row in sight in the direction of ``step`` (then the other)."""
        heights = self.heights
        for direction in (step, -step):
            probe = row
            while 0 <= probe < len(heights):
                if not heights.is_hidden(probe):
                    return probe
                probe += direction
        return row

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

    # -- accessibility ------------------------------------------------------------------------

    @guarded(nothing)
    def currentChanged(self, current: Index, previous: Index) -> None:
        # QListView's own would name the row by its model row: wrong once a filter hides rows
        QAbstractItemView.currentChanged(self, current, previous)
        if current.isValid() and self.hasFocus():
            shown_rows.send_row_event(self, QAccessible.Event.Focus, current.row())

    @guarded(nothing)
    def selectionChanged(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        QAbstractItemView.selectionChanged(self, selected, deselected)
        for indexes, kind in (
            (selected.indexes(), QAccessible.Event.SelectionAdd),
            (deselected.indexes(), QAccessible.Event.SelectionRemove),
        ):
            if indexes:
                shown_rows.send_row_event(self, kind, indexes[0].row())

    # -- painting -----------------------------------------------------------------------------

    @guarded(nothing)
    def paintEvent(self, event: QPaintEvent) -> None:
        self.settle_if_due()  # a paint that came before the measuring turn (a grab, an expose)
        painter = QPainter(self.viewport())
        images, delegate = self.row_images, self.message_delegate
        ratio = self.viewport().devicePixelRatioF()
        for option, message, row, plain in self._rows_in(event.rect()):
            if not (plain and images.copy(painter, delegate, option, message, ratio)):
                images.live += 1
                delegate.paint_row(painter, option, message, row)
            elif delegate.inline is not None:
                delegate.paint_inline(painter, option, message, row)
        self._paint_last_read(painter, self.verticalOffset())
        painter.end()
        images.frame_painted()

    def draw_ahead(self, deadline: float) -> bool:
        """Draw the plain rows in sight that have no current picture (see row_images.py),
        until ``deadline`` (``time.perf_counter``); True when every one has its picture."""
        images, delegate = self.row_images, self.message_delegate
        ratio = self.viewport().devicePixelRatioF()
        background = self.viewport().palette().color(self.viewport().backgroundRole())
        for option, message, _row, plain in self._rows_in(self.viewport().rect()):
            if not plain or images.ready(message):
                continue
            if images.current(delegate, option, message, ratio) is not None:
                images.mark_ready(message)
                continue
            if time.perf_counter() > deadline:
                return False
            images.draw(delegate, option, message, ratio, background)
        return True

    def _rows_in(
        self, clip: QRect
    ) -> Iterator[tuple[QStyleOptionViewItem, ChatMessage, int, bool]]:
        """Each shown row crossing ``clip``: its option (rect and state), message, row number,
        and whether it is plain (neither selected nor focused). The option is one object,
        changed for each row: use it before asking for the next."""
        offset = self.verticalOffset()
        heights = self.heights
        row = max(0, heights.row_at(clip.top() + offset))
        top = heights.top_of(row) - offset
        # one option for every row (the delegate keeps none), and the selection and focus
        # asked once per paint: a fast chat paints every row in sight ~20 times a second
        option = self._item_option()
        plain = option.state
        width = self.viewport().width()
        selection = self.selectionModel()
        selected = selection.isSelected if selection.hasSelection() else None
        focused = self.currentIndex().row() if self.hasFocus() else -1
        model = self._model
        rows = model.messages()
        last = min(len(heights), len(rows))
        while row < last and top <= clip.bottom():
            if heights.is_hidden(row):
                row = heights.row_at(top + offset)  # past every hidden row at once
                continue
            option.rect = QRect(0, top, width, heights.height(row))
            option.state = plain
            if selected is not None and selected(model.index(row)):
                option.state |= QStyle.StateFlag.State_Selected
            if row == focused:
                option.state |= QStyle.StateFlag.State_HasFocus
            yield option, rows[row], row, option.state == plain
            top += heights.height(row)
            row += 1

    def fit_row_images(self) -> None:
        """Size the pictures' budget to the viewport (see row_images.py)."""
        viewport = self.viewport()
        ratio = viewport.devicePixelRatioF()
        self.row_images.fit(int(viewport.width() * viewport.height() * 4 * ratio * ratio))

    @guarded(nothing)
    def hideEvent(self, event: QHideEvent) -> None:
        self.row_images.clear()  # a tab in the background keeps no pictures of its rows
        super().hideEvent(event)

    def _paint_last_read(self, painter: QPainter, offset: int) -> None:
        """A line below the newest read row, when unread rows follow it."""
        last = self._model.last_read_row()
        if last is None or last >= len(self.heights) - 1:
            return
        y = self.heights.top_of(last + 1) - offset
        if 0 < y <= self.viewport().height():  # at the very top it would read as a border
            painter.setPen(QPen(LAST_READ_COLOR, 2))
            painter.drawLine(0, y, self.viewport().width(), y)

    def last_read_y(self) -> int | None:
        """Where the last-read line is drawn, in viewport coordinates (None: no line)."""
        last = self._model.last_read_row()
        if last is None or last >= len(self.heights) - 1:
            return None
        return self.heights.top_of(last + 1) - self.verticalOffset()

    def _state_of(self, index: QModelIndex, state: QStyle.StateFlag) -> QStyle.StateFlag:
        if self.selectionModel().isSelected(index):
            state |= QStyle.StateFlag.State_Selected
        if index == self.currentIndex() and self.hasFocus():
            state |= QStyle.StateFlag.State_HasFocus
        return state
