from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from moderator.core.models import Author, Badge, ChatMessage, MessageKind, MessageState
from moderator.storage.archive import Archive

START = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def msg(i: int, stream: str = "prism:1") -> ChatMessage:
    return ChatMessage(
        str(i),
        stream,
        Author(
            f"u{i % 3}", f"User {i % 3}", badges=frozenset({Badge.OWNER}) if i == 0 else frozenset()
        ),
        f"line {i}",
        START + timedelta(seconds=i),
    )


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    kept = Archive(tmp_path / "archive.sqlite3")
    yield kept
    kept.close()


def test_pages_go_back_in_time_oldest_first(archive: Archive) -> None:
    archive.add([msg(i) for i in range(50)])
    archive.add([msg(i) for i in range(50, 100)])
    newest = archive.older("prism:1", None, 20)
    assert [m.id for m in newest] == [str(i) for i in range(80, 100)]
    before = archive.older("prism:1", newest[0], 30)
    assert [m.id for m in before] == [str(i) for i in range(50, 80)]
    assert archive.older("prism:1", msg(0), 10) == []


def test_pages_before_a_message_that_was_never_archived_go_by_time(archive: Archive) -> None:
    archive.add([msg(i) for i in range(10)])
    assert [m.id for m in archive.older("prism:1", msg(5), 3)] == ["2", "3", "4"]
    assert [m.id for m in archive.older("prism:1", msg(50), 2)] == ["8", "9"]


def test_messages_come_back_as_they_went_in(archive: Archive) -> None:
    tokyo = timezone(timedelta(hours=9))
    original = ChatMessage(
        "x1",
        "lp:7",
        Author(
            "a", "Agent Ann", "https://a.example/p.png", frozenset({Badge.AGENT, Badge.VERIFIED})
        ),
        "hello 👋",
        datetime(2026, 1, 1, 21, 0, tzinfo=tokyo),
        html="<b>hello</b> 👋",
        kind=MessageKind.SYSTEM,
        state=MessageState.READ | MessageState.DELETED,
        thread="c9",
        thread_label="Chat 9",
    )
    archive.add([original])
    (back,) = archive.older("lp:7", None)
    assert back == original
    assert back.thread_label == "Chat 9"
    assert back.sent_at.utcoffset() == timedelta(hours=9)


def test_streams_are_kept_apart_and_repeats_ignored(archive: Archive) -> None:
    archive.add([msg(1), msg(2), msg(1, "prism:2")])
    archive.add([msg(2)])
    assert archive.count("prism:1") == 2
    assert [m.id for m in archive.older("prism:2", None)] == ["1"]


def test_wal_mode_and_the_time_index(archive: Archive) -> None:
    archive.add([msg(1)])
    archive.flush()
    with sqlite3.connect(archive.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        indexes = db.execute("PRAGMA index_list(messages)").fetchall()
        names = {row[1] for row in indexes}
        assert "messages_by_time" in names
        columns = [row[2] for row in db.execute("PRAGMA index_info(messages_by_time)")]
        assert columns == ["stream_key", "sent_at"]
