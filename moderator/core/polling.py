"""How long a polling session waits before its next read: it follows the chat.

Back to back while behind (a full page whose cursor moved on), paced by the observed rate while
busy (wait until about ``batch`` messages are expected), the platform's own cadence when quiet,
and never sooner than the provider's documented minimum. A full page whose cursor does not move
on is no progress: reading it again at once would flood the platform, so it counts as caught up.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

Clock = Callable[[], float]

#: messages a busy chat should bring per read: small enough that rows arrive in a steady stream,
#: large enough that a busy chat is not read hundreds of times a second
BATCH = 80
#: full pages in a row whose cursor stays put before the tab shows a warning
STUCK_WARN_AFTER = 3
#: full pages in a row that brought nothing new although their cursor moved, before that too
#: counts as no progress (a platform handing out new tokens for the same page)
STALE_LIMIT = 50
#: weight of the newest read in the rate estimate; the rest is memory of the earlier reads
RATE_WEIGHT = 0.5


@dataclass(frozen=True, slots=True)
class Read:
    """What one read brought, as far as pacing cares."""

    fresh: int
    full: bool
    advanced: bool


class PollPacer:
    """Decides the pause after each read; ``clock`` is injectable so tests never wait."""

    def __init__(
        self,
        interval: float,
        *,
        floor: float = 0.0,
        batch: int = BATCH,
        clock: Clock = time.monotonic,
    ) -> None:
        self.interval = interval
        self.floor = floor
        self.batch = batch
        #: messages a second, as observed over the recent reads that were not full
        self.rate = 0.0
        #: full pages in a row that made no progress
        self.stuck = 0
        #: full pages in a row that brought no new message
        self.stale = 0
        self._clock = clock
        # from the start, so the first read already tells a busy chat from a quiet one
        self._last = clock()

    def pause_after(self, read: Read) -> float:
        """Seconds to wait before the next read."""
        now = self._clock()
        elapsed, self._last = now - self._last, now
        self.stale = self.stale + 1 if read.full and read.fresh == 0 else 0
        progress = read.fresh > 0 or (read.advanced and self.stale < STALE_LIMIT)
        if read.full and progress:
            self.stuck = 0
            return self.floor  # behind: catch up (a backlog says nothing about the live rate)
        if read.full:
            self.stuck += 1  # the same page again: no progress, so wait like a caught-up read
            return max(self.floor, self.interval)
        self.stuck = 0
        if elapsed > 0:
            observed = read.fresh / elapsed
            self.rate = RATE_WEIGHT * observed + (1 - RATE_WEIGHT) * self.rate
        return self._paced()

    def _paced(self) -> float:
        if self.rate <= 0:
            return max(self.floor, self.interval)
        return max(self.floor, min(self.interval, self.batch / self.rate))

    @property
    def warn(self) -> bool:
        """True once the cursor has stayed put long enough to tell the moderator."""
        return self.stuck >= STUCK_WARN_AFTER
