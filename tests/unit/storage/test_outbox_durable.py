"""The outbox's write path when the disk is full, and actions kept while their undo window runs
(finding 11)."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from moderator.core.audit import AuditRecord
from moderator.core.models import ChatMessage
from moderator.errors import StorageError
from moderator.storage.audit import AuditLog
from moderator.storage.db import WriteFailed, writing
from moderator.storage.outbox import Outbox
from tests.diskfull import fill_up, make_room
from tests.unit.core.scripted import message

STREAM = "test:1"


def gone_pid() -> int:
    """The id of a process that has ended (a crashed Moderator's)."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


def big(number: int) -> ChatMessage:
    return message(number, "spam " * 2000)


def test_a_full_disk_is_a_clear_storage_error_and_nothing_half_written(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    fill_up(outbox._db.connection, "outbox")
    with pytest.raises(StorageError, match="disk full"):
        outbox.add_action("delete", big(1))
    with pytest.raises(StorageError, match="disk full"):
        outbox.hold("delete", [message(n, "a") for n in range(2, 40)], None)
    assert outbox._db.connection.execute(
        "SELECT count(*) FROM outbox WHERE stream_key = ?", (STREAM,)
    ).fetchone() == (0,), "a batch is held whole or not at all"
    make_room(outbox._db.connection)
    assert outbox.add_action("delete", big(1)) is not None
    assert len(outbox.waiting(STREAM)) == 1


def test_a_full_disk_for_the_audit_log_is_a_storage_error(tmp_path: Path) -> None:
    audit = AuditLog(tmp_path / "audit.sqlite3")
    fill_up(audit._db.connection, "audit")
    entry = AuditRecord(
        datetime.now(UTC), "me", "Test", STREAM, "delete", "1", "a", "A", "x" * 20_000, "done"
    )
    with pytest.raises(StorageError, match="disk full"):
        audit.record(entry)


def test_held_actions_of_a_crashed_instance_are_found_and_not_those_of_a_live_one(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox.sqlite3"
    crashed = Outbox(path, pid=gone_pid())
    crashed.hold("delete", [message(1, "a")], None)
    crashed.hold("ban", [message(2, "b")], 600.0)
    live = Outbox(path)
    live.hold("delete", [message(3, "c")], None)
    found = live.held_from_before(STREAM)
    assert [(e.kind, e.message.id if e.message else "") for e in found] == [
        ("delete", "1"),
        ("ban", "2"),
    ]
    assert found[1].duration_s == 600.0
    assert live.waiting(STREAM) == [], "held actions are not delivered by themselves"


def test_released_held_actions_wait_for_delivery_and_discarded_ones_are_gone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox.sqlite3"
    crashed = Outbox(path, pid=gone_pid())
    crashed.hold("delete", [message(1, "a")], None)
    crashed.hold("delete", [message(2, "b")], None)
    outbox = Outbox(path)
    first, second = outbox.held_from_before(STREAM)
    outbox.release_held([first.id])
    outbox.discard_held([second.id])
    assert [e.message.id for e in outbox.waiting(STREAM) if e.message] == ["1"]
    assert outbox.held_from_before(STREAM) == []


def test_an_action_held_then_sent_leaves_nothing_and_queued_becomes_waiting(
    tmp_path: Path,
) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    outbox.hold("delete", [message(1, "a")], None)
    outbox.unhold("delete", message(1, "a"))
    outbox.hold("delete", [message(2, "b")], None)
    assert outbox.add_action("delete", message(2, "b")) is not None
    outbox.unhold("delete", message(2, "b"))  # the waiting entry is not a hold: it stays
    rows = outbox._db.connection.execute("SELECT dedupe_key, state FROM outbox").fetchall()
    assert rows == [(f"delete|{STREAM}|2", "waiting")]


def test_an_outbox_from_before_holds_opens_and_holds(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE outbox (id INTEGER PRIMARY KEY, dedupe_key TEXT NOT NULL UNIQUE,"
        " stream_key TEXT NOT NULL, kind TEXT NOT NULL, message TEXT, text TEXT NOT NULL"
        " DEFAULT '', duration_s REAL, created_at REAL NOT NULL, attempts INTEGER NOT NULL"
        " DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'waiting');"
    )
    old.close()
    outbox = Outbox(path, pid=gone_pid())
    outbox.hold("delete", [message(1, "a")], None)
    assert len(Outbox(path).held_from_before(STREAM)) == 1


def test_a_file_system_out_of_space_reads_disk_full_too() -> None:
    full = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    with pytest.raises(WriteFailed, match="could not save the ban: disk full"), writing("the ban"):
        raise full
    read_only = OSError(errno.EROFS, "Read-only file system")
    with pytest.raises(WriteFailed, match="the ban: Read-only file system"), writing("the ban"):
        raise read_only
