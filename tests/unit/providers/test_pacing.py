"""The client-side sliding window, on a hand-driven clock."""

from __future__ import annotations

import pytest

from moderator.errors import RateLimited
from moderator.providers.pacing import SlidingWindow


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def window(clock: Clock, limit: int = 3, max_wait: float = 5.0) -> SlidingWindow:
    return SlidingWindow(
        limit, 60.0, clock=clock, sleep=clock.sleep, max_wait=max_wait, platform="BD"
    )


async def test_a_full_window_waits_briefly_for_the_oldest_slot() -> None:
    clock = Clock()
    limiter = window(clock)
    for _ in range(3):
        await limiter.acquire()
        clock.now += 19.0
    # oldest stamp at 1000, now 1057: the slot frees at 1060
    await limiter.acquire()
    assert clock.slept == [pytest.approx(3.0)]
    assert limiter.used == 3


async def test_a_long_wait_is_a_rate_limited_error_with_the_time() -> None:
    clock = Clock()
    limiter = window(clock)
    for _ in range(3):
        await limiter.acquire()
    with pytest.raises(RateLimited) as caught:
        await limiter.acquire()
    assert caught.value.retry_after == pytest.approx(60.0)
    assert "3 requests a minute" in str(caught.value)
    assert clock.slept == []


async def test_slots_come_back_as_the_window_slides() -> None:
    clock = Clock()
    limiter = window(clock, limit=2)
    await limiter.acquire()
    clock.now += 30
    await limiter.acquire()
    clock.now += 31  # the first one left the window
    assert limiter.delay() == 0
    await limiter.acquire()
    assert limiter.delay() == pytest.approx(29.0)


async def test_hold_off_after_a_server_429_blocks_even_a_fresh_window() -> None:
    clock = Clock()
    limiter = window(clock, limit=100)
    limiter.hold_off(60.0)
    with pytest.raises(RateLimited):
        await limiter.acquire()
    clock.now += 57.0
    await limiter.acquire()  # 3 s left: waited out, not refused
    assert clock.slept == [pytest.approx(3.0)]
