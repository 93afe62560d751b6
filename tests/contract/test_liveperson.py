"""LivePerson client against its fake: cursors per chat, quirks, sessions, errors, a real socket."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest
from pydantic import SecretStr, ValidationError

from moderator.core.models import Badge, ChatMessage, MessageKind
from moderator.core.provider import Capability
from moderator.errors import (
    InvalidRequest,
    NotFound,
    ProviderUnavailable,
    RateLimited,
    SignedOut,
)
from moderator.fakelink import connections
from moderator.fakes.liveperson import LivePersonFake
from moderator.fakes.liveperson.agents import PASSWORD
from moderator.fakes.server import FakeServer
from moderator.providers.liveperson import LivePersonClient, LivePersonConnection
from moderator.providers.liveperson.schema import RETRY_5XX_SCHEDULE


@pytest.fixture
def fake() -> LivePersonFake:
    # two chats, three visitor lines each (add_chatter could ring a third)
    service = LivePersonFake(seed=3, ringing=2)
    for chat in list(service.chats.values()):
        for _ in range(3):
            service.say(chat, service.chatter.line())
    return service


@pytest.fixture
async def client(fake: LivePersonFake) -> AsyncIterator[LivePersonClient]:
    settings = connections(fake, "http://lp.test")[0]
    lp = LivePersonClient(settings, httpx.ASGITransport(app=fake.app))
    try:
        yield lp
    finally:
        await lp.aclose()


def visitor_lines(messages: list[ChatMessage]) -> list[ChatMessage]:
    return [m for m in messages if Badge.VISITOR in m.author.badges]


async def test_first_fetch_accepts_ringing_chats_and_tracks_each_chat(
    client: LivePersonClient, fake: LivePersonFake
) -> None:
    page = await client.fetch(None)
    positions = json.loads(page.cursor or "")
    assert set(positions) == set(fake.chats)
    assert all(chat.agent == "agent.nick" for chat in fake.chats.values())
    assert positions == {key: chat.last_id for key, chat in fake.chats.items()}
    assert not page.more
    assert not page.ended
    assert page.rejected == 0
    assert fake.polls[0]["fromEventIds"] == "-1,-1"
    assert fake.polls[0]["v"] == "1"
    assert fake.polls[0]["NC"] == "true"
    # every line but the empty system line, each labelled with its chat's visitor
    assert {m.text for m in page.messages} == set(fake.texts(client.stream.stream_id)) - {""}
    for message in page.messages:
        assert message.thread in fake.chats
        assert message.id.startswith(f"{message.thread}:")
    for message in visitor_lines(page.messages):
        chat = fake.chats[message.thread]
        assert message.thread_label in (chat.visitor_name, f"Visitor {chat.key[-6:]}")


async def test_next_fetch_asks_from_the_last_event_of_each_chat(
    client: LivePersonClient, fake: LivePersonFake
) -> None:
    first = await client.fetch(None)
    positions = json.loads(first.cursor or "")
    fake.add_chatter(10)
    second = await client.fetch(first.cursor)
    keys = fake.polls[1]["chatSessionKeys"].split(",")
    sent = dict(zip(keys, map(int, fake.polls[1]["fromEventIds"].split(",")), strict=True))
    assert all(sent[key] == last for key, last in positions.items())
    assert {m.id for m in first.messages}.isdisjoint(m.id for m in second.messages)


async def test_system_agent_and_visitor_lines_are_told_apart(
    client: LivePersonClient, fake: LivePersonFake
) -> None:
    page = await client.fetch(None)
    await client.send("Hello, how can I help? 🙂")
    after = await client.fetch(page.cursor)
    (agent,) = after.messages
    assert agent.author.badges == {Badge.AGENT}
    assert agent.author.name == "Agent Nick"
    system = [m for m in page.messages if m.kind is MessageKind.SYSTEM]
    assert "You are now chatting with Agent Nick." in {m.text for m in system}
    assert all(m.author.badges == {Badge.SYSTEM} and m.text for m in system)
    assert visitor_lines(page.messages)


async def test_one_chat_and_at_sign_attributes_are_read_alike(fake: LivePersonFake) -> None:
    single = LivePersonFake(seed=5, ringing=1)
    single.multichat_attrs = True  # "@id"/"@type"/"@href" and a bare object for the one chat
    single.say(next(iter(single.chats.values())), "only me here")
    settings = connections(single, "http://lp.test")[0]
    lp = LivePersonClient(settings, httpx.ASGITransport(app=single.app))
    try:
        page = await lp.fetch(None)
    finally:
        await lp.aclose()
    assert page.rejected == 0
    assert "only me here" in [m.text for m in page.messages]


async def test_an_ended_chat_leaves_the_cursor_and_is_not_polled(
    client: LivePersonClient, fake: LivePersonFake
) -> None:
    page = await client.fetch(None)
    gone, stays = sorted(fake.chats)
    fake.visitor_leaves(gone)
    page = await client.fetch(page.cursor)
    assert "The visitor has closed the chat." in [m.text for m in page.messages]
    assert set(json.loads(page.cursor or "")) == {stays}
    await client.fetch(page.cursor)
    assert fake.polls[-1]["chatSessionKeys"] == stays


async def test_end_chat_ends_it_on_the_platform(
    client: LivePersonClient, fake: LivePersonFake
) -> None:
    page = await client.fetch(None)
    target = visitor_lines(page.messages)[0].thread
    await client.end_chat(target)
    assert fake.chats[target].state == "ended"
    page = await client.fetch(page.cursor)
    assert target not in json.loads(page.cursor or "")
    assert target not in client.open_chats
    with pytest.raises(InvalidRequest, match="refused"):
        await client.send_to(target, "are you there?")


async def test_send_goes_to_the_most_recently_active_chat(
    client: LivePersonClient, fake: LivePersonFake
) -> None:
    with pytest.raises(InvalidRequest, match="No LivePerson chat is open"):
        await client.send("nobody to talk to yet")
    page = await client.fetch(None)
    quiet, busy = sorted(fake.chats)
    fake.say(fake.chats[busy], "anyone?")
    await client.fetch(page.cursor)
    await client.send("Yes, I am here.")
    assert fake.chats[busy].events[-1]["text"] == "Yes, I am here."
    await client.send_to(quiet, "And hello to you.")
    assert fake.chats[quiet].events[-1]["source"] == "agent"
    with pytest.raises(NotFound):
        await client.send_to("H0-0K0", "to a chat that does not exist")


async def test_an_expired_session_signs_in_again_and_loses_nothing(
    client: LivePersonClient, fake: LivePersonFake
) -> None:
    page = await client.fetch(None)
    fake.expire_bearers()
    fake.add_chatter(8)
    again = await client.fetch(page.cursor)
    shown = set(fake.texts(client.stream.stream_id)) - {""}
    assert shown == {m.text for m in page.messages + again.messages}


async def test_a_changed_password_signs_out_without_leaking_it(
    client: LivePersonClient, fake: LivePersonFake
) -> None:
    page = await client.fetch(None)
    fake.expire_bearers()
    fake.password = "changed"
    with pytest.raises(SignedOut, match="user name or password") as caught:
        await client.fetch(page.cursor)
    assert PASSWORD not in caught.value.sentence()
    assert "Invalid username or password" in caught.value.detail


async def test_the_session_is_refreshed_when_due(
    client: LivePersonClient, fake: LivePersonFake
) -> None:
    now = [1000.0]
    client.clock = fake.clock = lambda: now[0]
    fake.idle_timeout = 300.0
    page = await client.fetch(None)
    for _ in range(3):
        now[0] += 250.0  # past the 240 s refresh interval, inside the 300 s idle timeout
        page = await client.fetch(page.cursor)
    assert fake.refreshes == 3
    assert len(fake.polls) == 4  # never needed a new login to get there


async def test_errors_become_typed_errors_with_the_platform_words(
    client: LivePersonClient, fake: LivePersonFake
) -> None:
    await client.connect()
    cursor = (await client.fetch(None)).cursor
    # twice: a failed look at ringing chats alone does not fail a fetch, the chat poll does
    fake.fail_next(429, times=2, retry_after="0")
    with pytest.raises(RateLimited) as limited:
        await client.fetch(cursor)
    assert limited.value.retry_after >= 1.0
    fake.fail_next(503, times=2)
    with pytest.raises(ProviderUnavailable) as down:
        await client.fetch(cursor)
    assert down.value.transient
    assert "Injected failure" in down.value.sentence()
    assert RETRY_5XX_SCHEDULE == (5.0, 10.0, 15.0)


def test_polling_is_never_faster_than_two_seconds(fake: LivePersonFake) -> None:
    settings = connections(fake, "http://lp.test")[0]
    with pytest.raises(ValidationError):
        LivePersonConnection(**{**settings.model_dump(), "poll_interval": 1.0})
    hand_built = LivePersonConnection.model_construct(
        base_url="http://lp.test",
        account_id="1",
        username="a",
        password=SecretStr("p"),
        poll_interval=0.5,
        refresh_interval=240.0,
        label="",
    )
    assert LivePersonClient(hand_built).poll_interval == 2.0


def test_capabilities_and_reasons(client: LivePersonClient) -> None:
    assert client.capabilities == Capability.SEND | Capability.END_CHAT
    reason = client.unsupported_reason(Capability.DELETE)
    assert reason == "The legacy Chat Agent API cannot delete a visitor's line."
    for missing in (Capability.BAN, Capability.FLAG, Capability.REALTIME, Capability.MARK_READ):
        assert client.unsupported_reason(missing)


async def test_over_a_real_socket(fake: LivePersonFake) -> None:
    server = FakeServer([fake], rate=0)
    urls = server.start()
    try:
        lp = LivePersonClient(connections(fake, urls["liveperson"])[0])
        try:
            info = await lp.connect()
            page = await lp.fetch(None)
        finally:
            await lp.aclose()
    finally:
        server.stop()
    assert info.ref.stream_id == "56072331/agent.nick"
    assert visitor_lines(page.messages)
