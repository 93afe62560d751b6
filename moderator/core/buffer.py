"""A bounded per-stream message store with an id index (no Qt).

Rows are kept oldest first in a plain list. The id index maps an id to a :class:`Block`: a
window of ``BLOCK`` consecutive sequence numbers shared by the rows appended together, so a row
costs one dictionary entry and no object of its own (a per-row ``int`` was 32 B of the ~310 B a
buffered message cost). ``row_of`` finds the row by scanning the block's window (at most
``BLOCK`` rows, a few microseconds); it is not on the arrival path. Dropping rows at the front is
``del rows[:k]`` plus ``k`` dictionary changes and a moved base, never a rebuild of the whole
index (a rebuild of 100k entries took ~10 ms, a stutter at every trim of a fast chat). Older rows
put back at the front (from the archive) get sequence numbers below the base.

The index may also hold ids marked :data:`SEEN` (known, but not a row here): the stream state
keeps its duplicate filter in the same dictionary (see :mod:`moderator.core.stream`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from moderator.core.models import ChatMessage

#: rows per index block: the most ``row_of`` scans
BLOCK = 64


class Block:
    """Where a run of up to ``BLOCK`` rows starts (an absolute sequence number)."""

    __slots__ = ("seq",)

    def __init__(self, seq: int) -> None:
        self.seq = seq


#: the index value of an id that is known but holds no row (queued, or trimmed lately)
SEEN = Block(-(1 << 62))


class MessageBuffer:
    """Messages in display order, with ``row_of(id)`` in O(BLOCK) and front removal in O(k)."""

    def __init__(self, limit: int = 100_000) -> None:
        if limit < 1:
            raise ValueError("a buffer holds at least one message")
        self.limit = limit
        self._rows: list[ChatMessage] = []
        #: id -> the block of its row, or SEEN
        self.index: dict[str, Block] = {}
        #: the sequence number of row 0
        self._base = 0
        #: the block the next appended row joins, and the first sequence number past it
        self._tail = SEEN
        self._tail_end = 0

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, message_id: object) -> bool:
        block = self.index.get(message_id)  # type: ignore[call-overload]
        return block is not None and block is not SEEN

    @property
    def rows(self) -> Sequence[ChatMessage]:
        return self._rows

    def row_of(self, message_id: str) -> int | None:
        block = self.index.get(message_id)
        if block is None or block is SEEN:
            return None
        rows = self._rows
        low = max(0, block.seq - self._base)
        for row in range(low, min(len(rows), low + BLOCK)):
            if rows[row].id == message_id:
                return row
        return None  # unreachable while the index is right: every row lies in its block

    def fresh(self, messages: Iterable[ChatMessage]) -> list[ChatMessage]:
        """The messages not stored yet, without duplicates among themselves."""
        index = self.index
        seen: set[str] = set()
        out: list[ChatMessage] = []
        for message in messages:
            mid = message.id
            block = index.get(mid)
            if (block is None or block is SEEN) and mid not in seen:
                seen.add(mid)
                out.append(message)
        return out

    def append(self, messages: Sequence[ChatMessage]) -> None:
        """Add messages (already made fresh) after the newest row."""
        index = self.index
        seq = self._base + len(self._rows)
        tail, end = self._tail, self._tail_end
        for message in messages:
            if seq >= end:
                tail, end = Block(seq), seq + BLOCK
            index[message.id] = tail
            seq += 1
        self._tail, self._tail_end = tail, end
        self._rows.extend(messages)

    def prepend(self, messages: Sequence[ChatMessage]) -> None:
        """Put older messages (already made fresh, oldest first) before row 0."""
        self._base -= len(messages)
        index = self.index
        for offset, message in enumerate(messages):
            if offset % BLOCK == 0:
                block = Block(self._base + offset)
            index[message.id] = block
        self._rows[:0] = messages

    def excess(self) -> int:
        return max(0, len(self._rows) - self.limit)

    def drop_front(self, count: int, *, seen: bool = False) -> list[ChatMessage]:
        """Remove the ``count`` oldest rows and return them; their ids leave the index, or
        with ``seen`` stay in it marked :data:`SEEN`."""
        count = min(count, len(self._rows))
        dropped = self._rows[:count]
        del self._rows[:count]
        index = self.index
        if seen:
            for message in dropped:
                index[message.id] = SEEN
        else:
            for message in dropped:
                del index[message.id]
        self._base += count
        return dropped

    def replace(self, row: int, message: ChatMessage) -> None:
        """Put a newer version of the message at ``row`` (same id)."""
        self._rows[row] = message
