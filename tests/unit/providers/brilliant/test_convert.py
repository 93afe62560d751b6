"""Seed 003's payloads and PROVIDERS.md D's quirks through convert, against stored snapshots."""

from __future__ import annotations

import dataclasses
import enum
import json
import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from moderator.core.models import Badge, ChatMessage, MessageState
from moderator.providers.brilliant import convert
from moderator.providers.brilliant.schema import (
    BrilliantMessage,
    BrilliantThread,
    Envelope,
    site_zone,
)

SNAPSHOTS = Path(__file__).parents[3] / "snapshots" / "brilliant"
OWNER = "0986d338d31285f7578138137f8a7c87"
STREAM = "brilliant:www.yourdomain.com"

#: the seed's list example; its HTML paragraph tags were lost in the excerpt, leaving blank lines
SEED_LIST = {
    "status": "success",
    "message": [
        {
            "message_id": "1",
            "message_token": "c14c3df7dcf7dc2aced6a2d4a09bab9a",
            "thread_token": "395878c8a5f3ae1802c359ec7ac85619",
            "message_status": "0",
            "message_owner": "0986d338d31285f7578138137f8a7c87",
            "message_content": "\n\nHello, how can I help you?\n\n",
            "created_at": "20240301120000",
        }
    ],
    "total": "9",
    "current_page": 1,
    "total_pages": 1,
}
#: the seed's update example: read flag set, content already plain
SEED_UPDATE = {
    "message_id": "10",
    "message_token": "c14c3df7dcf7dc2aced6a2d4a09bab9a",
    "thread_token": "395878c8a5f3ae1802c359ec7ac85619",
    "message_status": "1",
    "message_owner": "0986d338d31285f7578138137f8a7c87",
    "message_content": "Hello, how can I help you?",
    "created_at": "20240301120000",
}
VISITOR = {
    "message_id": 11,  # a number where the docs promise strings
    "message_token": "d1",
    "thread_token": "395878c8a5f3ae1802c359ec7ac85619",
    "message_status": 0,
    "message_owner": "5f1e0c7a9b",
    "message_content": (
        '<p onclick="steal()">Hi <b>there</b> &amp; <a href="javascript:alert(1)">click</a>'
        '<img src="https://tracker.example/p.gif"></p><script>alert(1)</script>'
    ),
    "created_at": "20240301235959",
}
BROKEN_TIME = {**VISITOR, "message_id": "12", "created_at": "0000-00-00 00:00:00"}
THREAD = {
    "thread_id": "12",
    "thread_status": "1",
    "thread_token": "395878c8a5f3ae1802c359ec7ac85619",
    "thread_owner": "5f1e0c7a9b",
    "created_at": "20240301115900",
    "updated_at": "20240301120000",
    "deleted_at": "",
}


def plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, frozenset):
        return sorted(plain(v) for v in value)
    if isinstance(value, enum.Flag) and not isinstance(value, Badge):
        return [m.name for m in type(value) if m in value and m.value]
    if isinstance(value, enum.Enum):
        return value.value
    return value


def check_snapshot(name: str, value: Any) -> None:
    """Compare with ``tests/snapshots/brilliant/<name>.json``; rewrite on UPDATE_SNAPSHOTS=1."""
    path = SNAPSHOTS / f"{name}.json"
    text = json.dumps(plain(value), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if not path.exists():
        pytest.fail(f"no snapshot {path.name}; run with UPDATE_SNAPSHOTS=1 and review it")
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(text)


def to_message(raw: dict[str, Any], zone: str = "UTC", label: str = "") -> ChatMessage:
    return convert.to_message(
        BrilliantMessage.model_validate(raw),
        stream_key=STREAM,
        owner_token=OWNER,
        zone=site_zone(zone),
        thread_label=label,
        received_at=datetime(2024, 3, 2, tzinfo=UTC),
    )


def test_seed_list_example() -> None:
    envelope = Envelope.model_validate(SEED_LIST)
    assert envelope.total == "9"
    assert envelope.last_page()
    message = to_message(envelope.rows()[0])
    assert message.text == "Hello, how can I help you?"
    assert message.author.badges == frozenset({Badge.OWNER})
    check_snapshot("seed_list_item", message)


def test_seed_update_example_is_read() -> None:
    message = to_message(SEED_UPDATE, label="Thread 12 (open)")
    assert message.id == "10"
    assert message.state is MessageState.READ
    check_snapshot("seed_update_item", message)


def test_visitor_html_is_sanitized_and_ids_are_strings() -> None:
    message = to_message(VISITOR, zone="-05:00")
    assert message.id == "11"
    assert message.html == "<p>Hi <b>there</b> &amp; click</p>"
    assert message.text == "Hi there & click"
    assert message.sent_at == datetime(2024, 3, 1, 23, 59, 59, tzinfo=timezone(timedelta(hours=-5)))
    assert not message.author.badges
    check_snapshot("visitor_hostile", message)


def test_unreadable_created_at_falls_back_to_arrival() -> None:
    message = to_message(BROKEN_TIME)
    assert message.sent_at == datetime(2024, 3, 2, tzinfo=UTC)


def test_thread_labels() -> None:
    thread = BrilliantThread.model_validate(THREAD)
    assert convert.thread_label(thread) == "Thread 12 (open)"
    closed = thread.model_copy(update={"thread_status": False})
    assert convert.thread_label(closed) == "Thread 12 (closed)"
    gone = thread.model_copy(update={"deleted_at": "20240302000000"})
    assert convert.thread_label(gone) == "Thread 12 (deleted)"
    zero = thread.model_copy(update={"deleted_at": "00000000000000"})
    assert convert.thread_label(zero) == "Thread 12 (open)"
    assert convert.unknown_thread_label("395878c8a5f3") == "Thread 395878c8…"
    check_snapshot("thread", thread.model_dump())


@pytest.mark.parametrize(
    ("name", "offset"),
    [("UTC", 0), ("+02:00", 120), ("-0530", -330), ("GMT+1", 60)],
)
def test_site_zone_accepts_offsets(name: str, offset: int) -> None:
    moment = datetime(2024, 1, 1)
    assert site_zone(name).utcoffset(moment) == timedelta(minutes=offset)


def test_site_zone_rejects_nonsense() -> None:
    with pytest.raises(ValueError, match="unknown time zone"):
        site_zone("Mars/Olympus_Mons")
