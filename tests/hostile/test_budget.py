"""A server answering instantly with full pages cannot push a client past its platform's limit.

Each client reads its real fake (a big backlog: every page is full) through a recording ASGI
layer; clocks are hand-driven, so "a minute" passes without waiting. Where a fetch would go over
the budget the client either waits (the fake clock moves) or raises RateLimited, and the loop
here waits what it was told, as the session would.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from starlette.types import Receive, Scope, Send

from moderator.core.provider import ChatProvider
from moderator.errors import RateLimited
from moderator.fakelink import connections
from moderator.fakes.registry import FAKES
from moderator.providers import create_provider
from moderator.providers.brilliant import BrilliantClient
from moderator.providers.ibmvideo.pacing import EndpointLimiter
from moderator.providers.pacing import SlidingWindow
from moderator.providers.prism.client import STATUS_EVERY

BASE = "http://budget.test"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


class Recording:
    """The fake's app, noting the (fake) time and path of every request."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], clock: Clock):
        self.app, self.clock = app, clock
        self.seen: list[tuple[float, str, str]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            self.seen.append((self.clock.now, scope["method"], scope["path"]))
        await self.app(scope, receive, send)

    def times(self, method: str, ending: str) -> list[float]:
        return [t for t, m, p in self.seen if m == method and p.endswith(ending)]


def most_in_any_window(times: list[float], window: float) -> int:
    return max((sum(1 for u in times if t <= u < t + window) for t in times), default=0)


async def client_for(name: str, clock: Clock, backlog: int = 1000) -> tuple[Any, Recording]:
    fake = FAKES[name](seed=3)
    fake.add_chatter(backlog)
    app = Recording(fake.app, clock)
    provider = create_provider(connections(fake, BASE)[0], httpx.ASGITransport(app=app))
    return provider, app


async def drive(provider: ChatProvider, clock: Clock, fetches: int) -> None:
    """Fetch back to back, as a session does while ``more`` is set; wait only when told to."""
    cursor = None
    for _ in range(fetches):
        try:
            page = await provider.fetch(cursor)
        except RateLimited as err:
            clock.now += err.retry_after
            continue
        cursor = page.cursor


async def test_brilliant_never_exceeds_100_requests_a_minute() -> None:
    clock = Clock()
    provider, app = await client_for("brilliant", clock)
    assert isinstance(provider, BrilliantClient)
    provider.limiter = SlidingWindow(100, 60.0, clock=clock, sleep=clock.sleep, platform="BD")
    try:
        await provider.connect()
        await drive(provider, clock, 300)
    finally:
        await provider.aclose()
    times = [t for t, _, _ in app.seen]
    assert len(times) > 200  # the budget was really tested, over several minutes
    assert most_in_any_window(times, 60.0) <= 100


async def test_stream_chat_never_exceeds_60_requests_a_minute_per_endpoint() -> None:
    clock = Clock()
    provider, app = await client_for("ibmvideo", clock)
    provider._api.limiter = EndpointLimiter(clock=clock, sleep=clock.sleep, platform="Stream")
    try:
        await provider.connect()
        await drive(provider, clock, 200)
    finally:
        await provider.aclose()
    reads = app.times("POST", "/query")
    assert len(reads) > 120
    assert most_in_any_window(reads, 60.0) <= 60


@pytest.mark.parametrize(
    ("name", "most", "pace"), [("prism", 1, 5.0), ("allmine", 10, 4.0), ("liveperson", 3, 2.0)]
)
async def test_one_fetch_is_a_bounded_number_of_reads(name: str, most: int, pace: float) -> None:
    # PRISM and Allmine publish no request limit, LivePerson a 2 s poll: their pace is the
    # session's poll interval; a server answering full pages must not make one fetch loop
    # (LivePerson: the ringing count, an accept, the chat poll)
    clock = Clock()
    provider, app = await client_for(name, clock)
    try:
        await provider.connect()
        before = len(app.seen)
        await drive(provider, clock, STATUS_EVERY * 2)
    finally:
        await provider.aclose()
    chat_reads = len(app.seen) - before
    status_reads = 2 if name == "prism" else 0
    assert chat_reads - status_reads <= most * STATUS_EVERY * 2
    assert provider.poll_interval >= pace
