"""The pace memory stays small per key and bounded per key (issue 12: memory stays flat)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from moderator.core.automod.engine import Engine
from moderator.core.automod.memory import DEPTH, Memory
from moderator.core.automod.starter import starter_rules
from moderator.core.models import Author, ChatMessage

T0 = datetime(2026, 1, 1, tzinfo=UTC)


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


def test_a_stream_keeps_only_as_many_times_per_key_as_its_rules_count() -> None:
    # a chat of a few authors repeating a few lines (the fakes' chatter: ~460 keys) kept up
    # to 2 x 1,000 times per key: tens of MB, growing for a quarter of an hour; rules that
    # count to 10 need only the last 10
    memory = Memory(depth=10)
    for n in range(5_000):
        memory.note(f"u{n % 7}", f"line {n % 3}", float(n))
    assert max(map(len, memory.times.values())) <= 20
    assert max(map(len, memory.repeats.values())) <= 20
    times = memory.times["u0"]
    assert memory.within(times, 10, 63.0, 4998.0)  # u0 wrote every 7 s: 10 times in 63 s
    assert not memory.within(times, 10, 62.0, 4998.0)


def test_the_engine_sizes_a_stream_memory_by_its_largest_pace_count() -> None:
    engine = Engine(starter_rules())
    message = ChatMessage("m1", "prism:1", Author("u1", "viewer"), "hello there", T0)
    engine.check(message)
    memory = next(iter(engine._memory.values()))
    # Repeated message counts to 4 and Flood to 10; raids keep authors, not times
    assert memory.depth == 10
