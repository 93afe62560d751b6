"""Stream Chat's 60 requests a minute per user per endpoint, kept on this side.

Stream counts each endpoint on its own (PROVIDERS.md C), so one busy endpoint (the channel
query while catching up) never starves another (send, delete). A request waits for a free slot
when the wait is short; a longer wait is raised as :class:`RateLimited`, so the session shows
why it pauses instead of hanging in a request.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from functools import partial

from moderator.providers.pacing import SlidingWindow

#: [C] requests per minute per user per endpoint
PER_ENDPOINT = 60
WINDOW = 60.0


class EndpointLimiter:
    """At most ``limit`` requests to one endpoint in any ``window`` seconds: a window each."""

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
        self._new = partial(
            SlidingWindow,
            window=window,
            clock=clock,
            sleep=sleep,
            max_wait=max_wait,
            platform=platform,
        )
        self._windows: dict[str, SlidingWindow] = {}

    def delay(self, endpoint: str) -> float:
        """Seconds until ``endpoint`` may be called again (0: now)."""
        return self._window(endpoint).delay()

    async def acquire(self, endpoint: str) -> None:
        await self._window(endpoint).acquire()

    def _window(self, endpoint: str) -> SlidingWindow:
        window = self._windows.get(endpoint)
        if window is None:
            window = self._new(self.limit)
            self._windows[endpoint] = window
        window.limit = self.limit  # tests narrow the limit after the first request
        return window


def endpoint_of(method: str, path: str, channel_path: str) -> str:
    """The endpoint a request counts against: its path with the ids taken out."""
    if path.startswith(channel_path):
        return f"{method} /channels/*{path[len(channel_path) :]}"
    if path.startswith("/messages/"):
        return f"{method} /messages/*"
    return f"{method} {path}"
