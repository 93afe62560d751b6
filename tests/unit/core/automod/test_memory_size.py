"""The pace memory stays small per key and bounded per key (issue 12: memory stays flat)."""

from __future__ import annotations

import sys

from moderator.core.automod.memory import DEPTH, Memory


def test_a_key_with_one_time_costs_a_small_list_not_a_deque() -> None:
    memory = Memory()
    memory.note("u1", "hello there", 1.0)
    for table in (memory.times["u1"], memory.repeats[("u1", "hello there")]):
        assert sys.getsizeof(table) + sys.getsizeof(1.0) < 160


def test_an_author_who_floods_keeps_at_most_twice_the_depth_and_counts_right() -> None:
    memory = Memory(kinds=frozenset({"times"}))
    for n in range(5 * DEPTH):
        memory.note("flooder", "", float(n))
        assert len(memory.times["flooder"]) <= 2 * DEPTH
    times = memory.times["flooder"]
    now = float(5 * DEPTH - 1)
    assert memory.within(times, DEPTH, DEPTH - 1, now)  # the last DEPTH all within DEPTH-1 s
    assert not memory.within(times, DEPTH, DEPTH - 2, now)
