"""Seed 001's payload and the PROVIDERS.md quirks through convert, against stored snapshots.

``UPDATE_SNAPSHOTS=1 uv run pytest tests/unit/providers/allmine`` rewrites the snapshots.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from moderator.core.models import ChatMessage
from moderator.providers.allmine import convert
from moderator.providers.allmine.schema import AllmineMessage

SNAPSHOTS = Path(__file__).resolve().parents[3] / "snapshots" / "allmine"
KEY = "allmine:64d15f9e2e6c8f4d5a123000"

#: the response example of seed 001, as published
SEED: dict[str, Any] = {
    "_id": "64d15f9e2e6c8f4d5a123456",
    "streamId": "64d15f9e2e6c8f4d5a123000",
    "content": "Herkese selam!",
    "sender": {
        "_id": "64d15f9e2e6c8f4d5a123456",
        "username": "johndoe",
        "name": "John",
        "surname": "Doe",
        "profilePhoto": {
            "_id": "507f1f77bcf86cd799439012",
            "url": "https://example.com/uploads/images/profile.jpg",
            "type": "image",
            "variants": {
                "40": "https://cdn.example.com/profiles/user/40.webp",
                "76": "https://cdn.example.com/profiles/user/76.webp",
            },
            "createdAt": "2024-01-15T10:30:00.000Z",
            "updatedAt": "2024-01-15T12:30:00.000Z",
        },
        "availabilityStatus": "available",
    },
    "createdAt": "2026-01-15T10:30:00.000Z",
    "updatedAt": "2026-01-15T10:30:00.000Z",
}


def _variant(**changes: Any) -> dict[str, Any]:
    raw = copy.deepcopy(SEED)
    for path, value in changes.items():
        target = raw
        *parents, leaf = path.split("__")
        for part in parents:
            target = target[part]
        target[leaf] = value
    return raw


CASES: dict[str, dict[str, Any]] = {
    "seed_001": SEED,
    # no real name filled in: the username is shown
    "username_only": _variant(sender__name=None, sender__surname=None),
    "name_without_surname": _variant(sender__surname=""),
    # an upload without size variants: the original URL
    "photo_without_variants": _variant(sender__profilePhoto__variants=None),
    "no_photo": _variant(sender__profilePhoto=None),
    # variants listed largest first still give the smallest
    "variants_unordered": _variant(
        sender__profilePhoto__variants={"76": "https://cdn/76.webp", "40": "https://cdn/40.webp"}
    ),
    "emoji_and_turkish": _variant(content="Yayın çok güzel 🎉 ğüşiöç"),
    "numeric_ids": _variant(_id=123456, sender___id=42),
}


def _plain(message: ChatMessage) -> dict[str, Any]:
    data = dataclasses.asdict(message)
    data["sent_at"] = message.sent_at.isoformat()
    data["author"]["badges"] = sorted(b.value for b in message.author.badges)
    data["kind"] = message.kind.value
    data["state"] = message.state.value
    return data


def _check(name: str, actual: dict[str, Any]) -> None:
    path = SNAPSHOTS / f"{name}.json"
    text = json.dumps(actual, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no snapshot {path.name}; run with UPDATE_SNAPSHOTS=1"
    assert json.loads(path.read_text(encoding="utf-8")) == actual, f"snapshot {name} differs"


@pytest.mark.parametrize("name", sorted(CASES))
def test_convert_matches_snapshot(name: str) -> None:
    message = convert.to_message(AllmineMessage.model_validate(CASES[name]), stream_key=KEY)
    assert isinstance(message.id, str)
    assert isinstance(message.author.id, str)
    assert message.sent_at.tzinfo is not None
    _check(name, _plain(message))


def test_seed_reads_as_documented() -> None:
    message = convert.to_message(AllmineMessage.model_validate(SEED), stream_key=KEY)
    assert message.author.name == "John Doe"
    assert message.author.avatar_url == "https://cdn.example.com/profiles/user/40.webp"
    assert message.sent_at == datetime(2026, 1, 15, 10, 30, tzinfo=UTC)


def test_a_date_without_zone_is_utc() -> None:
    raw = AllmineMessage.model_validate(_variant(createdAt="2026-01-15T10:30:00.000"))
    assert convert.to_message(raw, stream_key=KEY).sent_at.tzinfo is not None


def test_a_sender_with_nothing_but_an_id_is_named_by_it() -> None:
    raw = AllmineMessage.model_validate(_variant(sender={"_id": "64d15f9e2e6c8f4d5a12aaaa"}))
    author = convert.to_message(raw, stream_key=KEY).author
    assert author.name == "64d15f9e2e6c8f4d5a12aaaa"
    assert author.avatar_url is None


def test_an_authors_picture_address_is_shared_by_their_messages() -> None:
    # each read of a page makes new strings (json.loads memoizes keys, not values)
    first, again = (
        convert.to_message(
            AllmineMessage.model_validate(json.loads(json.dumps(SEED))), stream_key=KEY
        )
        for _ in range(2)
    )
    assert first.author.avatar_url is not None
    assert first.author.avatar_url is again.author.avatar_url  # one copy in memory
