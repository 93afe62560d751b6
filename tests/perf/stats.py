"""Figures from timer stamps: how late a periodic timer fired, by count and by time."""

from __future__ import annotations

import statistics
from itertools import pairwise


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


def lateness_figures(stamps: list[float], interval_ms: float) -> dict[str, float]:
    """Median, p99 and max lateness (ms) of a timer that should fire every ``interval_ms``.

    The time-weighted p99 weighs each late firing by how long the GUI was unresponsive: the
    lateness that 1 % of the wall time was spent waiting beyond (one 100 ms freeze counts as
    100 ms of bad time, not as one bad sample among thousands of good ones).
    """
    gaps = [(b - a) * 1000 for a, b in pairwise(stamps)]
    late = [max(0.0, gap - interval_ms) for gap in gaps]
    if not late:
        nan = float("nan")
        return {"lag_median_ms": nan, "lag_p99_ms": nan, "lag_max_ms": nan, "lag_tw_p99_ms": nan}
    return {
        "lag_median_ms": statistics.median(late),
        "lag_p99_ms": percentile(late, 0.99),
        "lag_max_ms": max(late),
        "lag_tw_p99_ms": time_weighted(late, gaps, 0.99),
    }


def time_weighted(late: list[float], gaps: list[float], p: float) -> float:
    total = sum(gaps)
    spent = 0.0
    for lateness, gap in sorted(zip(late, gaps, strict=True)):
        spent += gap
        if spent >= p * total:
            return lateness
    return max(late)
