"""The official Stream Chat JS SDK (npm ``stream-chat``) judges the IBM Video fake's Stream Chat.

The fake serves on a real loopback socket; IBM's half hands out the Stream address, key and user
token (as the app gets them), then the SDK connects its websocket, watches the channel and
moderates it the way any Stream client does. What the SDK sees is checked against the fake.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from moderator.fakes.ibmvideo import IbmVideoFake
from moderator.fakes.ibmvideo.common import CLIENT_ID, CLIENT_SECRET
from moderator.fakes.server import FakeServer
from tests.sdk.node import Sdk, node_or_skip

CHANNEL = "23456001"


@dataclass(frozen=True)
class Chat:
    """What IBM's ``chat.json`` hands a Stream client."""

    base_url: str
    api_key: str
    channel_type: str
    channel_id: str
    user_id: str
    token: str

    @property
    def cid(self) -> str:
        return f"{self.channel_type}:{self.channel_id}"


def ibm_chat_init(url: str) -> Chat:
    """IBM's half, as the docs have it: a client-credentials token, then the chat handoff."""
    with httpx.Client(base_url=url, timeout=10) as ibm:
        granted = ibm.post(
            "/oauth2/token",
            data={"grant_type": "client_credentials", "client_id": CLIENT_ID},
            auth=(CLIENT_ID, CLIENT_SECRET),
        )
        granted.raise_for_status()
        access = granted.json()["access_token"]
        answer = ibm.get(
            f"/channels/{CHANNEL}/chat.json", headers={"Authorization": f"Bearer {access}"}
        )
        answer.raise_for_status()
    data, user = answer.json()["chat"]["stream_data"], answer.json()["chat"]["user"]
    return Chat(
        base_url=data["api_base_url"],
        api_key=data["api_key"],
        channel_type=data["channel_type"],
        channel_id=data["channel_id"],
        user_id=user["id"],
        token=user["token"],
    )


@pytest.fixture
def node() -> str:
    return node_or_skip()


@pytest.fixture
def served() -> Iterator[tuple[IbmVideoFake, str]]:
    fake = IbmVideoFake(seed=11)
    fake.add_chatter(8)
    server = FakeServer([fake], rate=0)
    urls = server.start()
    try:
        yield fake, urls[fake.name]
    finally:
        server.stop()


@pytest.fixture
def chat(served: tuple[IbmVideoFake, str]) -> Chat:
    return ibm_chat_init(served[1])


@pytest.fixture
async def sdk(node: str, chat: Chat) -> AsyncIterator[Sdk]:
    driver = await Sdk.start(node)
    try:
        yield driver
    finally:
        await driver.close()


async def connected(sdk: Sdk, chat: Chat) -> dict[str, Any]:
    """connectUser, then channel.watch(): the state the SDK holds after watching."""
    await sdk.call(
        "connect",
        api_key=chat.api_key,
        base_url=chat.base_url,
        user_id=chat.user_id,
        token=chat.token,
    )
    return await sdk.call("watch", type=chat.channel_type, id=chat.channel_id)


def ids(fake: IbmVideoFake) -> list[str]:
    return fake.message_ids(CHANNEL)


async def test_connect_user_resolves_on_the_first_health_check(
    served: tuple[IbmVideoFake, str], sdk: Sdk, chat: Chat
) -> None:
    fake, _ = served
    answer = await sdk.call(
        "connect",
        api_key=chat.api_key,
        base_url=chat.base_url,
        user_id=chat.user_id,
        token=chat.token,
    )
    assert answer["health_type"] == "health.check"
    assert answer["me"] == chat.user_id
    assert answer["connection_id"] in fake.hub.connection_ids()


async def test_watch_registers_the_sdk_connection_and_loads_the_channel(
    served: tuple[IbmVideoFake, str], sdk: Sdk, chat: Chat
) -> None:
    fake, _ = served
    state = await connected(sdk, chat)
    assert state["cid"] == chat.cid
    assert [m["id"] for m in state["messages"]] == ids(fake)
    assert fake.hub.watchers(chat.cid) == fake.hub.connection_ids()
    assert state["name"] == fake.channels[CHANNEL].title
    assert state["read_events"] is True


async def test_own_messages_and_viewers_messages_arrive_as_message_new(
    served: tuple[IbmVideoFake, str], sdk: Sdk, chat: Chat
) -> None:
    fake, _ = served
    await connected(sdk, chat)
    sent = await sdk.call("send", text="Hello from the official SDK 👋")
    assert sent["user_id"] == chat.user_id
    assert ids(fake)[-1] == sent["id"]
    assert fake.texts(CHANNEL)[-1] == "Hello from the official SDK 👋"
    mine = (await sdk.call("wait_event", type="message.new", message_id=sent["id"]))["event"]
    assert (mine["cid"], mine["text"], mine["user_id"]) == (chat.cid, sent["text"], chat.user_id)

    fake.add_chatter(1)  # a viewer speaks: the SDK counts it unread, its own message not
    theirs = ids(fake)[-1]
    event = (await sdk.call("wait_event", type="message.new", message_id=theirs))["event"]
    assert event["user_id"] != chat.user_id
    state = await sdk.call("state")
    assert [m["id"] for m in state["messages"]][-2:] == [sent["id"], theirs]
    assert state["unread"] == 1
