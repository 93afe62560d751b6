"""The official Stream Chat JS SDK (npm ``stream-chat``) judges the IBM Video fake's Stream Chat.

The fake serves on a real loopback socket; IBM's half hands out the Stream address, key and user
token (as the app gets them), then the SDK connects its websocket, watches the channel and
moderates it the way any Stream client does. What the SDK sees is checked against the fake.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncGenerator
from typing import cast

from moderator.core.events import MessagesArrived, ProviderEvent
from moderator.fakes.base import MessageFacts
from moderator.fakes.ibmvideo import IbmVideoFake
from tests.sdk.chat import CHANNEL, Chat, app_client, connected
from tests.sdk.node import Sdk


def ids(fake: IbmVideoFake) -> list[str]:
    return fake.message_ids(CHANNEL)


#: Stream's capability names for what a moderator does here
MODERATING = {
    "send-message",
    "delete-any-message",
    "flag-message",
    "ban-channel-members",
    "read-events",
    "connect-events",
}


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
    assert state["members"] == [chat.user_id]  # the SDK keys members by their user object
    # what the SDK asks before moderating: a channel moderator may do all of it
    assert set(state["own_capabilities"]) >= MODERATING


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


async def test_soft_and_hard_deletes_reach_the_fake_and_come_back_as_message_deleted(
    served: tuple[IbmVideoFake, str], sdk: Sdk, chat: Chat
) -> None:
    fake, _ = served
    await connected(sdk, chat)
    soft, hard = ids(fake)[-2:]

    assert (await sdk.call("delete", id=soft, hard=False))["message_type"] == "deleted"
    event = (await sdk.call("wait_event", type="message.deleted", message_id=soft))["event"]
    assert (event["message_type"], event["hard_delete"]) == ("deleted", False)
    assert fake.message_facts(CHANNEL, soft) == MessageFacts(exists=True, deleted=True)

    await sdk.call("delete", id=hard, hard=True)
    event = (await sdk.call("wait_event", type="message.deleted", message_id=hard))["event"]
    assert event["hard_delete"] is True
    assert fake.message_facts(CHANNEL, hard) == MessageFacts(exists=False, deleted=True)
    shown = {m["id"]: m["type"] for m in (await sdk.call("state"))["messages"]}
    assert shown[soft] == "deleted"
    assert hard not in shown


async def test_mark_read_moves_the_moderators_read_marker(
    served: tuple[IbmVideoFake, str], sdk: Sdk, chat: Chat
) -> None:
    fake, _ = served
    await connected(sdk, chat)
    newest = ids(fake)[-1]
    assert not fake.message_facts(CHANNEL, newest).read

    answer = await sdk.call("mark_read")
    assert (answer["sent"], answer["event_type"]) == (True, "message.read")
    event = (await sdk.call("wait_event", type="message.read"))["event"]
    assert (event["user_id"], event["last_read_message_id"]) == (chat.user_id, newest)
    assert fake.message_facts(CHANNEL, newest).read
    assert (await sdk.call("state"))["read"][chat.user_id] == newest


async def test_flag_marks_the_message_flagged(
    served: tuple[IbmVideoFake, str], sdk: Sdk, chat: Chat
) -> None:
    fake, _ = served
    await connected(sdk, chat)
    target = ids(fake)[-3]
    assert (await sdk.call("flag", id=target))["target_message_id"] == target
    assert fake.message_facts(CHANNEL, target).flagged


def a_viewer(fake: IbmVideoFake) -> str:
    with fake.lock:
        messages = fake.channels[CHANNEL].messages
        return next(str(m["user"]["id"]) for m in reversed(messages) if m["type"] == "regular")


async def test_ban_with_timeout_and_reason_then_ban_then_unban(
    served: tuple[IbmVideoFake, str], sdk: Sdk, chat: Chat
) -> None:
    fake, _ = served
    await connected(sdk, chat)
    viewer = a_viewer(fake)

    await sdk.call("ban", user_id=viewer, timeout=5, reason="spam links")
    event = (await sdk.call("wait_event", type="user.banned"))["event"]
    assert (event["user_id"], event["reason"]) == (viewer, "spam links")
    assert event["expiration"] is not None
    assert fake.restriction(CHANNEL, viewer) == "timeout"

    await sdk.call("ban", user_id=viewer, reason="again")
    assert fake.restriction(CHANNEL, viewer) == "banned"

    await sdk.call("unban", user_id=viewer)
    assert (await sdk.call("wait_event", type="user.unbanned"))["event"]["user_id"] == viewer
    assert fake.restriction(CHANNEL, viewer) is None


async def test_a_message_the_apps_client_sends_reaches_the_sdk(
    served: tuple[IbmVideoFake, str], sdk: Sdk, chat: Chat
) -> None:
    url = served[1]
    await connected(sdk, chat)
    app = app_client(url)
    try:
        await app.connect()
        sent = await app.send("Sent by the moderator's desk")
    finally:
        await app.aclose()
    assert sent is not None
    event = (await sdk.call("wait_event", type="message.new", message_id=sent.id))["event"]
    assert (event["text"], event["user_id"]) == ("Sent by the moderator's desk", chat.user_id)


async def test_a_channel_without_read_events_is_not_marked_read_by_the_sdk(
    served: tuple[IbmVideoFake, str], sdk: Sdk, chat: Chat
) -> None:
    fake, _ = served
    fake.channels[CHANNEL].read_events = False
    state = await connected(sdk, chat)
    assert state["read_events"] is False
    assert "read-events" not in state["own_capabilities"]
    assert (await sdk.call("mark_read"))["sent"] is False  # the SDK read the channel's config
    assert not fake.message_facts(CHANNEL, ids(fake)[-1]).read


async def test_an_expired_token_fails_connect_user_with_code_40(
    served: tuple[IbmVideoFake, str], sdk: Sdk, chat: Chat
) -> None:
    fake, _ = served
    fake.expire_chat_tokens()
    answer = await sdk.attempt(
        "connect",
        api_key=chat.api_key,
        base_url=chat.base_url,
        user_id=chat.user_id,
        token=chat.token,
    )
    assert answer["ok"] is False
    refusal = json.loads(answer["error"])  # the SDK's own summary of the error frame
    assert (refusal["code"], refusal["StatusCode"], refusal["isWSFailure"]) == (40, 401, False)


async def test_a_message_the_sdk_sends_reaches_the_apps_live_updates(
    served: tuple[IbmVideoFake, str], sdk: Sdk, chat: Chat
) -> None:
    await connected(sdk, chat)
    app = app_client(served[1])
    try:
        await app.connect()
        events = cast(AsyncGenerator[ProviderEvent, None], app.listen())
        await asyncio.wait_for(anext(events), 20)  # the page of the app's own watch query
        sent = await sdk.call("send", text="Sent through the official SDK")
        pushed = await asyncio.wait_for(anext(events), 20)
        await events.aclose()
    finally:
        await app.aclose()
    assert isinstance(pushed, MessagesArrived)
    assert [(m.id, m.text) for m in pushed.messages] == [(sent["id"], sent["text"])]
