"""Garbage collection that never stops the GUI for long.

A tab buffers 100k messages, several GC-tracked objects each. CPython's automatic full
collection walks all of them (60-300 ms with a few busy tabs), and a chat frame late by that
much is a visible stutter. So: survivors of the young generations are frozen every ``period``
seconds (a quarter second, so each tick walks only what survived since the last one: a
fraction of a frame even in five busy tabs; :func:`gc.freeze` moves them out of every
collection, refcounting still frees them), automatic full collections are off, and young
collections run on the timer as well, so what remains for the collector is only what is new.

Freezing happens at every tick (``freeze_ticks`` 1), so each tick's full collection walks only
a quarter second of survivors. An object alive at a freeze and dead later in a reference cycle
is out of every collection until a reclaim; that once ruled this out, when the clients ran in
this process and a busy chat nearly always had a request in flight (a page fetched from the
PRISM fake left ~4.6 kB of cycles: httpx, asyncio). They run in the network process now
(:mod:`moderator.netproc`), and at 5,000 msg/s for a minute a reclaim found the same 18 pinned
objects with a freeze at every tick as every 8th (with the clients in this process: 2,843
against 523 in two minutes), while the longest collection went from
13-20 ms (every 8th tick: 2 s of arrivals) to 7-10 ms (``tests.perf.gc_probe``, two runs each). With
``freeze_ticks`` above 1 the ticks between freezes run young collections, which promote
survivors to the old generation; the freeze tick first collects that generation: frozen
objects are outside it, so it walks only what survived since the last freeze, and what died
meanwhile, cycles included, is freed (for a process that does keep requests in flight).

Frozen objects that later die in a reference cycle are not reclaimed by young collections. A
*reclaim* (unfreeze, full collection, freeze) frees them; it pauses like a full collection, so
it waits for a quiet second (few young collections and few chat messages arriving: with the
clients in the network process a 1,000 msg/s chat runs no young collection of its own, and a
reclaim in it stalled the window 190 ms) after ``reclaim_after`` seconds, and happens regardless
once ``reclaim_by`` seconds have passed.

Every ``trim_every`` seconds the C heap's free room goes back to the system
(:mod:`moderator.heap_trim`): what a fast chat frees in C (page bodies, text layouts) otherwise
stays resident, and resident memory is what the moderator's system sees.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from collections import deque
from collections.abc import Callable

from moderator import heap_trim

log = logging.getLogger(__name__)

#: young generation size: a young collection stays around a millisecond
YOUNG_THRESHOLD = 20_000
#: collections of the middle generation before a full one: never (the timer decides)
NO_FULL_COLLECTION = 1_000_000_000
#: young collections in the last second at most, for the app to count as quiet
QUIET_YOUNG_COLLECTIONS = 2
#: chat messages arrived in the last second at most, for the app to count as quiet
QUIET_ARRIVALS = 10
#: seconds between ticks
PERIOD = 0.25
#: ticks between freezes: only what lives this long leaves the collector's walk (every tick:
#: no request is in flight in this process any more, see the module's docstring)
FREEZE_TICKS = 1
#: seconds between returns of the C heap's free room to the system
TRIM_EVERY = 30.0


class GcGovernor:
    """Runs the collector on its own schedule; ``tick`` is what the timer calls."""

    def __init__(
        self,
        *,
        period: float = PERIOD,
        reclaim_after: float = 300.0,
        reclaim_by: float = 1_800.0,
        clock: Callable[[], float] = time.monotonic,
        freeze_ticks: int = FREEZE_TICKS,
        trim: Callable[[], object] = heap_trim.trim,
        trim_every: float = TRIM_EVERY,
        activity: Callable[[], int] = lambda: 0,
    ) -> None:
        self.period = period
        self.freeze_ticks = max(1, freeze_ticks)
        self._ticks = 0
        self.reclaim_after = reclaim_after
        self.reclaim_by = reclaim_by
        self.reclaims = 0
        self._clock = clock
        self._last_reclaim = clock()
        self._young_seen = self._young_collections()
        #: automatic young collections in each of the last ticks (a second's worth)
        self._recent: deque[int] = deque(maxlen=max(1, round(1.0 / period)))
        #: chat messages that arrived in each of the last ticks: with the network in another
        #: process a busy chat allocates too little here to run young collections of its own
        self._activity = activity
        self._arrived_seen = activity()
        self._arrivals: deque[int] = deque(maxlen=self._recent.maxlen)
        self._saved: tuple[int, int, int] | None = None
        self._handle: asyncio.TimerHandle | None = None
        self._trim, self.trim_every = trim, trim_every
        self._last_trim = self._clock()

    def install(self) -> None:
        """Take over from the automatic schedule and freeze what startup built."""
        if self._saved is None:
            self._saved = gc.get_threshold()
        gc.set_threshold(YOUNG_THRESHOLD, 10, NO_FULL_COLLECTION)
        gc.collect()
        gc.freeze()
        self._last_reclaim = self._clock()

    def start(self) -> None:
        """Install and tick every ``period`` seconds on the running loop."""
        self.install()
        self._schedule()

    def stop(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._saved is not None:
            gc.set_threshold(*self._saved)
            self._saved = None
        gc.unfreeze()

    def tick(self) -> None:
        self._recent.append(self._young_collections() - self._young_seen)
        arrived = self._activity()
        self._arrivals.append(arrived - self._arrived_seen)
        self._arrived_seen = arrived
        recent = self._recent
        quiet = (
            len(recent) == recent.maxlen
            and sum(recent) <= QUIET_YOUNG_COLLECTIONS
            and sum(self._arrivals) <= QUIET_ARRIVALS
        )
        since = self._clock() - self._last_reclaim
        if since >= self.reclaim_by or (quiet and since >= self.reclaim_after):
            self.reclaim()
        else:
            self._ticks += 1
            if self._ticks >= self.freeze_ticks:
                self._ticks = 0
                gc.collect(2)  # the old generation holds only what survived since the last freeze
                gc.freeze()
            else:
                gc.collect(1)  # the young generations: about as long as one automatic collection
        if self._clock() - self._last_trim >= self.trim_every:
            self._last_trim = self._clock()
            started = time.perf_counter()
            self._trim()
            log.debug("heap trim took %.1f ms", (time.perf_counter() - started) * 1000)
        self._young_seen = self._young_collections()

    def reclaim(self) -> None:
        """Free cyclic garbage among frozen objects (a full collection's pause)."""
        started = time.perf_counter()
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self.reclaims += 1
        self._last_reclaim = self._clock()
        log.debug("gc reclaim took %.0f ms", (time.perf_counter() - started) * 1000)

    def _schedule(self) -> None:
        self._handle = asyncio.get_running_loop().call_later(self.period, self._run)

    def _run(self) -> None:
        self.tick()
        self._schedule()

    @staticmethod
    def _young_collections() -> int:
        return int(gc.get_stats()[0]["collections"])
