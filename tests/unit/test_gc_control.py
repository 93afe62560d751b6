"""The GC governor: long-lived objects leave the collector's walk; cyclic garbage still goes."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from moderator.gc_control import (
    FREEZE_TICKS,
    NO_FULL_COLLECTION,
    PERIOD,
    YOUNG_THRESHOLD,
    GcGovernor,
)

#: ticks in a second
QUIET_TICKS = round(1 / PERIOD)


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def governor(clock: Clock) -> Iterator[GcGovernor]:
    saved = gc.get_threshold()
    governor = GcGovernor(reclaim_after=300, reclaim_by=1_800, clock=clock)
    governor.install()
    try:
        yield governor
    finally:
        governor.stop()
    assert gc.get_threshold() == saved
    assert gc.get_freeze_count() == 0


def test_no_automatic_full_collection_walks_the_buffered_messages(governor: GcGovernor) -> None:
    assert gc.get_threshold()[2] == NO_FULL_COLLECTION
    buffered = [Node() for _ in range(50_000)]  # a tab's long-lived messages
    frozen = gc.get_freeze_count()
    for _ in range(FREEZE_TICKS):
        governor.tick()
    assert gc.get_freeze_count() >= frozen + 50_000
    # what a collection still walks: none of them
    assert sum(len(gc.get_objects(g)) for g in range(3)) < 50_000
    del buffered


def test_a_reclaim_frees_cycles_that_died_after_they_were_frozen(governor: GcGovernor) -> None:
    a, b = Node(), Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    for _ in range(FREEZE_TICKS):
        governor.tick()  # frozen while alive
    del a, b  # now garbage, in a cycle, among frozen objects
    gc.collect()
    assert gone() is not None, "frozen cycles outlive a collection: that is why reclaim exists"
    governor.reclaim()
    assert gone() is None


def test_each_tick_freezes_what_survived_since_the_last(governor: GcGovernor) -> None:
    """No request in flight in the GUI process: what lives a quarter second leaves the walk."""
    assert FREEZE_TICKS == 1
    governor.tick()
    frozen = gc.get_freeze_count()
    buffered = [Node() for _ in range(10_000)]
    governor.tick()
    assert gc.get_freeze_count() >= frozen + 10_000
    del buffered


def test_a_cycle_alive_at_a_tick_and_dead_before_the_freeze_is_freed(clock: Clock) -> None:
    """With freezes every few ticks (a process with requests in flight), a request in flight
    at a tick (its objects in cycles) is not frozen for good."""
    ticks = 4
    governor = GcGovernor(clock=clock, freeze_ticks=ticks)
    governor.install()
    try:
        spaced_freezes(governor, ticks)
    finally:
        governor.stop()


def spaced_freezes(governor: GcGovernor, ticks: int) -> None:
    for _ in range(ticks):
        governor.tick()  # just frozen: a fresh period starts
    a, b = Node(), Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    governor.tick()  # alive here: survives a young collection, not frozen
    del a, b
    for _ in range(ticks - 1):
        governor.tick()  # the freeze tick collects the old generation first
    assert gone() is None
    assert governor.reclaims == 0


def test_a_quiet_moment_after_reclaim_after_reclaims(governor: GcGovernor, clock: Clock) -> None:
    clock.now = 299.0
    governor.tick()
    assert governor.reclaims == 0
    clock.now = 301.0
    for _ in range(QUIET_TICKS):  # a whole second with nothing allocated: quiet
        governor.tick()
    assert governor.reclaims == 1


def test_a_second_busy_in_small_steps_is_not_quiet(governor: GcGovernor, clock: Clock) -> None:
    clock.now = 301.0
    churn = []
    for _ in range(2 * QUIET_TICKS):  # one young collection a tick: busy, though each is short
        churn.append([Node() for _ in range(YOUNG_THRESHOLD + 1_000)])
        governor.tick()
    assert governor.reclaims == 0
    del churn


def test_a_busy_app_reclaims_by_reclaim_by_at_the_latest(
    governor: GcGovernor, clock: Clock
) -> None:
    clock.now = 1_000.0
    churn = [[Node() for _ in range(40_000)] for _ in range(3)]  # young collections: busy
    governor.tick()
    assert governor.reclaims == 0
    clock.now = 1_801.0
    churn.append([Node() for _ in range(40_000)])
    governor.tick()
    assert governor.reclaims == 1
    del churn


def test_a_steady_chat_that_allocates_little_is_not_quiet(clock: Clock) -> None:
    # with the clients in the network process, a 1,000 msg/s chat runs no young collection of
    # its own: only the arrivals tell it from an idle app, and a reclaim (a full collection's
    # pause) in the middle of it was a 190 ms stall
    arrived = 0
    governor = GcGovernor(
        reclaim_after=300, reclaim_by=1_800, clock=clock, activity=lambda: arrived
    )
    governor.install()
    try:
        clock.now = 301.0
        for _ in range(2 * QUIET_TICKS):
            arrived += 250  # a quarter second of chat
            governor.tick()
        assert governor.reclaims == 0
        for _ in range(QUIET_TICKS):  # the chat stops: now it is quiet
            governor.tick()
        assert governor.reclaims == 1
    finally:
        governor.stop()
