"""IBM Video → Stream Chat against its fake, through httpx's ASGI transport (nothing patched)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
from pydantic import SecretStr

from moderator.core.models import ChatMessage
from moderator.core.provider import Capability
from moderator.errors import (
    ActionUnsupported,
    NotFound,
    PermissionDenied,
    ProviderUnavailable,
    RateLimited,
    SignedOut,
)
from moderator.fakelink import connections
from moderator.fakes.ibmvideo import IbmVideoFake
from moderator.providers.ibmvideo import IbmVideoClient, IbmVideoConnection

BASE = "http://fake.test"


@pytest.fixture
def fake() -> IbmVideoFake:
    service = IbmVideoFake(seed=3)
    service.add_chatter(10)
    return service


def settings(fake: IbmVideoFake, **changes: object) -> IbmVideoConnection:
    return connections(fake, BASE)[0].model_copy(update=changes)


@pytest.fixture
async def client(fake: IbmVideoFake) -> AsyncIterator[IbmVideoClient]:
    provider = IbmVideoClient(settings(fake), httpx.ASGITransport(app=fake.app))
    try:
        yield provider
    finally:
        await provider.aclose()


async def drain(client: IbmVideoClient, cursor: str | None) -> tuple[list[ChatMessage], str | None]:
    messages: list[ChatMessage] = []
    for _ in range(20):
        page = await client.fetch(cursor)
        messages += page.messages
        cursor = page.cursor
        if not page.more:
            break
    return messages, cursor


async def test_connect_reads_the_channel_name_and_hands_off_to_the_fake(
    client: IbmVideoClient,
) -> None:
    info = await client.connect()
    assert info.ref.title == "Think 2026 keynote 🎤"
    assert Capability.MARK_READ in client.capabilities


@pytest.mark.parametrize(
    ("knob", "error", "words"),
    [
        ("benefit", PermissionDenied, "Stream Chat benefit"),
        ("owned", PermissionDenied, "channel's owner"),
    ],
)
async def test_chat_json_errors_become_typed_sentences(
    fake: IbmVideoFake, client: IbmVideoClient, knob: str, error: type[Exception], words: str
) -> None:
    setattr(fake.channels[client.stream.stream_id], knob, False)
    with pytest.raises(error, match=words) as caught:
        await client.connect()
    assert caught.value.detail.startswith(("invalid_request", "lack_of_ownership"))  # type: ignore[attr-defined]


async def test_unknown_channel_is_not_found(fake: IbmVideoFake) -> None:
    provider = IbmVideoClient(settings(fake, channel_id="999"), httpx.ASGITransport(app=fake.app))
    with pytest.raises(NotFound, match="no such channel"):
        await provider.connect()
    await provider.aclose()


async def test_outage_is_unavailable(fake: IbmVideoFake, client: IbmVideoClient) -> None:
    fake.outage = True
    with pytest.raises(ProviderUnavailable):
        await client.connect()


async def test_wrong_secret_signs_out_without_leaking_it(fake: IbmVideoFake) -> None:
    provider = IbmVideoClient(
        settings(fake, client_secret=SecretStr("wrong-secret-123")),
        httpx.ASGITransport(app=fake.app),
    )
    with pytest.raises(SignedOut) as caught:
        await provider.connect()
    assert "wrong-secret-123" not in caught.value.sentence()
    await provider.aclose()


async def test_expired_tokens_on_both_layers_are_renewed(
    fake: IbmVideoFake, client: IbmVideoClient
) -> None:
    renewed: list[tuple[str, str]] = []
    client.on_tokens = lambda access, refresh: renewed.append((access, refresh))
    await client.connect()
    renewed.clear()  # the sign-in's own tokens
    _, cursor = await drain(client, None)
    fake.expire_ibm_tokens()
    fake.expire_chat_tokens()
    fake.add_chatter(4)
    page = await client.fetch(cursor)
    assert len(page.messages) == 2  # chatter alternates between the two channels
    # the app saves renewed tokens through the provider's hook, as for every platform
    assert len(renewed) == 1 and all(renewed[0])


async def test_a_revoked_client_ends_signed_out(fake: IbmVideoFake, client: IbmVideoClient) -> None:
    await client.connect()
    fake.revoke_client()
    fake.expire_chat_tokens()
    with pytest.raises(SignedOut):
        await client.fetch(None)


async def test_paging_forward_skips_nothing_and_repeats_nothing(
    fake: IbmVideoFake, client: IbmVideoClient
) -> None:
    await client.connect()
    first, cursor = await drain(client, None)
    fake.add_chatter(700)  # 350 in this channel: more than one page of 100
    page = await client.fetch(cursor)
    assert page.more
    rest, _ = await drain(client, page.cursor)
    ids = [m.id for m in first + page.messages + rest]
    assert len(ids) == len(set(ids))
    assert [m.text for m in first + page.messages + rest] == fake.texts(client.stream.stream_id)


async def test_soft_delete_and_read_come_back_as_updates(
    fake: IbmVideoFake, client: IbmVideoClient
) -> None:
    await client.connect()
    messages, cursor = await drain(client, None)
    target = messages[-2]
    await client.delete(target)
    await client.set_read(messages[-3])
    page = await client.fetch(cursor)
    assert page.messages == []
    changed = {m.id: m for m in page.updates}
    assert changed[target.id].is_deleted
    assert changed[messages[-3].id].is_read
    assert fake.message_facts(client.stream.stream_id, target.id).deleted


async def test_hard_deleting_the_newest_message_keeps_the_cursor_working(
    fake: IbmVideoFake, client: IbmVideoClient
) -> None:
    await client.connect()
    messages, cursor = await drain(client, None)
    for message in messages:  # every id the cursor knows is gone
        await client.delete(message, hard=True)
    fake.add_chatter(2)
    page = await client.fetch(cursor)
    assert [m.text for m in page.messages] == fake.texts(client.stream.stream_id)


async def test_read_events_off_drops_mark_read(fake: IbmVideoFake, client: IbmVideoClient) -> None:
    fake.channels[client.stream.stream_id].read_events = False
    await client.connect()
    assert Capability.MARK_READ not in client.capabilities
    assert "read events off" in (client.unsupported_reason(Capability.MARK_READ) or "")


async def test_mark_unread_is_refused_with_a_reason(client: IbmVideoClient) -> None:
    await client.connect()
    messages, _ = await drain(client, None)
    with pytest.raises(ActionUnsupported, match="read marker"):
        await client.set_read(messages[-1], False)


async def test_a_timeout_is_rounded_up_to_whole_minutes(
    fake: IbmVideoFake, client: IbmVideoClient
) -> None:
    await client.connect()
    messages, _ = await drain(client, None)
    author = messages[-1].author
    await client.ban(author, duration=timedelta(seconds=30), reason="calm down")
    assert fake.restriction(client.stream.stream_id, author.id) == "timeout"
    await client.unban(author)
    assert fake.restriction(client.stream.stream_id, author.id) is None


async def test_rate_limit_becomes_rate_limited(fake: IbmVideoFake, client: IbmVideoClient) -> None:
    await client.connect()
    fake.limiter.limit = 1
    with pytest.raises(RateLimited) as caught:
        await client.fetch(None)
    assert 0 <= caught.value.retry_after <= 60


async def test_send_returns_the_message(fake: IbmVideoFake, client: IbmVideoClient) -> None:
    await client.connect()
    sent = await client.send("hello ✓")
    assert sent is not None
    assert sent.author.id == "ibm-mod-you"
    assert fake.texts(client.stream.stream_id)[-1] == "hello ✓"
