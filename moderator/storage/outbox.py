"""Actions waiting for the network: kept in SQLite so they survive a restart.

An action lands here when the platform could not be reached; it is tried again when the stream
is live again. The same action on the same message is only ever queued once.

A delete or ban in its undo window is kept here too, as "held" by this process: if Moderator is
killed before the window ends, the next start finds it (its holder is gone) and asks the
moderator whether to send it. A write that fails (a full disk) raises
:class:`~moderator.storage.db.WriteFailed` and leaves nothing half-written.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Sequence
from pathlib import Path

from moderator.core.codec import message_from_dict, message_to_dict
from moderator.core.delivery import OutboxEntry
from moderator.core.models import ChatMessage
from moderator.storage.db import Database, writing

SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY,
    dedupe_key TEXT NOT NULL UNIQUE,
    stream_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    message TEXT,
    text TEXT NOT NULL DEFAULT '',
    duration_s REAL,
    created_at REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'waiting',
    holder INTEGER NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS outbox_waiting ON outbox(stream_key, state);
"""
COLUMNS = (
    "id, stream_key, kind, message, text, duration_s, created_at, attempts, last_error, origin"
)


HELD = "held"
HOLD = (
    "INSERT INTO outbox (dedupe_key, stream_key, kind, message, duration_s, created_at, state,"
    " holder) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(dedupe_key) DO UPDATE SET"
    " message = excluded.message, duration_s = excluded.duration_s,"
    " created_at = excluded.created_at, state = excluded.state, holder = excluded.holder,"
    " attempts = 0, last_error = '' WHERE state != 'waiting'"
)


