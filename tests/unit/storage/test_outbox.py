from __future__ import annotations

from pathlib import Path

from moderator.storage.outbox import Outbox
from tests.unit.core.scripted import message


def test_an_action_is_queued_once_and_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    outbox = Outbox(path)
    first = outbox.add_action("delete", message(7, "spam"))
    assert first is not None
    assert outbox.add_action("delete", message(7, "spam")) is None, "the same delete twice"
    outbox.add_send("test:1", "hello")
    outbox.close()

    reopened = Outbox(path)
    waiting = reopened.waiting("test:1")
    assert [(e.kind, e.text) for e in waiting] == [("delete", ""), ("send", "hello")]
    assert waiting[0].message == message(7, "spam")
    assert reopened.waiting_count("test:1") == 2 and reopened.waiting_count("test:2") == 0
    reopened.retry_later(waiting[0].id, "still down")
    reopened.done(waiting[1].id)
    again = reopened.waiting("test:1")
    assert reopened.waiting_count("test:1") == 1
    assert len(again) == 1 and again[0].attempts == 1 and again[0].last_error == "still down"
    reopened.failed(again[0].id, "refused")
    assert reopened.waiting("test:1") == [] and reopened.waiting_count("test:1") == 0
    assert reopened.add_action("delete", message(7, "spam")) is not None, (
        "a new, deliberate attempt"
    )


def test_a_damaged_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    outbox = Outbox(path)
    assert outbox.problem and "moved to" in outbox.problem
    assert outbox.add_action("delete", message(1)) is not None
    assert any(p.name.startswith("outbox.sqlite3.damaged-") for p in tmp_path.iterdir())


def test_wal_mode(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.sqlite3")
    mode = outbox._db.connection.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
