"""When what waits in a stream's outbox goes out again, and in which order: the drain.

Actions and sends that could not reach the platform wait in the outbox. The drain sends them
once the stream is live again, oldest first, and never one twice: before an entry goes out, the
chat must have been read far enough to tell whether an earlier attempt got through (its echo,
or the platform's news of a deletion). While the platform still refuses, it looks again less
and less often; while the stream is not live, it only keeps an eye on it.

Qt-free: the stream's controller turns what it reports (a delivery, the waiting count) into
signals, and hands it the session whose reads it counts.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from typing import Any, Protocol

from moderator.core.delivery import SEND, Delivery, OutboxEntry, OutboxStore, Received, deliver
from moderator.core.outcome import Outcome
from moderator.core.provider import Capability, ChatProvider

#: seconds before the outbox looks again while what waits is not ready yet, and the most it
#: waits between tries while the platform still refuses what the chat reads fine
DRAIN_SOON = 0.5
DRAIN_MOST = 30.0
#: seconds a realtime stream (no pages to count) lets its socket deliver an echo first
SOCKET_GRACE = 2.0

Spawn = Callable[[Coroutine[Any, Any, None]], None]


class Timer(Protocol):
    def cancel(self) -> None: ...


#: runs a callback after so many seconds (the event loop's ``call_later`` by default)
Schedule = Callable[[float, Callable[[], None]], Timer]


class Reads(Protocol):
    """What the drain needs of the stream's session: how far the chat was read."""

    #: reads stored so far (pages, and realtime events)
    reads: int
    #: a page is still waiting to be read
    behind: bool


def call_later(delay: float, callback: Callable[[], None]) -> Timer:
    return asyncio.get_event_loop().call_later(delay, callback)


class OutboxDrain:
    """One stream's outbox, delivered when the stream can take it."""

    def __init__(
        self,
        provider: ChatProvider,
        session: Reads,
        outbox: OutboxStore | None,
        received: Received,
        *,
        spawn: Spawn,
        is_live: Callable[[], bool],
        delivered: Callable[[Delivery], None],
        waiting_changed: Callable[[int], None],
        schedule: Schedule = call_later,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.provider = provider
        self.session = session
        self.outbox = outbox
        self.received = received
        self._spawn = spawn
        self._is_live = is_live
        self._delivered = delivered
        self._waiting_changed = waiting_changed
        self._schedule = schedule
        self._clock = clock
        #: seconds before the next look at the outbox
        self.delay = DRAIN_SOON
        self.draining = False
        self._timer: Timer | None = None
        self._closed = False
        #: waiting entries (outbox ids) -> the session's reads when the drain first saw them
        self._marks: dict[int, int] = {}
        self._expect_waiting_sends()

    @property
    def stream_key(self) -> str:
        return self.provider.stream.key

    def follow(self, provider: ChatProvider, session: Reads) -> None:
        """Carry on with a reconnected stream: the new session counts its reads from zero."""
        self.provider, self.session = provider, session
        self.received.learn_own(provider.account_id)
        self._marks.clear()

    def close(self) -> None:
        self._closed = True
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def waiting_count(self) -> int:
        return self.outbox.waiting_count(self.stream_key) if self.outbox is not None else 0

    def announce(self) -> None:
        """The waiting count may have changed: say so, and look again soon if any wait."""
        count = self.waiting_count()
        self._waiting_changed(count)
        if count:
            self._look_later()

    def deliver_waiting(self) -> None:
        """Send what waited for the platform, once it is reachable again."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self.outbox is not None and not self.draining and self.waiting_count():
            self.draining = True
            self._spawn(self._drain(self.outbox))

    def _look_later(self) -> None:
        """Look at the outbox again soon: the stream may stay live all along."""
        if self._closed or self.draining or self._timer is not None:
            return
        self._timer = self._schedule(self.delay, self._look)

    def _look(self) -> None:
        self._timer = None
        if self._is_live():
            self.deliver_waiting()
        else:  # a live status drains it; until then, keep an eye on it
            self._look_later()

    async def _drain(self, outbox: OutboxStore) -> None:
        try:
            for entry in outbox.waiting(self.stream_key):
                if not self.ready(entry):
                    self.delay = DRAIN_SOON
                    break  # they keep their order: the rest waits behind this one
                delivery = await deliver(
                    self.provider,
                    outbox,
                    entry,
                    already_arrived=self.arrived,
                    already_gone=self.received.gone.__contains__,
                )
                self._delivered(delivery)
                if delivery.outcome is Outcome.WAITING:
                    self.delay = min(DRAIN_MOST, self.delay * 2)
                    break  # still unreachable: the next live status tries again
                self.delay = DRAIN_SOON
                self._marks.pop(entry.id, None)
        finally:
            self.draining = False
            self.announce()

    def ready(self, entry: OutboxEntry) -> bool:
        """Whether the chat was read far enough to tell if an earlier attempt got through.

        A read that began after the attempt must be stored (one in flight then may predate
        it), and no page may be left waiting: the echo, or the news of a deletion, could sit
        on one. Reads are counted from when the drain first saw the entry waiting.
        """
        session = self.session
        mark = self._marks.setdefault(entry.id, session.reads)
        read = session.reads >= mark + 2
        if Capability.REALTIME in self.provider.capabilities:
            # a quiet socket brings no reads to count: its events come as they happen
            read = read or self._clock() - entry.created_at >= SOCKET_GRACE
        return read and not session.behind

    def arrived(self, text: str, since: float) -> bool:
        """Whether the moderator's own ``text`` reached the chat after ``since``: then an
        earlier send got through (see :class:`Received`)."""
        self.received.learn_own(self.provider.account_id)  # known once connected, on some
        return self.received.arrived(text, since)

    def _expect_waiting_sends(self) -> None:
        if self.outbox is not None:
            for entry in self.outbox.waiting(self.stream_key):
                if entry.kind == SEND:
                    self.received.expect(entry.text)
