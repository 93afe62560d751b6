"""Figures from timer stamps: how late a periodic timer fired, by count and by time."""

from __future__ import annotations

import statistics
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise


class Reserved:
    """Floats kept in room taken up front: a long run's own figures (600,000 delays in ten
    minutes at 1,000 msg/s: ~19 MB as a list of floats) must not show as the app's growth.
    Past ``capacity`` values are counted in ``lost``, not kept."""

    def __init__(self, capacity: int) -> None:
        # written once now, so the pages are resident before any memory figure is taken
        self._values = array("d", bytes(8 * max(1, capacity)))
        self._count = 0
        self.lost = 0

    def append(self, value: float) -> None:
        if self._count < len(self._values):
            self._values[self._count] = value
            self._count += 1
        else:
            self.lost += 1

    def extend(self, values: Sequence[float]) -> None:
        for value in values:
            self.append(value)

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[float]:
        return iter(self._values[: self._count])

    def __getitem__(self, index: int) -> float:
        if not -self._count <= index < self._count:
            raise IndexError(index)
        return self._values[index % self._count]


def percentile(values: Iterable[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


def lateness_figures(stamps: Iterable[float], interval_ms: float) -> dict[str, float]:
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
