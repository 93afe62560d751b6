"""Arbitrary JSON through every provider's read path: a Page or a ProviderError, nothing else.

The client is real and signed in against its fake; only the answer to its chat read is
replaced, so the answer goes through the same envelope, schema and convert code as a page.
Half the examples are random JSON, half the fake's real page with keys renamed, dropped and
values swapped for random ones (what a platform's silent schema change looks like).
"""

from __future__ import annotations

import asyncio
import json
import random
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from starlette.types import Message, Receive, Scope, Send

from moderator.core.provider import ChatProvider, Page
from moderator.errors import ProviderError
from moderator.fakelink import connections
from moderator.fakes.base import FakeService
from moderator.fakes.faults import drift
from moderator.fakes.registry import FAKES
from moderator.providers import create_provider
from moderator.providers.wire import MAX_TEXT

BASE = "http://fuzz.test"
#: (method, path ending) of each provider's chat read
READS = {
    "prism": ("POST", "/chat"),
    "allmine": ("GET", "/chat/messages"),
    "ibmvideo": ("POST", "/query"),
    "brilliant": ("GET", "/chat_message_items/get"),
    "liveperson": ("GET", "/chat"),
}

leaves = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
    | st.sampled_from(["", "0", "1", "2026-01-01T00:00:00Z", "20260101120000", "<b>x</b>"])
)
json_values = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=25,
)


class Replacing:
    """The fake, except that its chat reads answer ``body``."""

    def __init__(self, fake: FakeService, name: str) -> None:
        self.fake = fake
        self.method, self.ending = READS[name]
        self.body: bytes | None = None
        self.real: bytes = b""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        is_read = scope["type"] == "http" and scope["method"] == self.method
        if not (is_read and scope["path"].endswith(self.ending)):
            await self.fake.app(scope, receive, send)
            return
        if self.body is None:
            await self.fake.app(scope, receive, self._keep(send))
            return
        headers = [(b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": self.body})

    def _keep(self, send: Send) -> Send:
        async def keep(message: Message) -> None:
            if message["type"] == "http.response.start":
                self.real = b""  # a fetch may read several pages: keep the last
            if message["type"] == "http.response.body":
                self.real += message.get("body", b"")
            await send(message)

        return keep


async def connected(name: str) -> tuple[ChatProvider, Replacing]:
    fake = FAKES[name](seed=5)
    fake.add_chatter(8)
    app = Replacing(fake, name)
    provider = create_provider(connections(fake, BASE)[0], httpx.ASGITransport(app=app))
    await provider.connect()
    await provider.fetch(None)  # a real page, kept as the seed of the mutations
    return provider, app


def mutated(real: bytes, seed: int, swaps: list[Any]) -> Any:
    data = json.loads(real)
    rng = random.Random(seed)
    for _ in range(rng.randrange(1, 6)):
        data = drift(data, rng)
    for value in swaps:
        _swap_leaf(data, value, rng)
    return data


def _swap_leaf(data: Any, value: Any, rng: random.Random) -> None:
    node = data
    for _ in range(8):
        children = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        if not children:
            return
        key, child = rng.choice(children)
        if not isinstance(child, dict | list) or rng.random() < 0.3:
            node[key] = value
            return
        node = child


async def read_with(provider: ChatProvider, app: Replacing, body: bytes) -> None:
    app.body = body
    try:
        page = await provider.fetch(None)
    except ProviderError:
        return
    assert isinstance(page, Page)
    assert all(isinstance(m.id, str) and m.id for m in page.messages)


@pytest.mark.parametrize("name", sorted(FAKES))
def test_any_json_is_a_page_or_a_provider_error(name: str) -> None:
    loop = asyncio.new_event_loop()
    provider, app = loop.run_until_complete(connected(name))
    real = app.real

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        random_json=json_values,
        seed=st.integers(0, 2**32),
        swaps=st.lists(json_values, max_size=3),
        use_real=st.booleans(),
    )
    def check(random_json: Any, seed: int, swaps: list[Any], use_real: bool) -> None:
        data = mutated(real, seed, swaps) if use_real else random_json
        body = json.dumps(data, ensure_ascii=False).encode()
        loop.run_until_complete(read_with(provider, app, body))

    try:
        check()
    finally:
        loop.run_until_complete(provider.aclose())
        loop.close()


#: byte-level hostility no JSON value can hold: each replaces one leaf of a real page
HOSTILE = st.sampled_from(
    [
        b"[" * 20_000 + b"]" * 20_000,  # past the interpreter's recursion limit
        b"-" + b"9" * 20_000,  # past the int conversion limit
        b'"\xff\xfe\xc3"',  # not UTF-8
        rb'"\ud800 half a pair"',
        b'"' + b"x" * 50_000 + b'"',  # a giant text
        b"1e400",
        b'{"a":' * 2_000 + b"1" + b"}" * 2_000,
    ]
)
MARK = "\u2603FUZZ\u2603"


@pytest.mark.parametrize("name", sorted(FAKES))
def test_hostile_bytes_in_a_real_page_are_a_page_or_a_provider_error(name: str) -> None:
    loop = asyncio.new_event_loop()
    provider, app = loop.run_until_complete(connected(name))
    real = app.real

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(seed=st.integers(0, 2**32), hostile=HOSTILE)
    def check(seed: int, hostile: bytes) -> None:
        data = json.loads(real)
        _swap_leaf(data, MARK, random.Random(seed))
        body = json.dumps(data, ensure_ascii=False).encode()
        body = body.replace(json.dumps(MARK, ensure_ascii=False).encode(), hostile)
        loop.run_until_complete(read_hostile(provider, app, body))

    try:
        check()
    finally:
        loop.run_until_complete(provider.aclose())
        loop.close()


async def read_hostile(provider: ChatProvider, app: Replacing, body: bytes) -> None:
    app.body = body
    try:
        page = await provider.fetch(None)
    except ProviderError:
        return
    assert isinstance(page, Page)
    for message in page.messages:
        assert message.id
        assert len(message.text) <= MAX_TEXT + 100
        message.text.encode("utf-8")  # storable and showable
        message.author.name.encode("utf-8")
