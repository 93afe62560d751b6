"""Every open stream's messages as one time-ordered list, for the All streams tab.

It is a :class:`MessageModel` so the tab reuses the virtual view and delegate, but its rows are
kept here, sorted by ``(sent_at, arrival)``: the tabs' arrivals are merged in, not copied
wholesale. A batch newer than the newest row (the live case) is appended in one insert. Older
ones (a stream with second-precision stamps arrives "late" against microsecond-stamped PRISM; a
stream's backlog) go in at their places with one insert per contiguous range. When they would
scatter over more than ``MAX_RANGES`` places, a short tail (``REPLACE_TAIL`` rows from the first
place on) is replaced by the merged, sorted rows (one remove, one insert); under load (a longer
tail) each late row goes in at the next of ``MAX_RANGES`` evenly chosen places instead, a little
below its exact place, showing its own time. The model is never reset: a reset under load
re-lays out the whole view and drops the selection.
Messages are told apart by stream and id (ids repeat across platforms). Rows are bounded by
``limit``; what leaves stays in its own tab and the archive.
"""

from __future__ import annotations

import math
import time
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QModelIndex, QObject, QTimer

from moderator.core.models import ChatMessage
from moderator.core.stream import StreamListener, StreamState
from moderator.ui.messages.message_model import (
    CONTINUE_MS,
    ROWS_PER_TURN,
    MessageModel,
    throttled,
)

#: rows the All streams tab keeps
MERGED_LIMIT = 20_000
#: late arrivals go in by one insert per contiguous range, up to this many ranges a batch;
#: beyond it the tail from the first range on is replaced in one remove and one insert
MAX_RANGES = 8
#: scattered late arrivals re-sort at most this many rows; beyond, they go in at fewer places
REPLACE_TAIL = 256
#: a turn merges a share of this many rows at a time, and starts no new share past the budget
SUB_SHARE = 100
#: seconds of merging per turn of the GUI loop (a burst of late rows from a 2 s poll costs more
#: per row than live ones: they go in at their places); the rest goes on from a 1 ms timer
TURN_BUDGET = 0.004
#: merges happen at most this often, the first after a pause at once (the tabs batch their
#: arrivals already: a second full wait here made the All streams tab 50 ms later); each merge
#: readies a frame, and five busy tabs would otherwise merge, and draw, many times a frame
MERGE_MS = 40

Key = tuple[str, str]
Order = tuple[float, int]


def key_of(message: ChatMessage) -> Key:
    return (message.stream_key, message.id)


