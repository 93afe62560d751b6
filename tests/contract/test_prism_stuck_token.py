"""A hostile PRISM that answers every read with the same full page and the same next-page token.

Before, the session read it again at once: 3,000-4,500 requests in 10-20 s with status "Live"
and no warning. Now it reads at PRISM's cadence and says why in the tab status. The session's
clock is fake (it moves only when the session waits), the HTTP is real (an ASGI transport).
"""

from __future__ import annotations

import asyncio
import json

import httpx
from starlette.types import Receive, Scope, Send

from moderator.core.events import ProviderEvent, SessionStatus, StatusChanged
from moderator.core.session import StreamSession
from moderator.fakelink import connections
from moderator.fakes.prism import PrismFake
from moderator.providers.prism import PrismClient
from moderator.providers.prism.schema import API, MAX_RESULTS

BASE = "http://prism.test"
SECONDS = 60.0


class StuckPrism:
    """Delegates to the fake, except chat reads: always the same full page, token unchanged."""

    def __init__(self, fake: PrismFake, page: bytes) -> None:
        self.fake, self.page = fake, page
        self.now = 0.0
        self.reads = 0
        self.done = asyncio.Event()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["method"] == "POST"
            and scope["path"].endswith("/chat")
        ):
            self.reads += 1
            if self.now >= SECONDS or self.reads >= 2_000:
                self.done.set()
                await asyncio.Event().wait()  # enough: hold the read until the test stops it
            headers = [(b"content-type", b"application/json")]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": self.page})
            return
        await self.fake.app(scope, receive, send)

    async def sleep(self, seconds: float) -> None:
        self.now += seconds
        await asyncio.sleep(0)


async def full_page(fake: PrismFake, live_id: str) -> bytes:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app), base_url=BASE) as raw:
        raw.headers["x-prism-access-token"] = fake.access_token
        answer = await raw.post(f"{API}/live/{live_id}/chat", json={"maxResults": MAX_RESULTS})
    body = answer.json()
    assert len(body["data"]["messages"]) == MAX_RESULTS
    return json.dumps(body).encode()


async def test_a_stuck_page_token_is_read_at_prisms_cadence_with_a_warning() -> None:
    fake = PrismFake(seed=3)
    fake.add_chatter(MAX_RESULTS * 3)
    settings = connections(fake, BASE)[0]
    hostile = StuckPrism(fake, await full_page(fake, settings.live_id))
    client = PrismClient(settings, httpx.ASGITransport(app=hostile))
    events: list[ProviderEvent] = []
    session = StreamSession(client, events.append, sleep=hostile.sleep, clock=lambda: hostile.now)
    session.start()
    try:
        await asyncio.wait_for(hostile.done.wait(), 30)
    finally:
        await session.stop()
        await client.aclose()
    assert hostile.now >= SECONDS  # a minute of the session's time went by, not 2,000 reads
    assert hostile.reads <= SECONDS / client.poll_interval + 2
    warnings = [
        e.detail
        for e in events
        if isinstance(e, StatusChanged) and e.status is SessionStatus.LIVE and e.detail
    ]
    assert any("keeps sending the same page" in w for w in warnings)
