"""Stream Chat's 60 requests a minute per user per endpoint, kept on this side.

Stream counts each endpoint on its own (PROVIDERS.md C), so one busy endpoint (the channel
query while catching up) never starves another (send, delete). A request waits for a free slot
when the wait is short; a longer wait is raised as :class:`RateLimited`, so the session shows
why it pauses instead of hanging in a request.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable

from moderator.errors import RateLimited

#: [C] requests per minute per user per endpoint
PER_ENDPOINT = 60
WINDOW = 60.0


class EndpointLimiter:
    """At most ``limit`` requests to one endpoint in any ``window`` seconds."""

    def __init__(
        self,
        limit: int = PER_ENDPOINT,
        window: float = WINDOW,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        max_wait: float = 5.0,
        platform: str = "",
    ) -> None:
        self.limit = limit
        self.window = window
        self.max_wait = max_wait
        self._clock = clock
        self._sleep = sleep
        self._platform = platform
        self._stamps: dict[str, deque[float]] = {}

    def delay(self, endpoint: str) -> float:
        """Seconds until ``endpoint`` may be called again (0: now)."""
        now = self._clock()
        stamps = self._stamps.setdefault(endpoint, deque())
        while stamps and stamps[0] <= now - self.window:
            stamps.popleft()
        return 0.0 if len(stamps) < self.limit else stamps[0] + self.window - now

    async def acquire(self, endpoint: str) -> None:
        while (wait := self.delay(endpoint)) > 0:
            if wait > self.max_wait:
                raise RateLimited(
                    f"Pausing to stay within {self._platform}'s limit of {self.limit} requests "
                    f"a minute; going on in {wait:.0f} s.",
                    retry_after=wait,
                    provider=self._platform,
                )
            await self._sleep(wait)
        self._stamps[endpoint].append(self._clock())


def endpoint_of(method: str, path: str, channel_path: str) -> str:
    """The endpoint a request counts against: its path with the ids taken out."""
    if path.startswith(channel_path):
        return f"{method} /channels/*{path[len(channel_path) :]}"
    if path.startswith("/messages/"):
        return f"{method} /messages/*"
    return f"{method} {path}"