class MergedModel(MessageModel):
    def __init__(self, parent: QObject | None = None, *, limit: int = MERGED_LIMIT) -> None:
        super().__init__(parent, limit=limit)
        self._merged: list[ChatMessage] = []
        #: sort keys of the rows, in row order, for bisecting
        self._order: list[Order] = []
        self._where: dict[Key, Order] = {}
        self._arrivals = 0
        self._incoming: list[ChatMessage] = []
        self._merge_timer = QTimer(self)
        self._merge_timer.setSingleShot(True)
        self._merge_timer.timeout.connect(self._merge_share)
        self._merged_at = -math.inf
        self._continuing = False
        self._cap = limit
        #: the clock that bounds a turn's merging (tests move it)
        self.clock: Callable[[], float] = time.perf_counter
        #: the tab's model of a stream: its staff names judge look-alikes in that stream
        self.source: Callable[[str], MessageModel | None] = lambda _key: None

    @property
    def limit(self) -> int:
        return self._cap

    def resembles(self, message: ChatMessage) -> str | None:
        source = self.source(message.stream_key)
        return None if source is None else source.resembles(message)

    def platform_of(self, message: ChatMessage) -> str:
        source = self.source(message.stream_key)
        return super().platform_of(message) if source is None else source.platform_of(message)

    # -- feeding --------------------------------------------------------------------------------

    def enqueue(self, messages: Iterable[ChatMessage]) -> None:
        self._incoming.extend(messages)
        if self._incoming and not self._merge_timer.isActive():
            self._merge_timer.start(throttled(self._merged_at, MERGE_MS))

    def filling(self) -> bool:
        return self._continuing

    def flush(self) -> None:
        """Merge everything waiting in one go (tests call this instead of waiting)."""
        self._merge_timer.stop()
        incoming, self._incoming = self._incoming, []
        self._merge(incoming)

    def _merge_share(self) -> None:
        """The timer's merge: one turn's share (at most ``ROWS_PER_TURN``, ``SUB_SHARE`` at a
        time until ``TURN_BUDGET`` is spent), the rest in the next turn, so five tabs' backlogs
        arriving together never make one long frame."""
        self._merged_at = time.monotonic()
        deadline = self.clock() + TURN_BUDGET
        merged = 0
        while self._incoming and merged < ROWS_PER_TURN:
            share = self._incoming[:SUB_SHARE]
            del self._incoming[:SUB_SHARE]
            self._merge(share)
            merged += len(share)
            if self.clock() >= deadline:
                break
        self._continuing = bool(self._incoming)
        if self._continuing:
            self._merge_timer.start(CONTINUE_MS)

    def _merge(self, incoming: list[ChatMessage]) -> None:
        batch = self._fresh(incoming)
        if not batch:
            return
        batch.sort(key=lambda m: m.sent_at.timestamp())
        newest = self._order[-1][0] if self._order else float("-inf")
        split = next(
            (i for i, m in enumerate(batch) if m.sent_at.timestamp() >= newest), len(batch)
        )
        older, newer = batch[:split], batch[split:]
        if older:
            self._place(older)
        if newer:
            self._append(newer)
        elif len(self._merged) > 2 * self._cap:
            self.trim()  # backlogs alone never trigger the view's trim: keep memory bounded

    def prepend(self, older: Iterable[ChatMessage]) -> int:
        """Older messages go in at their places like any other."""
        batch = self._fresh(older)
        self._incoming.extend(batch)
        self.flush()
        return len(batch)

    def _fresh(self, messages: Iterable[ChatMessage]) -> list[ChatMessage]:
        seen: set[Key] = set()
        out = []
        for message in messages:
            key = key_of(message)
            if key not in self._where and key not in seen:
                seen.add(key)
                out.append(message)
        return out

    def _next_order(self, message: ChatMessage) -> Order:
        self._arrivals += 1
        order = (message.sent_at.timestamp(), self._arrivals)
        self._where[key_of(message)] = order
        return order

    def _append(self, messages: list[ChatMessage]) -> None:
        first = len(self._merged)
        last = first + len(messages) - 1
        self.beginInsertRows(QModelIndex(), first, last)
        self._order.extend(self._next_order(m) for m in messages)
        self._merged.extend(messages)
        self.endInsertRows()
        self.rows_appended.emit(first, last)

    def _place(self, older: list[ChatMessage]) -> None:
        """Put late arrivals (sorted by time) at their places, one insert per contiguous range."""
        orders = [self._next_order(m) for m in older]  # sorted: times sorted, arrivals rising
        places = [bisect_left(self._order, order) for order in orders]
        ranges = ranges_of(places)
        if len(ranges) > MAX_RANGES and len(self._order) - places[0] <= REPLACE_TAIL:
            self._replace_tail(places[0], orders, older)
            return
        if len(ranges) > MAX_RANGES:
            ranges = self._fewer_places(ranges, orders, older)
        for place, begin, end in reversed(ranges):  # from the end: earlier places stay valid
            self.beginInsertRows(QModelIndex(), place, place + end - begin - 1)
            self._order[place:place] = orders[begin:end]
            self._merged[place:place] = older[begin:end]
            self.endInsertRows()

    def _fewer_places(
        self, ranges: list[tuple[int, int, int]], orders: list[Order], older: list[ChatMessage]
    ) -> list[tuple[int, int, int]]:
        """Merge the ranges into ``MAX_RANGES``, each going in at the place of its last range.

        A late row moved down to place ``t`` is ordered as if sent with row ``t - 1`` (rows
        before a place are strictly older than the row at it), so the order stays sorted.
        """
        step = -(-len(ranges) // MAX_RANGES)
        merged = []
        for n in range(0, len(ranges), step):
            group = ranges[n : n + step]
            place, begin, end = group[-1][0], group[0][1], group[-1][2]
            if place > 0:
                before = self._order[place - 1][0]
                for i in range(begin, group[-1][1]):  # all but the last range move down
                    orders[i] = (before, orders[i][1])
                    self._where[key_of(older[i])] = orders[i]
            merged.append((place, begin, end))
        return merged

    def _replace_tail(self, start: int, orders: list[Order], older: list[ChatMessage]) -> None:
        """Rows from ``start`` on, merged with ``older``: one remove and one insert, no reset."""
        rows = sorted(
            zip([*self._order[start:], *orders], [*self._merged[start:], *older], strict=True),
            key=lambda pair: pair[0],
        )
        if start < len(self._merged):
            self.beginRemoveRows(QModelIndex(), start, len(self._merged) - 1)
            del self._order[start:], self._merged[start:]
            self.endRemoveRows()
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._order.extend(order for order, _ in rows)
        self._merged.extend(message for _, message in rows)
        self.endInsertRows()

    def trim(self) -> int:
        excess = len(self._merged) - self._cap
        if excess <= 0:
            return 0
        self.beginRemoveRows(QModelIndex(), 0, excess - 1)
        for message in self._merged[:excess]:
            del self._where[key_of(message)]
        del self._merged[:excess]
        del self._order[:excess]
        self.endRemoveRows()
        return excess

    # -- following streams ----------------------------------------------------------------------

    def follow(self, state: StreamState) -> StreamListener:
        """Merge in every row ``state`` appends from now on and take its changed rows; the
        listener returned is what :meth:`StreamState.forget` stops."""
        feed = _Feed(self, state)
        state.listen(feed)
        return feed

    # -- lookups and changes --------------------------------------------------------------------

    def message(self, row: int) -> ChatMessage:
        return self._merged[row]

    def messages(self) -> Sequence[ChatMessage]:
        return self._merged

    def row_of_key(self, stream_key: str, message_id: str) -> int | None:
        order = self._where.get((stream_key, message_id))
        if order is None:
            return None
        return bisect_left(self._order, order)

    def row_of(self, message_id: str) -> int | None:
        """The first row with this id in any stream (ids repeat across platforms: prefer
        :meth:`row_of_key`)."""
        return next((row for row, m in enumerate(self._merged) if m.id == message_id), None)

    def replace(self, message: ChatMessage) -> bool:
        """Take a stream's newer version of a message shown here."""
        row = self.row_of_key(message.stream_key, message.id)
        if row is None:
            return False
        old, self._merged[row] = self._merged[row], message
        index = self.index(row)
        self.dataChanged.emit(index, index)
        if old.state != message.state:
            self.states_changed.emit([(old, message)])
        return True

    def unread_count(self) -> int:
        return sum(1 for m in self._merged if not m.is_read and not m.is_deleted)


def ranges_of(places: list[int]) -> list[tuple[int, int, int]]:
    """``(place, begin, end)`` for each run of equal places in a non-decreasing list."""
    ranges: list[tuple[int, int, int]] = []
    begin = 0
    for n in range(1, len(places) + 1):
        if n == len(places) or places[n] != places[begin]:
            ranges.append((places[begin], begin, n))
            begin = n
    return ranges


class _Feed(StreamListener):
    """One stream's appends and changes, carried into the merged model."""

    def __init__(self, merged: MergedModel, state: StreamState) -> None:
        self.merged = merged
        self.state = state

    def inserted(self, first: int, messages: Sequence[ChatMessage]) -> None:
        # only appends: a page brought back from the archive (rows put at the top) is old chat.
        # Not "first + len == rows": the tab's view may have trimmed its front already
        rows = self.state.rows
        if messages and rows and messages[-1] is rows[-1]:
            self.merged.enqueue(messages)

    def replaced(self, changes: list[tuple[int, ChatMessage, ChatMessage]]) -> None:
        for _row, _old, new in changes:
            self.merged.replace(new)
