"""Row heights and their running sums for a virtual list of variable-height rows (no Qt).

Heights live in a flat ``array('i')`` (4 bytes a row, where a list of ints took 8); sums are
kept per block of ``BLOCK`` rows, and the block tops are recomputed lazily with
``itertools.accumulate`` (C speed) when something changed. So appending is O(1) amortized,
changing one height O(1), and ``top_of`` / ``row_at`` are O(n / BLOCK + BLOCK) with C-level
constants: ~10 µs at 100k rows. Dropping or inserting rows at the front rebuilds the block sums
(a ``sum`` over 100k ints, well under a millisecond), which happens once per trim or archive
page, not per frame.

Rows dropped at the front (the trim of a fast chat, every 50 ms) are not deleted at once: a
start offset moves past them, and the dead prefix is compacted when it outgrows the live rows,
so a trim costs O(1) amortized instead of a rebuild.

A row that was never measured carries the current estimate and a 0 in ``known``; the view
measures rows when they come into sight. A hidden row (filtered out) is 0 high and counts as
measured, so it is never measured, painted or landed on: ``row_at`` skips it by construction.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from itertools import accumulate

BLOCK = 128


class RowHeights:
    def __init__(self, estimate: int = 24) -> None:
        self.estimate = max(1, estimate)
        self._h = array("i")
        self._known = bytearray()
        self._hidden = bytearray()
        self._blocks: list[int] = []
        self._tops: list[int] | None = [0]
        #: physical index of row 0; everything before it is dropped
        self._start = 0

    def __len__(self) -> int:
        return len(self._h) - self._start

    def height(self, row: int) -> int:
        return self._h[row + self._start]

    def is_known(self, row: int) -> bool:
        return bool(self._known[row + self._start])

    def is_hidden(self, row: int) -> bool:
        return bool(self._hidden[row + self._start])

    def hidden_flags(self) -> bytes:
        """One byte per row, 1 where the row is filtered out (a copy: compare it later)."""
        return bytes(self._hidden[self._start :])

    def hidden_count(self) -> int:
        return self._hidden.count(1, self._start)

    @property
    def total(self) -> int:
        return self._block_tops()[-1] - self._dropped()

    # -- changes ------------------------------------------------------------------------------

    def append(self, count: int) -> None:
        """Add ``count`` unmeasured rows at the end."""
        heights, blocks, est = self._h, self._blocks, self.estimate
        n = len(heights)
        heights.extend(array("i", [est]) * count)
        self._known.extend(bytes(count))
        self._hidden.extend(bytes(count))
        end = n + count
        while n < end:
            block, offset = divmod(n, BLOCK)
            take = min(BLOCK - offset, end - n)
            if block == len(blocks):
                blocks.append(0)
            blocks[block] += take * est
            n += take
        self._tops = None

    def insert(self, first: int, count: int) -> None:
        """Add ``count`` unmeasured rows before row ``first`` (older rows from the archive, or
        All streams' late arrivals near the end). The dead prefix stays: only the blocks from
        the insert on are summed again, not every row's after each trim."""
        at = first + self._start
        self._h[at:at] = array("i", [self.estimate]) * count
        self._known[at:at] = bytes(count)
        self._hidden[at:at] = bytes(count)
        self._rebuild(at)

    def remove(self, first: int, last: int) -> None:
        if first == 0:
            self._start += last + 1
            if self._start > len(self._h) // 2:
                self._compact()
            return
        at, end = first + self._start, last + 1 + self._start
        del self._h[at:end]
        del self._known[at:end]
        del self._hidden[at:end]
        self._rebuild(at)

    def set(self, row: int, height: int) -> bool:
        """Record a measured height; True if it differs from what was assumed."""
        row += self._start
        if self._hidden[row]:
            return False
        self._known[row] = 1
        old = self._h[row]
        if old == height:
            return False
        self._h[row] = height
        self._blocks[row // BLOCK] += height - old
        self._tops = None
        return True

    def forget(self, row: int) -> None:
        """Measure this row again when it is next seen (its text or state changed)."""
        if not self._hidden[row + self._start]:
            self._known[row + self._start] = 0

    def reset(self, estimate: int) -> None:
        """Every shown row unmeasured at ``estimate`` (the width changed)."""
        self.estimate = max(1, estimate)
        self._compact()
        self._h = array("i", [self.estimate]) * len(self._h)
        self._known = bytearray(len(self._h))
        self._apply_hidden()

    def set_hidden(self, hidden: bytearray) -> None:
        """Hide the rows whose byte is 1 (one byte a row); rows shown again are re-measured."""
        self._compact()
        assert len(hidden) == len(self._h)
        was = self._hidden
        self._hidden = hidden
        for row in range(len(self._h)):
            if was[row] and not hidden[row]:
                self._h[row] = self.estimate
                self._known[row] = 0
        self._apply_hidden()

    def hide(self, row: int) -> None:
        """Hide one row (a new arrival the filter rejects)."""
        row += self._start
        self._hidden[row] = 1
        self._known[row] = 1
        old, self._h[row] = self._h[row], 0
        self._blocks[row // BLOCK] -= old
        self._tops = None

    # -- queries ------------------------------------------------------------------------------

    def top_of(self, row: int) -> int:
        """The y of a row's top edge (``total`` for ``row == len``)."""
        return self._physical_top(row + self._start) - self._dropped()

    def row_at(self, y: int) -> int:
        """The row covering ``y``; -1 above the first row, ``len`` below the last."""
        if y < 0:
            return -1
        y += self._dropped()
        tops = self._block_tops()
        if y >= tops[-1]:
            return len(self)
        block = bisect_right(tops, y) - 1
        start = block * BLOCK
        inner = list(accumulate(self._h[start : start + BLOCK], initial=tops[block]))
        return start + bisect_right(inner, y) - 1 - self._start

    # -- internals ----------------------------------------------------------------------------

    def _physical_top(self, index: int) -> int:
        block, offset = divmod(index, BLOCK)
        tops = self._block_tops()
        if block >= len(self._blocks):
            return tops[-1]
        start = block * BLOCK
        return tops[block] + sum(self._h[start : start + offset])

    def _dropped(self) -> int:
        return self._physical_top(self._start) if self._start else 0

    def _compact(self) -> None:
        if self._start:
            del self._h[: self._start]
            del self._known[: self._start]
            del self._hidden[: self._start]
            self._start = 0
            self._rebuild()

    def _block_tops(self) -> list[int]:
        if self._tops is None:
            self._tops = list(accumulate(self._blocks, initial=0))
        return self._tops

    def _apply_hidden(self) -> None:
        heights, known = self._h, self._known
        for row in _ones(self._hidden):
            heights[row] = 0
            known[row] = 1
        self._rebuild()

    def _rebuild(self, first: int = 0) -> None:
        """Block sums again from the block of physical row ``first`` on (those before it did
        not change: All streams puts late rows in near its end, many times a second)."""
        heights, start = self._h, first - first % BLOCK
        del self._blocks[start // BLOCK :]
        self._blocks += [sum(heights[i : i + BLOCK]) for i in range(start, len(heights), BLOCK)]
        self._tops = None


def _ones(flags: bytearray) -> list[int]:
    """Indexes of the set bytes, found at C speed."""
    out: list[int] = []
    at = flags.find(1)
    while at >= 0:
        out.append(at)
        at = flags.find(1, at + 1)
    return out
