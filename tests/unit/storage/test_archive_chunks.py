"""A big trim is written over the next adds, a chunk at a time, and nothing is lost."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from moderator.core.models import Author, ChatMessage
from moderator.storage.archive import WRITE_CHUNK, Archive

START = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def msg(i: int) -> ChatMessage:
    return ChatMessage(str(i), "prism:1", Author("u", "User"), f"line {i}", START + timedelta(i))


def test_one_add_converts_at_most_a_chunk_and_later_adds_take_the_rest(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "archive.sqlite3")
    try:
        big = 3 * WRITE_CHUNK + 10
        archive.add([msg(i) for i in range(big)])  # a trim after a long pause
        assert archive.pending == big - WRITE_CHUNK
        archive.add([msg(big)])  # the next trim: one new row, and a chunk of what waits
        assert archive.pending == big + 1 - 2 * WRITE_CHUNK
        archive.add([])
        assert archive.pending == big + 1 - 3 * WRITE_CHUNK
        # a read hands over everything first: nothing added is missing from it
        assert archive.count("prism:1") == big + 1
        assert archive.pending == 0
    finally:
        archive.close()


def test_close_writes_what_was_still_waiting(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "archive.sqlite3")
    archive.add([msg(i) for i in range(WRITE_CHUNK + 500)])
    assert archive.pending == 500
    archive.close()
    again = Archive(tmp_path / "archive.sqlite3")
    try:
        assert again.count("prism:1") == WRITE_CHUNK + 500
        assert [m.id for m in again.older("prism:1", None, 2)] == [
            str(WRITE_CHUNK + 498),
            str(WRITE_CHUNK + 499),
        ]
    finally:
        again.close()
