"""A real StreamSession with the real PRISM client against hostile servers on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from moderator.core.events import (
    MessagesArrived,
    MessagesRejected,
    ProviderEvent,
    SessionStatus,
    StatusChanged,
)
from moderator.core.session import StreamSession
from moderator.providers.prism.schema import API
from tests.hostile.server import Script, answer, endless, routes, serve, trickle
from tests.hostile.test_limits import prism

LIVE = json.dumps(
    {"success": True, "data": {"live": {"liveId": "42", "title": "t", "status": "ON_AIR"}}}
).encode()


def page(messages: list[dict[str, Any]], token: str) -> dict[str, Any]:
    return {"success": True, "data": {"messages": messages, "nextPageToken": token}}


def message(n: int, text: str = "") -> dict[str, Any]:
    return {
        "messageId": f"m{n}",
        "authorId": "a",
        "authorName": "Ann",
        "message": text or f"hello {n}",
        "messageAt": "2026-01-01T00:00:00Z",
    }


class Watch:
    """Collects a session's events and waits until one of them matches."""

    def __init__(self) -> None:
        self.events: list[ProviderEvent] = []
        self._changed = asyncio.Event()

    def __call__(self, event: ProviderEvent) -> None:
        self.events.append(event)
        self._changed.set()

    async def until(self, check: Callable[[ProviderEvent], bool], within: float = 20.0) -> Any:
        async with asyncio.timeout(within):
            while True:
                for event in self.events:
                    if check(event):
                        return event
                self._changed.clear()
                await self._changed.wait()


async def no_sleep(seconds: float) -> None:
    await asyncio.sleep(0.01)


@asynccontextmanager
async def session_against(chat: Script, timeout: float = 5.0) -> AsyncIterator[Watch]:
    script = routes({f"GET {API}/live/42": answer(200, LIVE), f"POST {API}/live/42/chat": chat})
    watch = Watch()
    async with serve(script) as server:
        client = prism(server.base_url, timeout=timeout)
        session = StreamSession(client, watch, sleep=no_sleep)
        session.start()
        try:
            yield watch
        finally:
            await session.stop()
            await client.aclose()


def status(kind: SessionStatus, words: str) -> Callable[[ProviderEvent], bool]:
    def check(event: ProviderEvent) -> bool:
        return isinstance(event, StatusChanged) and event.status is kind and words in event.detail

    return check


async def test_a_trickled_page_is_retried_with_a_sentence_not_live_forever() -> None:
    async with session_against(trickle(0.2), timeout=0.5) as watch:
        await watch.until(status(SessionStatus.RETRYING, "did not answer in time"))


async def test_an_endless_page_is_retried_with_a_sentence() -> None:
    async with session_against(endless()) as watch:
        await watch.until(status(SessionStatus.RETRYING, "larger than 8 MB"))


async def test_a_huge_retry_after_shows_at_most_fifteen_minutes() -> None:
    async with session_against(answer(429, b"{}", {"Retry-After": "1e400"})) as watch:
        event = await watch.until(status(SessionStatus.RATE_LIMITED, "slow down"))
    assert event.retry_in == 900.0
    assert "900 s" in event.detail


async def test_a_proxy_page_with_a_token_shows_no_token() -> None:
    html = (
        b"<html><body>bad gateway for /x?refresh_token=abcd1234efgh&access=zz99yy88</body></html>"
    )
    async with session_against(answer(502, html, {"Content-Type": "text/html"})) as watch:
        event = await watch.until(status(SessionStatus.RETRYING, "HTTP 502"))
    assert "abcd1234efgh" not in event.detail
    assert "zz99yy88" not in event.detail


async def test_a_page_with_one_deep_message_moves_on_and_counts_it() -> None:
    body = json.dumps(page([message(1), message(2, "MARK"), message(3)], "next")).encode()
    body = body.replace(b'"MARK"', b"[" * 100_000 + b"]" * 100_000)
    then = json.dumps(page([message(4)], "later")).encode()
    calls = 0

    async def chat(request: Any, writer: asyncio.StreamWriter) -> None:
        nonlocal calls
        calls += 1
        token = (request.json() or {}).get("pageToken")
        await answer(200, then if token == "next" else body)(request, writer)

    async with session_against(chat) as watch:
        rejected = await watch.until(lambda e: isinstance(e, MessagesRejected))
        await watch.until(lambda e: isinstance(e, MessagesArrived) and e.messages[0].id == "m4")
    arrived = [m.id for e in watch.events if isinstance(e, MessagesArrived) for m in e.messages]
    assert arrived[:3] == ["m1", "m3", "m4"]
    assert rejected.count == 1


async def test_a_page_whose_list_is_unreadable_is_counted_and_the_stream_moves_on() -> None:
    broken = {
        "success": True,
        "data": {"liveId": {"x": 1}, "messages": "??", "nextPageToken": "n2"},
    }
    after = page([message(9)], "n3")

    async def chat(request: Any, writer: asyncio.StreamWriter) -> None:
        token = (request.json() or {}).get("pageToken")
        body = after if token == "n2" else broken
        await answer(200, json.dumps(body).encode())(request, writer)

    async with session_against(chat) as watch:
        rejected = await watch.until(lambda e: isinstance(e, MessagesRejected))
        await watch.until(lambda e: isinstance(e, MessagesArrived) and e.messages[0].id == "m9")
    assert rejected.count == 1


async def test_a_page_with_an_odd_envelope_field_still_gives_its_messages() -> None:
    odd = page([message(1), message(2)], "n2")
    odd["data"]["liveId"] = {"unexpected": "object"}

    async def chat(request: Any, writer: asyncio.StreamWriter) -> None:
        await answer(200, json.dumps(odd).encode())(request, writer)

    async with session_against(chat) as watch:
        arrived = await watch.until(lambda e: isinstance(e, MessagesArrived))
    assert [m.id for m in arrived.messages] == ["m1", "m2"]
    assert not any(isinstance(e, MessagesRejected) for e in watch.events)
