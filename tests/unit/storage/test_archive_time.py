""" "Time unknown" survives the archive, and no stored time can raise when it is read back."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from moderator.core.codec import message_from_dict, message_to_dict
from moderator.core.models import EARLIEST, LATEST, Author, ChatMessage, MessageState
from moderator.core.search import SearchQuery
from moderator.storage.archive import Archive

ARRIVED = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
#: Go's zero time, the placeholder an old archive may hold from before times were checked
YEAR_ONE = datetime(1, 1, 1, tzinfo=UTC).timestamp()


def unknown(mid: str = "u1") -> ChatMessage:
    return ChatMessage(
        mid,
        "prism:1",
        Author("a", "Ann"),
        "when?",
        ARRIVED,
        state=MessageState.READ,
        time_known=False,
    )


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    kept = Archive(tmp_path / "archive.sqlite3")
    yield kept
    kept.close()


def test_a_message_with_no_known_time_comes_back_without_one(archive: Archive) -> None:
    archive.add([unknown(), ChatMessage("k1", "prism:1", Author("b", "Bo"), "hi", ARRIVED)])
    back = {m.id: m for m in archive.older("prism:1", None)}
    assert back["u1"].time_known is False
    assert back["u1"].state == MessageState.READ  # the flag is not a state the UI sees
    assert back["u1"].sent_at == ARRIVED  # still sorts where it arrived
    assert back["k1"].time_known is True
    (found,) = archive.search(SearchQuery(text="when"))
    assert found.time_known is False


def test_the_export_says_which_times_are_unknown(archive: Archive, tmp_path: Path) -> None:
    archive.add([unknown()])
    archive.export_jsonl(tmp_path / "chat.jsonl", also=[unknown("u2")])
    records = [json.loads(line) for line in (tmp_path / "chat.jsonl").read_text().splitlines()]
    assert [(r["id"], r["time_known"]) for r in records] == [("u1", "no"), ("u2", "no")]


def put_raw(path: str, mid: str, sent_at: float, offset: int = 0) -> None:
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                "prism:1",
                mid,
                "a",
                "Ann",
                None,
                "",
                f"old {mid}",
                None,
                sent_at,
                offset,
                "chat",
                0,
                "",
                "",
            ),
        )


@pytest.mark.parametrize(
    ("sent_at", "offset"),
    [(YEAR_ONE, 0), (YEAR_ONE, -5 * 3600), (1e300, 0), (-1e300, 0), (ARRIVED.timestamp(), 10**9)],
    ids=["year-1", "year-1-west", "far-future", "far-past", "bad-offset"],
)
def test_an_old_row_with_an_impossible_time_loads_as_time_unknown(
    archive: Archive, tmp_path: Path, sent_at: float, offset: int
) -> None:
    archive.flush()
    put_raw(archive.path, "old", sent_at, offset)
    put_raw(archive.path, "good", ARRIVED.timestamp())
    for page in (archive.older("prism:1", None), archive.search(SearchQuery(text="old"))):
        bad = next(m for m in page if m.id == "old")
        assert EARLIEST <= bad.sent_at <= LATEST
        bad.sent_at.astimezone()  # the UI's view of it cannot overflow
    older = {m.id: m for m in archive.older("prism:1", None)}
    assert older["good"].time_known is True
    if offset == 0 or sent_at != ARRIVED.timestamp():
        assert older["old"].time_known is False
    assert archive.export_csv(tmp_path / "chat.csv") == 2


def test_the_codec_keeps_time_unknown_and_flags_an_impossible_time() -> None:
    assert message_from_dict(message_to_dict(unknown())).time_known is False
    known = ChatMessage("k", "prism:1", Author("a", "Ann"), "x", ARRIVED)
    assert message_from_dict(message_to_dict(known)).time_known is True
    old = message_to_dict(known)
    del old["time_known"]  # an outbox written before the flag
    assert message_from_dict(old).time_known is True
    old["sent_at"] = "0001-01-01T00:00:00+00:00"
    placeholder = message_from_dict(old)
    assert placeholder.time_known is False
    assert EARLIEST <= placeholder.sent_at <= LATEST
    old["sent_at"] = "garbage"
    assert message_from_dict(old).time_known is False
