"""What the GUI thread is doing while it is late: ``python -m tests.perf.wholeapp ... --late``.

A sampler thread looks at the GUI thread's stack every millisecond while the probe timer is
overdue and counts the innermost app frames it finds there. A cProfile says where the time goes
on average; this says what the long turns that make the lateness p99 and max are made of.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from types import FrameType

#: the probe is this late (beyond its interval) before a sample counts
LATE_S = 0.006
DEPTH = 6


class LateStacks:
    def __init__(self, last_stamp: Callable[[], float], interval_s: float) -> None:
        self._last = last_stamp
        self._interval = interval_s
        self._main = threading.main_thread().ident or 0
        self._stop = threading.Event()
        self.counts: Counter[str] = Counter()
        self.episodes = 0
        self._thread = threading.Thread(target=self._run, name="late-stacks", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        seen_stamp = 0.0
        while not self._stop.wait(0.001):
            stamp = self._last()
            if not stamp or time.perf_counter() - stamp < self._interval + LATE_S:
                continue
            if stamp != seen_stamp:
                seen_stamp, self.episodes = stamp, self.episodes + 1
            frame = sys._current_frames().get(self._main)
            if frame is not None:
                self.counts[signature(frame)] += 1

    def report(self, top: int = 25) -> str:
        total = sum(self.counts.values()) or 1
        lines = [f"late episodes {self.episodes}, samples {total}"]
        for stack, n in self.counts.most_common(top):
            lines.append(f"{100 * n / total:5.1f}%  {stack}")
        return "\n".join(lines)


def signature(frame: FrameType | None) -> str:
    names: list[str] = []
    while frame is not None and len(names) < DEPTH:
        code = frame.f_code
        path = code.co_filename
        if "/moderator/" in path or "/tests/perf/" in path or "qasync" in path:
            module = path.rsplit("/", 1)[-1].removesuffix(".py")
            names.append(f"{module}.{code.co_name}:{frame.f_lineno}")
        frame = frame.f_back
    return " < ".join(names) or "(outside Python)"
