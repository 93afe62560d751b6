"""Searching the archive (full-text and LIKE agree) and exporting it to CSV and JSON Lines."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from moderator.core.models import Author, ChatMessage, MessageState
from moderator.core.search import Person, SearchQuery, matches
from moderator.storage.archive import EXPORT_FIELDS, Archive

START = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
TEXTS = ("Hello there", "buy FOLLOWERS now", "100% legit_deal", "ok", "Привет из Москвы")


def msg(i: int, stream: str = "prism:1", name: str = "") -> ChatMessage:
    return ChatMessage(
        str(i),
        stream,
        Author(f"u{i % 3}", name or f"User {i % 3}"),
        TEXTS[i % len(TEXTS)],
        START + timedelta(seconds=i),
        state=MessageState.READ if i % 2 else MessageState.NONE,
    )


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    kept = Archive(tmp_path / "archive.sqlite3")
    kept.add([msg(i) for i in range(20)])
    kept.add([msg(i, "brilliant:site") for i in range(20, 30)])
    yield kept
    kept.close()


def ids(messages: list[ChatMessage]) -> list[str]:
    return [m.id for m in messages]


@pytest.mark.parametrize(
    "query",
    [
        SearchQuery(text="followers"),
        SearchQuery(text="привет"),
        SearchQuery(text="ok"),
        SearchQuery(text="100%"),
        SearchQuery(text="_deal"),
        SearchQuery(author="user 1"),
        SearchQuery(platform="brilliant"),
        SearchQuery(stream_keys=frozenset({"prism:1"}), text="hello"),
        SearchQuery(person=Person("USER 2")),
        SearchQuery(person=Person("nobody", frozenset({("brilliant", "u0")}))),
        SearchQuery(since=START + timedelta(seconds=5), until=START + timedelta(seconds=8)),
    ],
)
def test_archive_and_memory_agree(archive: Archive, query: SearchQuery) -> None:
    every = [msg(i) for i in range(20)] + [msg(i, "brilliant:site") for i in range(20, 30)]
    expected = sorted((m for m in every if matches(query, m)), key=lambda m: -int(m.id))
    assert expected, "each case should find something"
    assert ids(archive.search(query)) == ids(expected)


def test_full_text_index_is_used_and_the_limit_holds(archive: Archive) -> None:
    found = archive.search(SearchQuery(text="hello", limit=2))
    assert archive.fts_ready  # search waits for pending writes, the index's filling included
    assert ids(found) == ["25", "20"]
    assert found[0].stream_key == "brilliant:site"


def test_an_archive_from_before_the_index_is_indexed_in_the_background(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    first = Archive(path)
    first.add([msg(i) for i in range(10)])
    first.close()
    with sqlite3.connect(path) as db:
        db.executescript("DROP TRIGGER messages_fts_insert; DROP TABLE messages_fts;")
    again = Archive(path)
    try:
        assert ids(again.search(SearchQuery(text="followers"))) == ["6", "1"]
        assert again.fts_ready
    finally:
        again.close()


def test_export_csv_and_jsonl_hold_every_message(archive: Archive, tmp_path: Path) -> None:
    assert archive.export_csv(tmp_path / "chat.csv") == 30
    with (tmp_path / "chat.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == EXPORT_FIELDS
    assert rows[0]["id"] == "0"
    assert rows[1]["state"] == "read"
    assert datetime.fromisoformat(rows[-1]["sent_at"]) == START + timedelta(seconds=29)
    assert archive.export_jsonl(tmp_path / "chat.jsonl") == 30
    lines = (tmp_path / "chat.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert records[4]["text"] == "Привет из Москвы"
    assert {r["stream_key"] for r in records} == {"prism:1", "brilliant:site"}
