"""One stream's messages below Qt: the bounded buffer, its id index, a queue, and listeners.

:class:`StreamState` is what views subscribe to (as Chatterino's ``Channel`` is for its views):
the tab's ``MessageModel`` and anything else that shows a stream are adapters that turn its
changes into their own signals. Arrivals are *offered* (queued) and *admitted* in batches, a
bounded number at a time, so whoever drives the admission (the model, once per frame budget)
decides how much work one turn of the GUI loop does.

The state is also the session's duplicate filter (``StreamSession.seen``): one dictionary maps
every id to its row's block or to ``SEEN`` (offered but not admitted yet), so a buffered message
costs one index entry, not one in the buffer and another in the filter. Trimmed ids (and ids
automod holds) are remembered for ``remember`` more, so a platform that sends an old message
again does not bring it back: in a set of their own, in arrival order in a deque. Not in the
index: with rows and remembered ids in one dictionary (200k live entries at 100k rows), one id
in and one out per message made it grow its table in steps as deleted entries piled up, the last
(~8 MB) minutes past the buffer; a table of 100k live entries under the same churn settles at
its size within one buffer.

Structural changes are announced before and after (``inserting``/``inserted``,
``removing``/``removed``), because a Qt model must say what will change before it changes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence

from moderator.core.buffer import SEEN, MessageBuffer
from moderator.core.models import ChatMessage, MessageState


class StreamListener:
    """What a view of a stream hears; every method does nothing unless overridden."""

    def waiting(self) -> None:
        """Messages were offered: admit them soon."""

    def inserting(self, first: int, count: int) -> None:
        """``count`` rows are about to go in at ``first``."""

    def inserted(self, first: int, messages: Sequence[ChatMessage]) -> None:
        """``messages`` are now rows ``first`` … ``first + len(messages) - 1``."""

    def removing(self, first: int, count: int) -> None:
        """``count`` rows from ``first`` are about to go."""

    def removed(self, first: int, dropped: list[ChatMessage]) -> None:
        """``dropped`` were the rows from ``first`` (oldest first)."""

    def replaced(self, changes: list[tuple[int, ChatMessage, ChatMessage]]) -> None:
        """Rows changed in place: ``(row, old, new)`` each, rows ascending."""


class StreamState:
    """A stream's rows (oldest first, at most ``limit`` after a trim), queue and listeners."""

    def __init__(self, limit: int = 100_000, *, remember: int | None = None) -> None:
        self._buffer = MessageBuffer(limit)
        self._index = self._buffer.index
        self._queue: list[ChatMessage] = []
        self._remember = limit if remember is None else remember
        #: ids trimmed or held lately, and their order (the oldest is forgotten first)
        self._remembered: set[str] = set()
        self._order: deque[str] = deque()
        self._listeners: list[StreamListener] = []

    def listen(self, listener: StreamListener) -> None:
        self._listeners.append(listener)

    def forget(self, listener: StreamListener) -> None:
        self._listeners.remove(listener)

    # -- reading -----------------------------------------------------------------------------

    @property
    def limit(self) -> int:
        return self._buffer.limit

    @property
    def rows(self) -> Sequence[ChatMessage]:
        return self._buffer.rows

    def __len__(self) -> int:
        return len(self._buffer)

    def row_of(self, message_id: str) -> int | None:
        return self._buffer.row_of(message_id)

    def queued(self) -> int:
        return len(self._queue)

    def excess(self) -> int:
        return self._buffer.excess()

    # -- the session's duplicate filter ------------------------------------------------------

    def __contains__(self, message_id: object) -> bool:
        """Seen: a row, offered, or trimmed lately."""
        return message_id in self._index or message_id in self._remembered

    def add(self, message_id: str) -> bool:
        """Remember an id as seen; False if it was known already."""
        if message_id in self:
            return False
        self._index[message_id] = SEEN
        return True

    def keep_new(self, messages: Iterable[ChatMessage]) -> list[ChatMessage]:
        """The messages never seen before (marked seen now), in order."""
        return [m for m in messages if self.add(m.id)]

    def set_aside(self, message_ids: Iterable[str]) -> None:
        """Seen ids that will not be offered now (automod holds them): remembered as seen for
        ``remember`` more ids, as trimmed ones are, then forgotten unless they became rows
        meanwhile (approved) — else every held id would stay in the filter for good."""
        index = self._index
        for message_id in message_ids:
            if index.get(message_id) is SEEN:  # not a row, not offered: only remembered now
                del index[message_id]
            self._keep_id(message_id)

    # -- changing ----------------------------------------------------------------------------

    def offer(self, messages: Iterable[ChatMessage]) -> None:
        """Queue arrivals after the newest row; listeners hear ``waiting``."""
        before = len(self._queue)
        self._queue.extend(messages)
        if len(self._queue) > before:
            for listener in self._listeners:
                listener.waiting()

    def admit(self, most: int | None = None) -> list[ChatMessage]:
        """Append up to ``most`` queued messages (all with None) as rows; the new rows."""
        queue = self._queue
        take = len(queue) if most is None else min(most, len(queue))
        batch = queue[:take]
        del queue[:take]
        fresh = self._buffer.fresh(batch)
        if fresh:
            self._insert(len(self._buffer), fresh, self._buffer.append)
        return fresh

    def prepend(self, older: Iterable[ChatMessage]) -> list[ChatMessage]:
        """Put older messages (oldest first) above row 0; the ones that were new."""
        fresh = self._buffer.fresh(older)
        if fresh:
            self._insert(0, fresh, self._buffer.prepend)
        return fresh

    def trim(self) -> list[ChatMessage]:
        """Drop the oldest rows beyond the limit; they are remembered as seen for a while."""
        excess = self._buffer.excess()
        if excess <= 0:
            return []
        for listener in self._listeners:
            listener.removing(0, excess)
        dropped = self._buffer.drop_front(excess)
        for message in dropped:
            self._keep_id(message.id)
        for listener in self._listeners:
            listener.removed(0, dropped)
        return dropped

    def replace(self, message: ChatMessage) -> bool:
        """Put a newer version of a known message in its row (or its place in the queue)."""
        return self.replace_many([message]) > 0

    def replace_many(self, messages: Iterable[ChatMessage]) -> int:
        """Replace known messages with one ``replaced`` for the rows; how many were known."""
        changes: list[tuple[int, ChatMessage, ChatMessage]] = []
        known = 0
        for message in messages:
            row = self._buffer.row_of(message.id)
            if row is None:
                known += self._replace_queued(message)
                continue
            changes.append((row, self._buffer.rows[row], message))
            self._buffer.replace(row, message)
        if changes:
            changes.sort(key=lambda change: change[0])
            for listener in self._listeners:
                listener.replaced(changes)
        return known + len(changes)

    def change_many(
        self,
        message_ids: Iterable[str],
        add: MessageState = MessageState.NONE,
        remove: MessageState = MessageState.NONE,
    ) -> None:
        """Set or clear state flags on the rows of these ids (unknown ones are skipped)."""
        rows = self._buffer.rows
        found = (self._buffer.row_of(mid) for mid in message_ids)
        self.replace_many([rows[r].with_state(add, remove) for r in found if r is not None])

    # -- helpers -----------------------------------------------------------------------------

    def _insert(
        self, first: int, fresh: list[ChatMessage], put: Callable[[Sequence[ChatMessage]], None]
    ) -> None:
        for listener in self._listeners:
            listener.inserting(first, len(fresh))
        put(fresh)
        for listener in self._listeners:
            listener.inserted(first, fresh)

    def _replace_queued(self, message: ChatMessage) -> int:
        queue = self._queue
        for n in range(len(queue) - 1, -1, -1):
            if queue[n].id == message.id:
                queue[n] = message
                return 1
        return 0

    def _keep_id(self, message_id: str) -> None:
        """Remember a trimmed or held id for ``remember`` more; forget the oldest past that."""
        remembered, order = self._remembered, self._order
        if message_id in remembered:
            return
        remembered.add(message_id)
        order.append(message_id)
        while len(order) > self._remember:
            remembered.discard(order.popleft())
