"""The C heap's free room goes back to the system (glibc), and the GC governor asks for it."""

from __future__ import annotations

import gc
import os
import sys

import pytest

from moderator import heap_trim
from moderator.gc_control import GcGovernor


def resident() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@pytest.mark.skipif(heap_trim._malloc_trim() is None, reason="glibc only")
def test_free_room_inside_the_heap_is_given_back() -> None:
    # blocks past pymalloc's 512 B come from malloc; keeping one in 64 pins the heap's top,
    # so what the others leave is free room inside it that glibc keeps for itself
    blocks = [bytearray(b"x" * 4_000) for _ in range(16_000)]
    kept = blocks[::64]
    del blocks
    gc.collect()
    before = resident()
    assert heap_trim.trim()
    assert resident() < before - 30_000_000, "the ~60 MB freed stayed resident"
    del kept


def test_the_governor_trims_the_heap_every_trim_every_seconds() -> None:
    now = [0.0]
    trims: list[float] = []
    governor = GcGovernor(clock=lambda: now[0], trim=lambda: trims.append(now[0]), trim_every=30)
    governor.install()
    try:
        for step in range(100):  # 75 s of ticks
            now[0] = step * 0.75
            governor.tick()
    finally:
        governor.stop()
    assert trims == [30.0, 60.0]


def test_trim_does_nothing_off_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    heap_trim._malloc_trim.cache_clear()
    monkeypatch.setattr(sys, "platform", "darwin")
    try:
        assert heap_trim.trim() is False
    finally:
        heap_trim._malloc_trim.cache_clear()
