"""The list widget of one tab: a virtual list over the model, pinned to the newest message.

QListView lays out every row on each insert (~170-500 ms at 100k rows), so this view replaces
its layout: row heights live in :class:`RowHeights` (running sums per block), rows are measured
by the delegate only when they come into sight (the rest carry an estimate), and every
geometry question (visualRect, indexAt, setSelection, scrollTo, moveCursor) is answered from
those sums. An append costs O(1) plus measuring what is on screen. It stays a QListView so
selection, keyboard handling and accessibility (a list, to screen readers) work as before.

The list pauses (stops following, trims nothing) while the pointer is over it or the moderator
has scrolled up; a pill counts what arrived meanwhile. A filter hides rows by giving them no
height (see :class:`RowHeights`), so painting and hit-testing stay O(visible rows).
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

from moderator.core.filtering import MessageFilter
from moderator.core.highlight import Highlighter
from moderator.core.models import ChatMessage
from moderator.ui.kit.guard import guarded, nothing
from moderator.ui.kit.zoom import follow_zoom
from moderator.ui.messages.announcer import RowAnnouncer
from moderator.ui.messages.message_model import MessageModel, MessageRole
from moderator.ui.messages.new_pill import NewMessagesPill
from moderator.ui.messages.row_filtering import hidden_flags, hide_rejected
from moderator.ui.messages.row_heights import RowHeights
from moderator.ui.messages.virtual_list import Hint, Index, VirtualListView

#: how close to the end still counts as "at the bottom"
PIN_SLACK = 4
#: rows inserted or trimmed are measured this much later, in a turn of their own, and painted
#: as much later again: Qt 6 runs a 0 ms timer before any other, so 1 ms lets the GUI answer
#: between the insert, the measuring and the paint
REPAINT_DELAY_MS = 1
#: the longest a turn readying a frame works (measuring or drawing rows ahead), in seconds
SLICE_S = 0.002
#: turns readying one frame at most: a chat that keeps bringing rows is painted all the same
AHEAD_TURNS = 8


class MessageView(VirtualListView):
    """Follows the chat while scrolled to the bottom; stays put (and trims nothing) otherwise."""

    #: the moderator scrolled to the very top: older messages may be wanted
    reached_top = Signal()
    #: the list stopped or started following the chat (True: paused)
    paused_changed = Signal(bool)

    def __init__(self, model: MessageModel, parent: QWidget | None = None) -> None:
        super().__init__(model, parent)
        self._pinned = True
        self._adjusting = False
        self._width = -1
        self._removed_span = (0, 0)
        #: rows went in or out in this turn and the rows in sight are not measured yet
        self._unsettled = False
        #: turns spent readying the next frame (see _paint_again)
        self._ahead = 0
        self._hovered = False
        self._was_paused = False
        self.row_filter = MessageFilter()
        RowAnnouncer(self, model)  # before the trim that follows an append
        model.rowsAboutToBeRemoved.connect(self._removal_starts)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAccessibleName(self.tr("Chat messages"))
        self.setMouseTracking(True)
        self.verticalScrollBar().setSingleStep(20)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        model.rows_appended.connect(self._follow)
        model.rowsRemoved.connect(self._rows_removed)
        self.pill = NewMessagesPill(self)
        self.pill.clicked.connect(self.scroll_to_newest)
        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.setInterval(REPAINT_DELAY_MS)
        self._repaint.timeout.connect(self._paint_again)
        follow_zoom(self, self.relayout)

    # -- public API ---------------------------------------------------------------------------

    @property
    def pinned(self) -> bool:
        return self._pinned

    @property
    def paused(self) -> bool:
        """Not following the chat: scrolled up, or the pointer is over the list."""
        return not self._pinned or self._hovered

    def selected_messages(self) -> list[ChatMessage]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        heights = self.heights
        return [self._model.message(row) for row in rows if not heights.is_hidden(row)]

    def set_filter(self, row_filter: MessageFilter) -> None:
        """Show only the rows ``row_filter`` accepts (one pass over the rows, not per frame)."""
        self.row_filter = row_filter
        rows = self._model.messages()
        self.heights.set_hidden(hidden_flags(row_filter, rows))
        self.settle()
        bar = self.verticalScrollBar()
        self.pill.recount(self.heights.is_hidden, len(rows), all_in_sight=bar.maximum() == 0)
        current = self.currentIndex()
        if current.isValid() and not self.heights.is_hidden(current.row()):
            self.scrollTo(current, Hint.PositionAtCenter)

    def is_filtered_out(self, row: int) -> bool:
        return self.heights.is_hidden(row)

    def shown_count(self) -> int:
        return len(self.heights) - self.heights.hidden_count()

    def set_highlighter(self, highlighter: Highlighter) -> None:
        """Highlight with these words and names: every row is laid out again when seen."""
        self.message_delegate.highlighter = highlighter
        self.message_delegate.forget()
        self.heights.reset(self.heights.estimate)
        self.settle()

    def relayout(self) -> None:
        """Measure every row again (the font changed: Ctrl + / Ctrl −)."""
        self.message_delegate.forget()
        self.heights.reset(self._line_estimate())
        self.settle()

    def select_row(self, row: int) -> None:
        """Make ``row`` the current and only selected row, in sight."""
        index = self._model.index(row)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index, Hint.PositionAtCenter)

    def message_at(self, index: QModelIndex) -> ChatMessage | None:
        message = index.data(MessageRole)
        return message if isinstance(message, ChatMessage) else None

    def scroll_to_newest(self) -> None:
        self._pinned = True
        self.pill.clear()
        self.settle()
        bar = self.verticalScrollBar()
        self._set_value(bar.maximum())  # also while the pointer rests on the list
        self._follow(0, -1)

    def settle(self, deadline: float = math.inf) -> bool:
        """Measure the rows in sight, set the scroll range, and follow the chat when pinned;
        False if ``deadline`` (``time.perf_counter``) came first (the rest is measured later).

        A view that is not on screen (a tab in the background) measures nothing: laying out
        the newest rows of four hidden busy tabs cost more than the shown one. It settles when
        it is shown (Qt lays out a view's items as it shows it: :meth:`doItemsLayout`)."""
        vh = self.viewport().height()
        self._unsettled = False
        if not self.isVisible():
            self._set_range(vh)
            return True
        done = True
        for _ in range(4):  # measuring can move the bottom rows: repeat until nothing changes
            changed, done = self._measure_until(self._top_y(vh), vh, deadline)
            if not changed or not done:
                break
        self._unsettled = not done
        self._set_range(vh)
        self.viewport().update()
        return done

    # -- model changes ------------------------------------------------------------------------

    @guarded(nothing)
    def rowsInserted(self, parent: Index, first: int, last: int) -> None:
        self._defer_paint()
        count = last - first + 1
        if first >= len(self.heights):
            self.heights.append(count)
            hide_rejected(self.row_filter, self._model.message, self.heights, first, last)
        else:
            above = self.verticalScrollBar().value()
            self.heights.insert(first, count)
            if not self._pinned and first <= self.heights.row_at(above):
                # keep what the moderator is reading in place when older rows arrive above it
                self._set_value(above + count * self.heights.estimate)
        QAbstractItemView.rowsInserted(self, parent, first, last)
        self._settle_soon()

    @guarded(nothing)
    def rowsAboutToBeRemoved(self, parent: Index, first: int, last: int) -> None:
        self._removed_span = (self.heights.top_of(first), self.heights.top_of(last + 1))
        QAbstractItemView.rowsAboutToBeRemoved(self, parent, first, last)

    def _removal_starts(self, *_args: object) -> None:
        # the selection model moves the current index off removed rows, and the view scrolls
        # to it: not while trimming. Connected before setModel, so this runs first.
        self._removing = True

    def _rows_removed(self, _parent: Index, first: int, last: int) -> None:
        self._defer_paint()
        self._removing = False
        top, bottom = self._removed_span
        value = self.verticalScrollBar().value()
        self.heights.remove(first, last)
        self.pill.rows_removed(first, last)
        if not self._pinned and bottom <= value:
            self._set_value(value - (bottom - top))
        self._settle_soon()

    @guarded(nothing)
    def dataChanged(self, top_left: Index, bottom_right: Index, roles: Sequence[int] = ()) -> None:
        # measured and painted in the next turns, as an insert: a rule restricting many
        # authors at once changes their rows one by one, and each measured at once added up
        self._defer_paint()
        for row in range(top_left.row(), bottom_right.row() + 1):
            self.message_delegate.forget(self._model.message(row).id)
            self.heights.forget(row)
        QAbstractItemView.dataChanged(self, top_left, bottom_right, roles)
        self._settle_soon()

    @guarded(nothing)
    def reset(self) -> None:
        QAbstractItemView.reset(self)
        self.heights = RowHeights(self.heights.estimate)
        model = self.model()
        self.heights.append(model.rowCount() if model is not None else 0)
        self.settle()

    def _defer_paint(self) -> None:
        """No paint in this turn (an insert's or a trim's): the 1 ms timer paints next turn."""
        viewport = self.viewport()
        if viewport.updatesEnabled():
            viewport.setUpdatesEnabled(False)
        if not self._repaint.isActive():  # never postponed again: a busy chat still paints
            self._repaint.start(REPAINT_DELAY_MS)

    def _settle_soon(self) -> None:
        """Rows went in or out: the scroll range follows now (from the heights known and
        estimated), the rows in sight are measured in the next turn and painted in the one
        after, so an insert, its measuring and its paint are three short turns, not one long."""
        if not self.isVisible():
            self.settle()  # measures nothing: only the range
            return
        self._unsettled = True
        self._set_range(self.viewport().height())

    def _paint_again(self) -> None:
        """One short turn of readying a frame, from the 1 ms timer: measure the rows in sight,
        draw them into pictures (row_images.py), each within ``SLICE_S``; and when nothing is
        left to do, paint (in a turn of its own, copying the pictures). While the model goes
        on filling in the next turn, the frame waits for it. A chat that keeps bringing work
        is painted after ``AHEAD_TURNS`` turns all the same."""
        if self._ahead < AHEAD_TURNS and self.isVisible():
            self._ahead += 1
            if self._model.filling():
                # the next share (of a backlog, or of a merge that took its turn's budget)
                # replaces the rows in sight: pictures of them, or a paint of them drawn live,
                # would be for nothing; the frame waits for it (AHEAD_TURNS at most)
                self._repaint.start(REPAINT_DELAY_MS)
                return
            deadline = time.perf_counter() + SLICE_S
            if self._unsettled:
                self.settle(deadline)
                self._repaint.start(REPAINT_DELAY_MS)
                return
            drawn = self.row_images.drawn
            if not self.draw_ahead(deadline) or self.row_images.drawn != drawn:
                self._repaint.start(REPAINT_DELAY_MS)
                return
        self._ahead = 0
        if self._unsettled:  # more rows came meanwhile: measured now, painted all the same
            self.settle()
        self.viewport().setUpdatesEnabled(True)  # and Qt schedules the paint it held back
        self.viewport().update()

    def settle_if_due(self) -> None:
        """Measure now what a change in this turn left for the next (before a paint or a
        question about where rows are)."""
        if self._unsettled:
            self.settle()

    def _follow(self, first: int, last: int) -> None:
        if not self.paused:
            self._model.trim()
        elif last >= first:
            self.pill.add_rows(first, last, self.heights.is_hidden)
        self._announce_pause()

    def _announce_pause(self) -> None:
        paused = self.paused
        if not paused:
            self.pill.clear()
        if paused != self._was_paused:
            self._was_paused = paused
            self.paused_changed.emit(paused)

    @guarded(nothing)
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # a moving pointer, not Enter: a window opening under a resting pointer is no reader
        super().mouseMoveEvent(event)
        if not self._hovered:
            self._hovered = True
            self._announce_pause()

    @guarded(nothing)
    def leaveEvent(self, event: object) -> None:
        super().leaveEvent(event)  # type: ignore[arg-type]
        self._hovered = False
        self.settle()
        self._follow(0, -1)

    # -- layout -------------------------------------------------------------------------------

    @guarded(nothing)
    def doItemsLayout(self) -> None:
        # QListView's own layout walks every row; ours is already done
        self.settle()

    @guarded(nothing)
    def updateGeometries(self) -> None:
        self._set_range(self.viewport().height())

    @guarded(QSize)
    def viewportSizeHint(self) -> QSize:
        return QSize(self.viewport().width(), self.heights.total)

    @guarded(nothing)
    def resizeEvent(self, event: QResizeEvent) -> None:
        QAbstractItemView.resizeEvent(self, event)
        width = self.viewport().width()
        if width != self._width:
            self._width = width
            self.heights.reset(self._line_estimate())
        self.fit_row_images()
        self.settle()
        self.pill.place()

    def _top_y(self, vh: int) -> int:
        if not self.paused:
            return max(0, self.heights.total - vh)
        return self.verticalScrollBar().value()

    def _set_range(self, vh: int) -> None:
        bar = self.verticalScrollBar()
        self._adjusting = True
        try:
            bar.setPageStep(max(1, vh))
            bar.setRange(0, max(0, self.heights.total - vh))
            if not self.paused:
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
        if self._pinned:
            self.pill.clear()
        self._announce_pause()

    @guarded(nothing)
    def wheelEvent(self, event: QWheelEvent) -> None:
        at_top = self.verticalScrollBar().value() == 0
        super().wheelEvent(event)
        if at_top and event.angleDelta().y() > 0:
            self.reached_top.emit()  # no scroll happened, but the moderator asked for more

    @guarded(nothing)
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        # rows may have been re-measured: repaint rather than blit stale pixels
        self.viewport().update()
