"""The Allmine client against its fake, through real httpx transports (nothing patched)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest

from moderator.core.provider import Capability, Page
from moderator.errors import (
    ActionUnsupported,
    InvalidRequest,
    MalformedPayload,
    NotFound,
    PermissionDenied,
    ProviderError,
    SignedOut,
)
from moderator.fakelink import connections
from moderator.fakes.allmine import DEMO_CODE, DEMO_EMAIL, AllmineFake
from moderator.fakes.allmine.people import iso
from moderator.fakes.server import FakeServer
from moderator.providers.allmine import (
    AllmineClient,
    connection_from_tokens,
    request_otp,
    verify_otp,
)
from moderator.providers.allmine.auth import unwrap

BASE = "http://fake.test"


class ChattyTransport(httpx.AsyncBaseTransport):
    """Reaches the fake, and lets ``between`` viewers speak after every chat page it serves."""

    def __init__(self, fake: AllmineFake, stream_id: str) -> None:
        self._inner = httpx.ASGITransport(app=fake.app)
        self._fake = fake
        self._stream = fake.streams[stream_id]
        self.between = 0
        self.said = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        if request.method == "GET":
            for _ in range(self.between):
                self.said += 1
                self._fake.post(self._stream, self._fake.chatter.speaker(), f"mid-walk {self.said}")
        return response


def client_for(
    fake: AllmineFake, transport: httpx.AsyncBaseTransport | None = None, **changes: Any
) -> AllmineClient:
    settings = connections(fake, BASE)[0].model_copy(update=changes)
    return AllmineClient(settings, transport or httpx.ASGITransport(app=fake.app))


@pytest.fixture
def fake() -> AllmineFake:
    return AllmineFake(seed=11, streams=1)


@pytest.fixture
async def client(fake: AllmineFake) -> AsyncIterator[AllmineClient]:
    fake.add_chatter(10)
    provider = client_for(fake)
    try:
        yield provider
    finally:
        await provider.aclose()


def stream_of(fake: AllmineFake) -> str:
    return next(iter(fake.streams))


# -- paging ------------------------------------------------------------------------------------


@pytest.mark.parametrize("newest_first", [True, False])
async def test_chatter_between_page_reads_skips_nothing_and_repeats_nothing(
    fake: AllmineFake, newest_first: bool
) -> None:
    fake.newest_first = newest_first
    sid = stream_of(fake)
    fake.add_chatter(12)
    transport = ChattyTransport(fake, sid)
    client = client_for(fake, transport, page_size=5)
    client.pages_per_fetch = 2  # walks run over several fetches, carried by the cursor
    first = await client.fetch(None)
    start = len(fake.texts(sid)) - len(first.messages)
    fake.add_chatter(23)
    pages: list[Page] = [first]
    transport.between = 3
    for _ in range(12):
        pages.append(await client.fetch(pages[-1].cursor))
    transport.between = 0
    for _ in range(12):  # the chat calms down; what came meanwhile arrives
        pages.append(await client.fetch(pages[-1].cursor))
    await client.aclose()
    received = [m for p in pages for m in p.messages]
    ids = [m.id for m in received]
    assert transport.said > 30
    assert len(ids) == len(set(ids)), "a message came twice"
    assert sorted(m.text for m in received) == sorted(fake.texts(sid)[start:]), "one was skipped"
    for page in pages:
        assert page.messages == sorted(page.messages, key=lambda m: (m.sent_at, m.id))


async def test_first_read_of_an_oldest_first_chat_is_its_newest_page(fake: AllmineFake) -> None:
    fake.newest_first = False
    fake.add_chatter(12)
    client = client_for(fake, page_size=5)
    page = await client.fetch(None)
    await client.aclose()
    assert [m.text for m in page.messages] == fake.texts(stream_of(fake))[10:]


async def test_a_forced_order_is_honoured(fake: AllmineFake) -> None:
    fake.newest_first = False
    fake.add_chatter(3)
    client = client_for(fake, page_size=5, page_order="oldest_first")
    page = await client.fetch(None)
    fake.add_chatter(4)
    later = await client.fetch(page.cursor)
    await client.aclose()
    assert [m.text for m in page.messages + later.messages] == fake.texts(stream_of(fake))


async def test_an_unreadable_message_is_counted_once_and_passed(
    client: AllmineClient, fake: AllmineFake
) -> None:
    first = await client.fetch(None)
    stream = fake.streams[stream_of(fake)]
    stream.messages.append({"_id": "64d15f9e2e6c8f4d5a12beef", "createdAt": iso(fake.now())})
    fake.add_chatter(2)
    second = await client.fetch(first.cursor)
    third = await client.fetch(second.cursor)
    assert (second.rejected, len(second.messages)) == (1, 2)
    assert (third.rejected, third.messages) == (0, [])


async def test_ids_are_strings_and_authors_are_named(client: AllmineClient) -> None:
    page = await client.fetch(None)
    assert len(page.messages) == 10
    for message in page.messages:
        assert isinstance(message.id, str)
        assert len(message.id) == 24
        assert message.author.name
        assert message.sent_at.tzinfo is not None


# -- errors --------------------------------------------------------------------------------------


async def test_a_missing_stream_is_not_found_with_the_platform_words(fake: AllmineFake) -> None:
    client = client_for(fake, live_stream_id="64d15f9e2e6c8f4d5a12ffff")
    with pytest.raises(NotFound) as caught:
        await client.connect()
    await client.aclose()
    assert caught.value.detail == "Resource not found"
    assert "Allmine" in caught.value.sentence()


async def test_a_malformed_stream_id_is_a_validation_error(fake: AllmineFake) -> None:
    client = client_for(fake, live_stream_id="12345")
    with pytest.raises(InvalidRequest) as caught:
        await client.fetch(None)
    await client.aclose()
    assert caught.value.detail == "Validation failed"


async def test_send_round_trip_returns_the_message(
    client: AllmineClient, fake: AllmineFake
) -> None:
    sent = await client.send("Merhaba 🙌")
    assert sent is not None
    assert (sent.text, len(sent.id)) == ("Merhaba 🙌", 24)
    assert sent.author.name == "You Moderator"
    assert fake.message_facts(stream_of(fake), sent.id).exists


async def test_send_errors_are_typed_with_a_sentence(
    client: AllmineClient, fake: AllmineFake
) -> None:
    with pytest.raises(InvalidRequest):
        await client.send("   ")
    with pytest.raises(InvalidRequest) as too_long:
        await client.send("x" * 1001)
    assert too_long.value.detail == "Validation failed"
    stream = fake.streams[stream_of(fake)]
    stream.muted = True
    with pytest.raises(PermissionDenied) as muted:
        await client.send("hi")
    assert muted.value.detail == "Insufficient permissions"
    stream.muted, stream.live = False, False
    with pytest.raises(InvalidRequest) as ended:
        await client.send("hi")
    assert "current state" in ended.value.sentence()


@pytest.mark.parametrize(
    "call",
    [
        lambda c, m: c.delete(m),
        lambda c, m: c.delete(m, hard=True),
        lambda c, m: c.set_read(m),
        lambda c, m: c.ban(m.author),
        lambda c, m: c.ban(m.author, duration=timedelta(minutes=5)),
        lambda c, m: c.unban(m.author),
        lambda c, m: c.flag(m),
        lambda c, m: c.end_chat("x"),
    ],
)
async def test_every_missing_action_says_allmine_has_no_endpoint(
    client: AllmineClient, call: Any
) -> None:
    message = (await client.fetch(None)).messages[0]
    with pytest.raises(ActionUnsupported) as caught:
        await call(client, message)
    assert caught.value.reason.startswith("Allmine has no")


async def test_capabilities_are_send_only(client: AllmineClient) -> None:
    assert client.capabilities == Capability.SEND
    assert "block" in (client.unsupported_reason(Capability.BAN) or "")
    with pytest.raises(ActionUnsupported):
        async for _ in client.listen():
            pass


def test_unwrap_only_when_is_success_is_present() -> None:
    bare = {"messages": [], "page": 1}
    assert unwrap(bare) is bare
    assert unwrap({"isSuccess": True, "data": {"a": 1}}) == {"a": 1}
    with pytest.raises(ProviderError) as caught:
        unwrap({"isSuccess": False, "statusCode": 409, "errors": ["Nope"], "data": None})
    assert caught.value.detail == "Nope"


async def test_an_answer_that_is_not_json_is_malformed(fake: AllmineFake) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text="<html>"))
    client = client_for(fake, transport)
    with pytest.raises(MalformedPayload):
        await client.fetch(None)
    await client.aclose()


# -- sign-in -----------------------------------------------------------------------------------


async def test_an_expired_token_is_refreshed_once_for_concurrent_requests(
    client: AllmineClient, fake: AllmineFake
) -> None:
    renewed: list[tuple[str, str]] = []
    client.on_tokens = lambda access, refresh: renewed.append((access, refresh))
    fake.expire_tokens()
    page, sent = await asyncio.gather(client.fetch(None), client.send("after an hour"))
    assert len(page.messages) >= 10
    assert sent is not None
    assert len(renewed) == 1
    fake.expire_tokens()
    await client.fetch(page.cursor)  # the rotated refresh token works as well
    assert len(renewed) == 2


async def test_a_revoked_sign_in_ends_signed_out_without_leaking_tokens(
    client: AllmineClient, fake: AllmineFake
) -> None:
    token = connections(fake, BASE)[0].access_token.get_secret_value()
    fake.revoke_all()
    with pytest.raises(SignedOut) as caught:
        await client.fetch(None)
    assert token not in caught.value.sentence()
    assert "Sign in again" in str(caught.value)


async def test_no_refresh_token_means_signed_out(fake: AllmineFake) -> None:
    client = client_for(fake, refresh_token=None)
    fake.expire_tokens()
    with pytest.raises(SignedOut):
        await client.fetch(None)
    await client.aclose()


async def test_otp_sign_in_gives_a_working_connection(fake: AllmineFake) -> None:
    transport = httpx.ASGITransport(app=fake.app)
    await request_otp(BASE, DEMO_EMAIL, transport=transport)
    with pytest.raises(InvalidRequest) as wrong:
        await verify_otp(BASE, DEMO_EMAIL, "000000", transport=transport)
    assert wrong.value.detail == "Authentication required"
    tokens = await verify_otp(BASE, DEMO_EMAIL, f" {DEMO_CODE} ", transport=transport)
    assert (tokens.expiresIn, tokens.user and tokens.user.email) == (3600, DEMO_EMAIL)
    settings = connection_from_tokens(BASE, stream_of(fake), tokens)
    fake.add_chatter(2)
    client = AllmineClient(settings, transport)
    assert len((await client.fetch(None)).messages) == 2
    await client.aclose()


# -- over a real socket --------------------------------------------------------------------------


async def test_over_a_real_socket(fake: AllmineFake) -> None:
    fake.add_chatter(5)
    server = FakeServer([fake], rate=0)
    url = server.start()[fake.name]
    try:
        client = AllmineClient(connections(fake, url)[0])
        info = await client.connect()
        page = await client.fetch(None)
        sent = await client.send("over TCP ✓")
        later = await client.fetch(page.cursor)
        await client.aclose()
    finally:
        server.stop()
    assert info.ref.key == f"allmine:{stream_of(fake)}"
    assert len(page.messages) == 5
    assert sent is not None
    assert [m.id for m in later.messages] == [sent.id]
