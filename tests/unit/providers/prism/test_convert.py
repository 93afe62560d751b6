"""Seed 000's example and PROVIDERS.md's quirks through convert, against stored snapshots."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from moderator.core.models import Badge, ChatMessage
from moderator.providers.prism import convert
from moderator.providers.prism.schema import ChatPage, Envelope, PrismMessage
from moderator.providers.wire import validate_each
from tests import snapshots

# the response example of seed 000, verbatim
SEED = {
    "success": True,
    "errorCode": 0,
    "errorName": None,
    "message": None,
    "data": {
        "liveId": 6,
        "nextPageToken": 8239,
        "messages": [
            {
                "messageId": 12,
                "message": "Chat writing test 2023-09-05 11:10:27",
                "messageAt": "2023-09-05T11:10:27+09:00",
                "authorId": "admin",
                "authorName": "Administrator",
                "authorProfileThumbnail": None,
                "isLiveOwner": True,
                "isLiveManager": False,
            },
            {
                "messageId": 13,
                "message": "Chat writing test 2023-09-05 11:25:11",
                "messageAt": "2023-09-05T11:25:11+09:00",
                "authorId": "admin",
                "authorName": "Administrator",
                "authorProfileThumbnail": None,
                "isLiveOwner": True,
                "isLiveManager": False,
            },
        ],
    },
}


def as_json(message: ChatMessage) -> dict[str, Any]:
    return {
        "id": message.id,
        "stream_key": message.stream_key,
        "author": {
            "id": message.author.id,
            "name": message.author.name,
            "avatar_url": message.author.avatar_url,
            "badges": sorted(b.value for b in message.author.badges),
        },
        "text": message.text,
        "sent_at": message.sent_at.isoformat(),
        "kind": message.kind.value,
        "state": message.state.value,
    }


def check_snapshot(name: str, value: Any) -> None:
    snapshots.check_snapshot("prism", name, value)


def convert_page(payload: dict[str, Any]) -> tuple[ChatPage, list[ChatMessage], int]:
    page = ChatPage.model_validate(Envelope.model_validate(payload).data)
    raw, rejected = validate_each(PrismMessage, page.messages, platform="PRISM")
    return page, [convert.to_message(m, stream_key="prism:6") for m in raw], rejected


def test_seed_example_converts_with_string_ids_and_owner_badges() -> None:
    page, messages, rejected = convert_page(SEED)
    assert (page.liveId, page.nextPageToken, rejected) == ("6", "8239", 0)
    assert [m.id for m in messages] == ["12", "13"]
    assert messages[0].author.badges == {Badge.OWNER}
    assert messages[0].sent_at == datetime(2023, 9, 5, 2, 10, 27, tzinfo=UTC)
    check_snapshot("seed_000", [as_json(m) for m in messages])


def test_quirks_missing_ids_string_booleans_and_broken_items() -> None:
    quirky = {
        "success": "true",
        "errorCode": "0",
        "data": {
            "liveId": "6",
            "nextPageToken": "8240",
            "messages": [
                {
                    "message": "no id, no time",
                    "authorId": 7,
                    "authorName": "Viewer",
                    "isLiveManager": "1",
                },
                {
                    "messageId": "14",
                    "message": "ok",
                    "messageAt": "2023-09-05T11:30:00+09:00",
                    "authorId": "u1",
                    "authorName": "",
                    "authorProfileThumbnail": "",
                },
                {"messageId": 15, "message": "no author"},
                "not even an object",
            ],
        },
    }
    _, messages, rejected = convert_page(quirky)
    assert rejected == 2
    no_id, named = messages
    assert no_id.id.startswith(convert.SYNTHETIC_PREFIX)
    assert convert.is_synthetic(no_id)
    assert no_id.author.id == "7"
    assert no_id.author.badges == {Badge.MANAGER}
    assert named.author.name == "u1"
    assert named.author.avatar_url is None
    again = convert.to_message(
        PrismMessage.model_validate(
            {"message": "no id, no time", "authorId": 7, "authorName": "Viewer"}
        ),
        stream_key="prism:6",
    )
    assert again.id == no_id.id, "a message without id must get the same id on every read"
    check_snapshot("quirks", [as_json(named)])
