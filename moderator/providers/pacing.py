"""A client-side sliding window, so a platform's rate limit is kept, not discovered by 429s.

Shared by the providers whose platforms publish a limit (Brilliant Directories: 100 requests a
minute per key; Stream Chat: 60 a minute per endpoint). Every request first takes a slot here;
when none is free for a short while it waits, and when the wait would be long it raises
:class:`RateLimited` so the session shows why it pauses. Clock and sleep are injectable: tests
never wait for real.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable

from moderator.errors import RateLimited
from moderator.wording import Said

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class SlidingWindow:
    """At most ``limit`` acquisitions in any ``window`` seconds."""

    def __init__(
        self,
        limit: int,
        window: float = 60.0,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        max_wait: float = 5.0,
        platform: str = "",
    ) -> None:
        self.limit = limit
        self.window = window
        self.max_wait = max_wait
        self._clock = clock
        self._sleep = sleep
        self._platform = platform
        self._stamps: deque[float] = deque()
        self._blocked_until = 0.0

    def delay(self) -> float:
        """Seconds until a request may go out (0 when one may go now)."""
        now = self._clock()
        while self._stamps and self._stamps[0] <= now - self.window:
            self._stamps.popleft()
        wait = max(0.0, self._blocked_until - now)
        if len(self._stamps) >= self.limit:
            wait = max(wait, self._stamps[0] + self.window - now)
        return wait

    async def acquire(self) -> None:
        """Take a slot, waiting up to ``max_wait``; beyond that raise :class:`RateLimited`."""
        while True:
            wait = self.delay()
            if wait <= 0:
                self._stamps.append(self._clock())
                return
            if wait > self.max_wait:
                raise RateLimited(
                    Said(
                        "Pausing to stay within {platform}'s limit of {limit} requests a "
                        "minute; going on in {seconds} s.",
                        platform=self._platform,
                        limit=self.limit,
                        seconds=f"{wait:.0f}",
                    ),
                    retry_after=wait,
                    provider=self._platform,
                )
            await self._sleep(wait)

    def hold_off(self, seconds: float) -> None:
        """The server said 429 (another program may share the key): send nothing for a while."""
        self._blocked_until = max(self._blocked_until, self._clock() + seconds)

    @property
    def used(self) -> int:
        self.delay()
        return len(self._stamps)
