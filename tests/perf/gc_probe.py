"""Does freezing more often pin garbage? ``python -m tests.perf.gc_probe --freeze-ticks N
SCENARIO [wholeapp options]``.

Runs :mod:`tests.perf.wholeapp` with the GC governor freezing every ``N`` ticks and, after the
measured window, counts what a reclaim (unfreeze, full collection) frees: cyclic garbage that
died after it was frozen, pinned until a reclaim. Adds ``frozen_growth`` (objects frozen during
the window), ``pinned_garbage`` and ``reclaim_ms`` to wholeapp's JSON line, and the
collections' own pauses in the window (``gc_pause_max_ms``, ``gc_pause_p99_ms``,
``gc_ms_per_s``).
"""

from __future__ import annotations

import argparse
import functools
import gc
import time
from typing import Any

from moderator.gc_control import GcGovernor
from tests.perf import wholeapp


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf.gc_probe")
    parser.add_argument("--freeze-ticks", type=int, required=True)
    args, rest = parser.parse_known_args(argv)
    ticks = args.freeze_ticks
    governor = functools.partial(GcGovernor, freeze_ticks=ticks)
    wholeapp.GcGovernor = governor  # type: ignore[attr-defined,assignment]
    measure = wholeapp.measure

    pauses: list[float] = []
    began = [0.0]

    def timing(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            began[0] = time.perf_counter()
        else:
            pauses.append((time.perf_counter() - began[0]) * 1000)

    async def probed(*positional: Any, **named: Any) -> dict[str, Any]:
        frozen = gc.get_freeze_count()
        gc.callbacks.append(timing)
        figures = await measure(*positional, **named)
        gc.callbacks.remove(timing)
        pauses.sort()
        figures["gc_pause_max_ms"] = pauses[-1] if pauses else 0.0
        figures["gc_pause_p99_ms"] = pauses[int(0.99 * (len(pauses) - 1))] if pauses else 0.0
        figures["gc_ms_per_s"] = sum(pauses) / max(1.0, figures["seconds"])
        grown = gc.get_freeze_count() - frozen
        started = time.perf_counter()
        gc.unfreeze()
        pinned = gc.collect()
        gc.freeze()
        reclaim_ms = (time.perf_counter() - started) * 1000
        extra = {"frozen_growth": grown, "pinned_garbage": pinned, "reclaim_ms": reclaim_ms}
        return {**figures, "freeze_ticks": ticks, **extra}

    wholeapp.measure = probed
    return wholeapp.main(rest)


if __name__ == "__main__":
    raise SystemExit(main())
