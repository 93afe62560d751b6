"""The one-pass page read gives exactly what the careful, message-by-message read gives, and
steps aside (returns None) for anything it does not read the same way."""

from __future__ import annotations

import copy
import json
from datetime import UTC
from typing import Any

import httpx
import pytest

from moderator.core.intern import Interner
from moderator.core.models import ChatMessage
from moderator.fakelink import connections
from moderator.fakes.prism import PrismFake
from moderator.providers import create_provider
from moderator.providers.prism import convert
from moderator.providers.prism.schema import ChatPage, Envelope, PrismMessage
from moderator.providers.wire import validate_each
from tests.unit.providers.prism.test_convert import SEED

KEY = "prism:6"


def careful(payload: dict[str, Any]) -> list[ChatMessage]:
    page = ChatPage.model_validate(Envelope.model_validate(payload).data)
    raw, _ = validate_each(PrismMessage, page.messages, platform="PRISM")
    return [convert.to_message(m, stream_key=KEY) for m in raw]


def fast(payload: dict[str, Any]) -> list[ChatMessage] | None:
    page = convert.read_page(json.dumps(payload).encode(), stream_key=KEY, interner=Interner())
    return None if page is None else page.messages


def with_message(**changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = copy.deepcopy(SEED)
    payload["data"]["messages"][0].update(changes)
    return payload


def test_fake_chatter_reads_the_same_both_ways() -> None:
    service = PrismFake(seed=5, lives=1)
    service.add_chatter(300)
    messages = service.lives["1001"].messages
    payload = {"success": True, "errorCode": 0, "data": {"messages": messages}}
    assert fast(payload) == careful(payload)
    assert len(careful(payload)) == 300


@pytest.mark.parametrize(
    "changes",
    [
        {"messageId": "12"},
        {"isLiveOwner": "1", "isLiveManager": "false"},
        {"authorId": 77, "authorName": ""},
        {"authorProfileThumbnail": ""},
        {"messageAt": "2023-09-05T02:10:27Z"},
        {"extra": {"nested": True}},
    ],
)
def test_loose_but_valid_fields_read_the_same(changes: dict[str, Any]) -> None:
    payload = with_message(**changes)
    assert fast(payload) == careful(payload)


@pytest.mark.parametrize(
    "changes",
    [
        {"messageId": None},  # a made-up id is the careful path's business
        {"messageId": 12.5},
        {"authorId": None},  # a broken message: the careful path skips it alone
        {"messageAt": "not a time"},
        {"isLiveOwner": " yes "},
    ],
)
def test_anything_unusual_takes_the_careful_path(changes: dict[str, Any]) -> None:
    assert fast(with_message(**changes)) is None


def test_error_envelopes_take_the_careful_path() -> None:
    assert fast({"success": False, "errorCode": 401, "data": None}) is None
    assert fast({"success": True, "errorCode": 500, "data": SEED["data"]}) is None


def test_interned_authors_and_times_are_shared() -> None:
    service = PrismFake(seed=5, lives=1)
    service.add_chatter(200)
    payload = {"success": True, "data": {"messages": service.lives["1001"].messages}}
    messages = fast(payload)
    assert messages is not None
    assert len({id(m.author) for m in messages}) <= len({m.author for m in messages})


async def test_a_broken_message_does_not_cost_the_page() -> None:
    service = PrismFake(seed=5, lives=1)
    service.add_chatter(5)
    service.lives["1001"].messages.insert(2, {"messageId": 1, "message": "no author"})
    client = create_provider(
        connections(service, "http://prism.test")[0], httpx.ASGITransport(app=service.app)
    )
    try:
        page = await client.fetch(None)
    finally:
        await client.aclose()
    assert len(page.messages) == 5
    assert page.rejected == 1


def test_times_come_in_the_shared_utc_and_repeated_stamps_share_one_object() -> None:
    """One zone object for every message (none tracked by the collector), and one datetime per
    distinct stamp, on the fast path as on the careful one."""
    service = PrismFake(seed=5, lives=1)
    service.add_chatter(200)
    messages = service.lives["1001"].messages
    for raw in messages[100:]:
        raw["messageAt"] = messages[0]["messageAt"]
    payload = {"success": True, "data": {"messages": messages}}
    read = fast(payload)
    assert read is not None
    assert all(m.sent_at.tzinfo is UTC for m in read)
    assert all(m.sent_at.tzinfo is UTC for m in careful(payload))
    assert len({id(m.sent_at) for m in read[100:]}) == 1
