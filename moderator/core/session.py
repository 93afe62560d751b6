"""One stream's life: connect, read (poll or listen), recover, and report status.

A :class:`StreamSession` never lets an error escape: a platform error becomes a status with a
sentence and a retry after a delay; only :meth:`stop` ends it. It emits
:mod:`moderator.core.events` through a plain callback, so it knows nothing of Qt.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import datetime
from typing import Protocol, TypeVar

from moderator.core.events import (
    MessagesArrived,
    MessagesRejected,
    MessageUpdated,
    ProviderEvent,
    SessionStatus,
    StatusChanged,
)
from moderator.core.models import ChatMessage
from moderator.core.polling import Clock, PollPacer, Read
from moderator.core.provider import Capability, ChatProvider, Page
from moderator.errors import (
    AuthExpired,
    NotFound,
    ProviderError,
    RateLimited,
    SignedOut,
)
from moderator.wording import Said

log = logging.getLogger(__name__)

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]
#: reads of one cursor while its page has unreadable items, before they are skipped for good:
#: a garbled answer is usually a glitch, and a re-read must not cost a message
REREADS = 6


class Backoff:
    """Exponential backoff with full jitter, capped; ``reset`` after a success."""

    def __init__(
        self,
        base: float = 1.0,
        cap: float = 16.0,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self._base = base
        self._cap = cap
        self._rng = rng
        self._attempt = 0

    def next_delay(self) -> float:
        ceiling = min(self._cap, self._base * 2.0**self._attempt)
        self._attempt += 1
        # half fixed, half random: never zero (no hammering), never in lock-step with other tabs
        return ceiling / 2 + self._rng() * ceiling / 2

    def reset(self) -> None:
        self._attempt = 0


class IdFilter(Protocol):
    """What a session asks of its duplicate filter: :class:`SeenIds`, or the tab's
    :class:`~moderator.core.stream.StreamState`, which keeps it in its row index."""

    def __contains__(self, message_id: object) -> bool: ...

    def add(self, message_id: str) -> bool: ...

    def keep_new(self, messages: Iterable[ChatMessage]) -> list[ChatMessage]: ...


class SeenIds:
    """The ids a session has already emitted, remembering at most ``capacity`` of them."""

    def __init__(self, capacity: int = 200_000) -> None:
        self._order: deque[str] = deque()
        self._ids: set[str] = set()
        self._capacity = capacity

    def __contains__(self, message_id: object) -> bool:
        return message_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, message_id: str) -> bool:
        """Remember an id; False if it was known already."""
        if message_id in self._ids:
            return False
        self._ids.add(message_id)
        self._order.append(message_id)
        if len(self._order) > self._capacity:
            self._ids.discard(self._order.popleft())
        return True

    def keep_new(self, messages: Iterable[ChatMessage]) -> list[ChatMessage]:
        return [m for m in messages if self.add(m.id)]


class StreamSession:
    """Drives one provider until stopped, emitting messages and status changes."""

    def __init__(
        self,
        provider: ChatProvider,
        emit: Callable[[ProviderEvent], None],
        *,
        cursor: str | None = None,
        sleep: Sleep = asyncio.sleep,
        backoff: Backoff | None = None,
        clock: Clock = time.monotonic,
    ) -> None:
        self.provider = provider
        self.cursor = cursor
        self.seen: IdFilter = SeenIds()
        self.status = SessionStatus.STOPPED
        self.last_error = ""
        #: raw messages skipped as unreadable since the start
        self.rejected_total = 0
        #: when the newest message arrived (local clock), None before the first
        self.last_message_at: datetime | None = None
        #: messages emitted since the start (after dropping the ones already seen)
        self.received_total = 0
        self._rereads = 0
        self._transient_failures = 0
        self._stuck_warned = False
        #: LIVE is due once the next page is stored (with this detail): whoever acts on LIVE,
        #: the outbox above all, must find that page's messages already delivered
        self._live_due: str | None = None
        #: reads stored so far (pages, and realtime events): an action whose answer was lost is
        #: checked against the chat only once a read that began after it was stored
        self.reads = 0
        #: the last page said more was waiting: what arrived so far may not reach "now" yet
        self.behind = False
        self._emit = emit
        self._sleep = sleep
        self._backoff = backoff or Backoff()
        self._clock = clock
        self._wake = asyncio.Event()
        self._resume = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    # -- control -----------------------------------------------------------------------------

    def start(self) -> asyncio.Task[None]:
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self.run())
        return self._task

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._set_status(SessionStatus.STOPPED)

    def poke(self) -> None:
        """Read now instead of waiting for the next poll (after sending, say)."""
        self._wake.set()

    def resume(self) -> None:
        """Try again after the moderator signed in anew."""
        self._resume.set()
        self._wake.set()

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    # -- the loop ------------------------------------------------------------------------------

    async def run(self) -> None:
        self._set_status(SessionStatus.CONNECTING, "Connecting…")
        info = await self._attempt(self.provider.connect)
        self._live_due = "" if info.live else "The stream is not on air."
        if Capability.REALTIME in self.provider.capabilities:
            await self._listen_forever()
        else:
            await self._poll_forever()

    async def _poll_forever(self) -> None:
        floor = self.provider.min_poll_interval
        pacer = PollPacer(self.provider.poll_interval, floor=floor, clock=self._clock)
        while True:
            before, received = self.cursor, self.received_total
            page = await self._attempt(lambda: self.provider.fetch(self.cursor))
            reread = self._store(page)
            if page.ended and not reread:
                self._set_status(SessionStatus.ENDED, "The stream has ended.")
                return
            if reread:  # bounded by REREADS, and never sooner than the platform allows
                if floor > 0:
                    await self._pause(floor)
                continue
            pacer.interval = self.provider.poll_interval
            fresh = self.received_total - received
            delay = pacer.pause_after(Read(fresh, page.more, page.cursor != before))
            self._warn_if_stuck(pacer)
            if delay > 0 or not page.more:  # a poll interval of 0 (tests) still yields
                await self._pause(delay)

    def _warn_if_stuck(self, pacer: PollPacer) -> None:
        """Say so while the platform keeps sending the same full page; unsay it once it moves."""
        if pacer.warn and self.status is SessionStatus.LIVE and not self._stuck_warned:
            self._stuck_warned = True
            self._set_status(
                SessionStatus.LIVE,
                Said(
                    "⚠ {platform} keeps sending the same page of chat; reading it every "
                    "{seconds} s until it moves on.",
                    platform=self.provider.display_name,
                    seconds=f"{pacer.interval:.0f}",
                ),
            )
        elif pacer.stuck == 0 and self._stuck_warned:
            self._stuck_warned = False
            if self.status is SessionStatus.LIVE:
                self._emit(StatusChanged(SessionStatus.LIVE))  # the warning is over

    async def _listen_forever(self) -> None:
        while True:
            await self._catch_up()
            try:
                async for event in self.provider.listen():
                    self._handle_live_event(event)
            except ProviderError as err:
                lost = Said("Connection lost: {reason}", reason=err.sentence())
                self._set_status(SessionStatus.RETRYING, lost)
                await self._pause(self._backoff.next_delay())

    async def _catch_up(self) -> None:
        """Read over REST until nothing is waiting, so no message is missed between sockets."""
        while True:
            page = await self._attempt(lambda: self.provider.fetch(self.cursor))
            if not (self._store(page) or page.more):
                return

    def _handle_live_event(self, event: ProviderEvent) -> None:
        self.reads += 1
        if isinstance(event, MessagesArrived):
            self._emit_fresh(event.messages)
        else:
            self._emit(event)
        if self.status is not SessionStatus.LIVE:
            self._set_status(SessionStatus.LIVE)

    def _emit_fresh(self, messages: Iterable[ChatMessage]) -> None:
        fresh = self.seen.keep_new(messages)
        if fresh:
            self.received_total += len(fresh)
            self.last_message_at = datetime.now().astimezone()
            self._emit(MessagesArrived(tuple(fresh)))

    def _store(self, page: Page) -> bool:
        """Emit what the page holds; True if its cursor should be read once more first.

        A page with unreadable items is read again from the same cursor a few times (what it
        did hold is kept: the seen ids drop it on the re-read); only then are they skipped.
        """
        self._emit_fresh(page.messages)
        for updated in page.updates:
            self._emit(MessageUpdated(updated))
        if page.rejected and self._rereads < REREADS:
            self._rereads += 1
            log.info("%s: a page had unreadable items; reading it again", self.provider.stream.key)
            return True
        self._rereads = 0
        if page.rejected:
            self.rejected_total += page.rejected
            log.warning(
                "%s: %d unreadable messages skipped", self.provider.stream.key, page.rejected
            )
            self._emit(MessagesRejected(page.rejected, self.rejected_total))
        # only now that the page is stored may the cursor move on
        self.cursor = page.cursor
        self.reads += 1
        self.behind = page.more
        if self._live_due is not None:
            detail, self._live_due = self._live_due, None
            self._set_status(SessionStatus.LIVE, detail)
        return False

    async def _attempt(self, call: Callable[[], Awaitable[T]]) -> T:
        """Run ``call`` until it succeeds, turning each failure into a status and a pause."""
        while True:
            try:
                result = await call()
            except (AuthExpired, SignedOut) as err:
                await self._signed_out(err)
                continue
            except RateLimited as err:
                self._set_status(SessionStatus.RATE_LIMITED, err.sentence(), err.retry_after)
                await self._pause(max(err.retry_after, 1.0))
                continue
            except ProviderError as err:
                await self._failed(err, err.sentence())
                continue
            except Exception as err:  # a bug must not end the session: log it, keep trying
                log.exception("unexpected error in %s", self.provider.stream.key)
                await self._failed(
                    err,
                    Said(
                        "Unexpected error: {kind}. Details are in the log.",
                        kind=type(err).__name__,
                    ),
                )
                continue
            self._backoff.reset()
            self._transient_failures = 0
            if self.status is not SessionStatus.LIVE and self._live_due is None:
                self._live_due = ""  # announced once what this call read is stored
            return result

    async def _failed(self, err: Exception, sentence: str) -> None:
        transient = getattr(err, "transient", False)
        # some errors cannot heal by retrying soon (an untrusted certificate): wait long, and
        # let the moderator retry now once they have fixed the cause
        delay = max(self._next_delay(transient), getattr(err, "min_retry_delay", 0.0))
        if isinstance(err, NotFound):
            status = SessionStatus.ERROR
        else:
            status = SessionStatus.RETRYING if transient else SessionStatus.ERROR
        self._set_status(status, sentence, delay)
        await self._pause(delay)

    def _next_delay(self, transient: bool) -> float:
        """The provider's own schedule for transient errors while it lasts, else the backoff."""
        schedule: Sequence[float] = getattr(self.provider, "retry_schedule", ())
        if transient:
            self._transient_failures += 1
            if self._transient_failures <= len(schedule):
                return schedule[self._transient_failures - 1]
        return self._backoff.next_delay()

    async def _signed_out(self, err: ProviderError) -> None:
        out = Said("Signed out: {reason} Sign in again.", reason=err.sentence())
        self._set_status(SessionStatus.SIGNED_OUT, out)
        self._resume.clear()
        await self._resume.wait()
        self._set_status(SessionStatus.CONNECTING, "Signing in…")

    async def _pause(self, seconds: float) -> None:
        self._wake.clear()
        sleeper = asyncio.ensure_future(self._sleep(seconds))
        waker = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            sleeper.cancel()
            waker.cancel()

    def _set_status(
        self, status: SessionStatus, detail: str = "", retry_in: float | None = None
    ) -> None:
        if status in (SessionStatus.ERROR, SessionStatus.RETRYING, SessionStatus.RATE_LIMITED):
            self.last_error = detail
        if status is self.status and not detail and retry_in is None:
            return
        self.status = status
        self._emit(StatusChanged(status, detail, retry_in))
