"""Seed 002 and Stream Chat message payloads through convert, against stored snapshots.

``UPDATE_SNAPSHOTS=1 pytest tests/unit/providers/ibmvideo`` rewrites the snapshots.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from moderator.core.models import ChatMessage, MessageKind, MessageState
from moderator.errors import MalformedPayload
from moderator.providers.ibmvideo import convert
from moderator.providers.ibmvideo.schema import ChatInitEnvelope, StreamMessage
from moderator.providers.ibmvideo.stream import user_id_of
from moderator.providers.wire import validate_each
from tests import snapshots

KEY = "ibmvideo:23456001"

#: the seed's example (it stops after stream_data; ``user`` is filled in from its key table)
SEED_CHAT = (
    '{"chat": {"stream_data": {"api_base_url": "https://chat-proxy-us-east.stream-io-api.com",'
    '"api_key": "abc123","channel_id": "channel_12345678","channel_type": "chatroom",'
    '"team": "team_12345678"},'
    '"user": {"id": "u_42", "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.'
    'eyJ1c2VyX2lkIjoidV80MiJ9.c2lnbmF0dXJl", "default_name": null, "has_verified_user": "1"}}}'
)

MESSAGES: list[Any] = [
    {  # a regular line; nine fractional digits as Stream's servers write them
        "id": "0f5c8e1a-6d8e-4c1b-9f57-1b1f0a7e0c11",
        "text": "Hello from Tokyo 👋 こんにちは",
        "html": '<p>Hello <img src="https://tracker.example/pixel.gif"></p>',
        "type": "regular",
        "user": {"id": "viewer-1", "name": "田中 陽菜", "image": "https://cdn.example/a.png"},
        "created_at": "2026-05-01T12:00:00.123456789Z",
        "updated_at": "2026-05-01T12:00:00.123456789Z",
    },
    {  # an id sent as a number, a moderator without a name or picture
        "id": 987654321,
        "text": "please keep it civil",
        "type": "regular",
        "user": {"id": 77, "role": "channel_moderator", "image": ""},
        "created_at": "2026-05-01T12:00:05Z",
    },
    {  # a soft-deleted message keeps its text and place
        "id": "deleted-1",
        "text": "FREE FOLLOWERS at bit.ly/totally-legit !!!",
        "type": "deleted",
        "user": {"id": "spammer", "name": "xX_sn1per_Xx", "role": "user"},
        "created_at": "2026-05-01T12:00:07.5Z",
        "deleted_at": "2026-05-01T12:00:09Z",
    },
    {  # a system message from an admin
        "id": "system-1",
        "text": "Slow mode is on",
        "type": "system",
        "user": {"id": "owner", "name": "IBM Streamer", "role": "admin"},
        "created_at": "2026-05-01T14:01:00+02:00",
    },
    {"id": "broken-1", "text": "no time"},  # unreadable: rejected alone
]


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
        "html": message.html,
        "sent_at": message.sent_at.isoformat(),
        "kind": message.kind.value,
        "state": sorted(s.name or "" for s in MessageState if s and s in message.state),
    }


def check_snapshot(name: str, data: Any) -> None:
    snapshots.check_snapshot("ibmvideo", name, data)


def test_seed_chat_initialization_matches_snapshot() -> None:
    init = ChatInitEnvelope.model_validate_json(SEED_CHAT).chat
    assert init.user.has_verified_user is True
    assert user_id_of(init.user.token) == "u_42"
    check_snapshot("chat_init", init.model_dump())


def test_messages_match_snapshot() -> None:
    raw, rejected = validate_each(StreamMessage, MESSAGES, platform="Stream Chat")
    assert rejected == 1
    last_read = datetime(2026, 5, 1, 12, 0, 5, tzinfo=UTC)
    messages = [convert.to_message(m, stream_key=KEY, last_read=last_read) for m in raw]
    check_snapshot("messages", [as_json(m) for m in messages])


def test_ids_are_strings_and_times_aware() -> None:
    raw, _ = validate_each(StreamMessage, MESSAGES, platform="Stream Chat")
    messages = [convert.to_message(m, stream_key=KEY) for m in raw]
    assert [m.id for m in messages][:2] == ["0f5c8e1a-6d8e-4c1b-9f57-1b1f0a7e0c11", "987654321"]
    assert messages[1].author.id == "77"
    assert all(m.sent_at.tzinfo is not None for m in messages)


def test_remote_html_never_passes() -> None:
    raw, _ = validate_each(StreamMessage, MESSAGES[:1], platform="Stream Chat")
    message = convert.to_message(raw[0], stream_key=KEY)
    assert message.html is None
    assert message.text.startswith("Hello from Tokyo")


def test_deleted_system_and_read_states() -> None:
    raw, _ = validate_each(StreamMessage, MESSAGES, platform="Stream Chat")
    last_read = datetime(2026, 5, 1, 12, 0, 5, tzinfo=UTC)
    first, moderator, deleted, system = (
        convert.to_message(m, stream_key=KEY, last_read=last_read) for m in raw
    )
    assert first.is_read
    assert moderator.is_read
    assert not deleted.is_read
    assert deleted.is_deleted
    assert deleted.text
    assert system.kind is MessageKind.SYSTEM
    assert not system.is_read
    assert {b.value for b in system.author.badges} == {"admin"}
    assert {b.value for b in moderator.author.badges} == {"mod"}
    assert moderator.author.name == "77"
    assert moderator.author.avatar_url is None


def test_a_token_without_user_id_is_refused() -> None:
    with pytest.raises(MalformedPayload):
        user_id_of("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.sig")


def test_an_authors_picture_address_is_shared_by_their_messages() -> None:
    # each read of a page makes new strings (json.loads memoizes keys, not values)
    pages = json.loads(json.dumps(MESSAGES)) + json.loads(json.dumps(MESSAGES))
    raw, _ = validate_each(StreamMessage, pages, platform="Stream Chat")
    pictured = [m for m in raw if m.user is not None and m.user.image]
    first, again = (convert.to_message(m, stream_key=KEY) for m in pictured[:2])
    assert first.author.avatar_url is not None
    assert first.author.avatar_url is again.author.avatar_url  # one copy in memory
