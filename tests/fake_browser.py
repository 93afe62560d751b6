"""A stand-in for the moderator's browser in sign-in tests: it visits the fake's authorize
page through the fake's ASGI app, then follows the redirect to the real loopback listener."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs, urlsplit

import httpx

from moderator.fakes.base import FakeService


class Browser:
    """Follows the sign-in page's redirect the way a browser would: fake page, real socket."""

    def __init__(self, fake: FakeService, *, tamper: dict[str, str] | None = None) -> None:
        self.fake = fake
        self.tamper = tamper or {}
        self.visited: list[str] = []
        self.answer: httpx.Response | None = None
        self.tasks: list[asyncio.Task[None]] = []
        self.followed = asyncio.Event()

    def __call__(self, url: str) -> None:
        self.visited.append(url)
        self.tasks.append(asyncio.ensure_future(self._follow(url)))

    async def _follow(self, url: str) -> None:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=self.fake.app)) as page:
            answer = await page.get(url)
        assert answer.status_code == 302, answer.text
        location = answer.headers["location"]
        if self.tamper:
            parts = urlsplit(location)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()} | self.tamper
            location = parts._replace(query=httpx.QueryParams(query).__str__()).geturl()
        async with httpx.AsyncClient(trust_env=False) as real:
            self.answer = await real.get(location)
        self.followed.set()
