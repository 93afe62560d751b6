"""A bounded per-stream message store with an id index (no Qt).

Rows are kept oldest first in a plain list. The id index maps an id to an absolute sequence
number, so dropping rows at the front is ``del rows[:k]`` plus ``k`` dictionary deletions and a
moved base, never a rebuild of the whole index (a rebuild of 100k entries took ~10 ms, which
is a stutter at every trim of a fast chat). Older rows put back at the front (from the archive)
get sequence numbers below the base.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from moderator.core.models import ChatMessage


class MessageBuffer:
    """Messages in display order, with ``row_of(id)`` in O(1) and front removal in O(k)."""

    def __init__(self, limit: int = 100_000) -> None:
        if limit < 1:
            raise ValueError("a buffer holds at least one message")
        self.limit = limit
        self._rows: list[ChatMessage] = []
        self._seq: dict[str, int] = {}
        #: the sequence number of row 0
        self._base = 0

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, message_id: object) -> bool:
        return message_id in self._seq

    @property
    def rows(self) -> Sequence[ChatMessage]:
        return self._rows

    def row_of(self, message_id: str) -> int | None:
        seq = self._seq.get(message_id)
        return None if seq is None else seq - self._base

    def fresh(self, messages: Iterable[ChatMessage]) -> list[ChatMessage]:
        """The messages not stored yet, without duplicates among themselves."""
        known = self._seq
        seen: set[str] = set()
        out: list[ChatMessage] = []
        for message in messages:
            mid = message.id
            if mid not in known and mid not in seen:
                seen.add(mid)
                out.append(message)
        return out

    def append(self, messages: Sequence[ChatMessage]) -> None:
        """Add messages (already made fresh) after the newest row."""
        seq = self._seq
        start = self._base + len(self._rows)
        for offset, message in enumerate(messages):
            seq[message.id] = start + offset
        self._rows.extend(messages)

    def prepend(self, messages: Sequence[ChatMessage]) -> None:
        """Put older messages (already made fresh, oldest first) before row 0."""
        self._base -= len(messages)
        seq = self._seq
        for offset, message in enumerate(messages):
            seq[message.id] = self._base + offset
        self._rows[:0] = messages

    def excess(self) -> int:
        return max(0, len(self._rows) - self.limit)

    def drop_front(self, count: int) -> list[ChatMessage]:
        """Remove the ``count`` oldest rows and return them."""
        count = min(count, len(self._rows))
        dropped = self._rows[:count]
        del self._rows[:count]
        seq = self._seq
        for message in dropped:
            del seq[message.id]
        self._base += count
        return dropped

    def replace(self, row: int, message: ChatMessage) -> None:
        """Put a newer version of the message at ``row`` (same id)."""
        self._rows[row] = message
