"""The growth benchmark's own tools (tests/perf): room taken up front, and the memory figures."""

from __future__ import annotations

from tests.perf.growth_probe import heap_in_use, malloc_stats, pymalloc_stats, rss_bytes
from tests.perf.stats import Reserved, lateness_figures, percentile


def test_reserved_keeps_values_up_to_its_room_and_counts_the_rest() -> None:
    kept = Reserved(3)
    kept.extend([3.0, 1.0])
    kept.append(2.0)
    kept.append(9.0)
    assert list(kept) == [3.0, 1.0, 2.0] and len(kept) == 3 and kept.lost == 1
    assert kept[-1] == 2.0 and kept[0] == 3.0
    assert percentile(kept, 0.5) == 2.0


def test_lateness_reads_reserved_stamps() -> None:
    stamps = Reserved(10)
    stamps.extend([0.0, 0.005, 0.015, 0.020])
    figures = lateness_figures(stamps, 5.0)
    assert round(figures["lag_max_ms"], 6) == 5.0


def test_the_memory_figures_are_read_from_the_allocators() -> None:
    python = pymalloc_stats()
    assert 0 < python["in_use"] <= python["arenas"]
    assert malloc_stats()["in_use"] > 0
    assert python["in_use"] < heap_in_use() < rss_bytes() * 2