class Outbox:
    def __init__(self, path: Path, *, pid: int | None = None) -> None:
        self._db = Database(path, SCHEMA)
        self.problem = self._db.problem
        #: the process whose undo windows this instance holds (a test may name another)
        self._pid = pid or os.getpid()
        columns = {row[1] for row in self._db.connection.execute("PRAGMA table_info(outbox)")}
        if "holder" not in columns:  # an outbox from before undo windows were kept
            self._db.connection.execute(
                "ALTER TABLE outbox ADD COLUMN holder INTEGER NOT NULL DEFAULT 0"
            )
        if "origin" not in columns:  # from before a rule's actions kept its name: the
            # moderator's own, as they were then shown
            self._db.connection.execute(
                "ALTER TABLE outbox ADD COLUMN origin TEXT NOT NULL DEFAULT ''"
            )

    def close(self) -> None:
        self._db.close()

    def add_action(
        self, kind: str, message: ChatMessage, duration_s: float | None = None, origin: str = ""
    ) -> OutboxEntry | None:
        """Queue an action; None if the same action on the same message is already waiting.
        ``origin``: who asked when not the moderator ("automod: Links"), kept for delivery."""
        body = json.dumps(message_to_dict(message), ensure_ascii=False)
        key = _key(kind, message)
        with writing(f"the {kind}"):
            return self._insert(key, message.stream_key, kind, body, "", duration_s, origin)

    def add_send(self, stream_key: str, text: str) -> OutboxEntry:
        with writing("the message"):
            entry = self._insert(
                f"send|{stream_key}|{uuid.uuid4()}", stream_key, "send", None, text, None
            )
        assert entry is not None  # a fresh uuid never collides
        return entry

    # -- actions in their undo window -----------------------------------------------------------

    def hold(self, kind: str, messages: Sequence[ChatMessage], duration_s: float | None) -> None:
        """Keep actions whose undo window runs, as this process's, in one transaction; one
        already waiting for the network stays as it is."""
        now = time.time()
        rows = [
            (
                _key(kind, m),
                m.stream_key,
                kind,
                json.dumps(message_to_dict(m), ensure_ascii=False),
                duration_s,
                now,
                HELD,
                self._pid,
            )
            for m in messages
        ]
        connection = self._db.connection
        with writing(f"the {kind}"):
            connection.execute("BEGIN")
            try:
                connection.executemany(HOLD, rows)
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:  # SQLite may have rolled back already (full)
                    connection.execute("ROLLBACK")
                raise

    def unhold(self, kind: str, message: ChatMessage) -> None:
        """The undo window of this action ended (sent, undone or queued): forget the hold."""
        with writing(f"the {kind}"):
            self._db.connection.execute(
                "DELETE FROM outbox WHERE dedupe_key = ? AND state = ? AND holder = ?",
                (_key(kind, message), HELD, self._pid),
            )

    def held_from_before(self, stream_key: str) -> list[OutboxEntry]:
        """Actions whose undo window was running when their Moderator ended without closing it."""
        rows = self._db.connection.execute(
            f"SELECT {COLUMNS}, holder FROM outbox WHERE stream_key = ? AND state = ? ORDER BY id",
            (stream_key, HELD),
        ).fetchall()
        return [_to_entry(row[:-1]) for row in rows if not self._alive(int(row[-1]))]

    def release_held(self, entry_ids: Sequence[int]) -> None:
        """The moderator chose to send them: they wait for delivery like any queued action."""
        self._settle_held(entry_ids, "UPDATE outbox SET state = 'waiting', holder = 0")

    def discard_held(self, entry_ids: Sequence[int]) -> None:
        self._settle_held(entry_ids, "DELETE FROM outbox")

    def _settle_held(self, entry_ids: Sequence[int], change: str) -> None:
        marks = ", ".join("?" * len(entry_ids))
        with writing("the answer"):
            self._db.connection.execute(
                f"{change} WHERE state = ? AND id IN ({marks})", (HELD, *entry_ids)
            )

    def _alive(self, pid: int) -> bool:
        """Whether the Moderator that holds an undo window still runs (then it is its own)."""
        if pid == self._pid:
            return True
        if os.name != "posix" or pid <= 0:
            return False  # no cheap, safe check: treat the holder as gone
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:  # alive, another user's
            return True
        return True

    def _insert(
        self,
        key: str,
        stream_key: str,
        kind: str,
        message: str | None,
        text: str,
        duration_s: float | None,
        origin: str = "",
    ) -> OutboxEntry | None:
        cursor = self._db.connection.execute(
            "INSERT OR IGNORE INTO outbox"
            " (dedupe_key, stream_key, kind, message, text, duration_s, created_at, origin)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (key, stream_key, kind, message, text, duration_s, time.time(), origin),
        )
        if cursor.rowcount == 0:
            existing = self._db.connection.execute(
                "SELECT state FROM outbox WHERE dedupe_key = ?", (key,)
            ).fetchone()
            if existing and existing[0] != "waiting":
                # done or failed long ago: a new, deliberate attempt is a new entry
                self._db.connection.execute("DELETE FROM outbox WHERE dedupe_key = ?", (key,))
                return self._insert(key, stream_key, kind, message, text, duration_s, origin)
            return None
        return self._entry(int(cursor.lastrowid or 0))

    def _entry(self, entry_id: int) -> OutboxEntry:
        row = self._db.connection.execute(
            f"SELECT {COLUMNS} FROM outbox WHERE id = ?", (entry_id,)
        ).fetchone()
        return _to_entry(row)

    def waiting(self, stream_key: str) -> list[OutboxEntry]:
        rows = self._db.connection.execute(
            f"SELECT {COLUMNS} FROM outbox WHERE stream_key = ? AND state = 'waiting' ORDER BY id",
            (stream_key,),
        ).fetchall()
        return [_to_entry(row) for row in rows]

    def waiting_count(self, stream_key: str) -> int:
        """How many wait, without reading them (asked after every action left waiting)."""
        row = self._db.connection.execute(
            "SELECT COUNT(*) FROM outbox WHERE stream_key = ? AND state = 'waiting'",
            (stream_key,),
        ).fetchone()
        return int(row[0])

    # -- outcomes of delivery -------------------------------------------------------------------

    def done(self, entry_id: int) -> None:
        self._set(entry_id, "done", "")

    def failed(self, entry_id: int, error: str) -> None:
        self._set(entry_id, "failed", error)

    def retry_later(self, entry_id: int, error: str) -> None:
        with writing("the outcome"):
            self._db.connection.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?",
                (error, entry_id),
            )

    def _set(self, entry_id: int, state: str, error: str) -> None:
        with writing("the outcome"):
            self._db.connection.execute(
                "UPDATE outbox SET state = ?, last_error = ?, attempts = attempts + 1 WHERE id = ?",
                (state, error, entry_id),
            )


def _key(kind: str, message: ChatMessage) -> str:
    return f"{kind}|{message.stream_key}|{message.id}"


def _to_entry(row: tuple[object, ...]) -> OutboxEntry:
    entry_id, stream_key, kind, message, text, duration_s, created_at, attempts, error = row[:9]
    return OutboxEntry(
        id=int(str(entry_id)),
        stream_key=str(stream_key),
        kind=str(kind),
        message=message_from_dict(json.loads(str(message))) if message else None,
        text=str(text),
        duration_s=float(str(duration_s)) if duration_s is not None else None,
        created_at=float(str(created_at)),
        attempts=int(str(attempts)),
        last_error=str(error),
        origin=str(row[9] or ""),
    )
