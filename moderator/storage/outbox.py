"""Actions waiting for the network: kept in SQLite so they survive a restart.

An action lands here when the platform could not be reached; it is tried again when the stream
is live again. The same action on the same message is only ever queued once.
"""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path

from moderator.core.codec import message_from_dict, message_to_dict
from moderator.core.delivery import OutboxEntry
from moderator.core.models import ChatMessage
from moderator.storage.db import Database

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
    state TEXT NOT NULL DEFAULT 'waiting'
);
CREATE INDEX IF NOT EXISTS outbox_waiting ON outbox(stream_key, state);
"""
COLUMNS = "id, stream_key, kind, message, text, duration_s, created_at, attempts, last_error"


class Outbox:
    def __init__(self, path: Path) -> None:
        self._db = Database(path, SCHEMA)
        self.problem = self._db.problem

    def close(self) -> None:
        self._db.close()

    def add_action(
        self, kind: str, message: ChatMessage, duration_s: float | None = None
    ) -> OutboxEntry | None:
        """Queue an action; None if the same action on the same message is already waiting."""
        key = f"{kind}|{message.stream_key}|{message.id}"
        body = json.dumps(message_to_dict(message), ensure_ascii=False)
        return self._insert(key, message.stream_key, kind, body, "", duration_s)

    def add_send(self, stream_key: str, text: str) -> OutboxEntry:
        entry = self._insert(
            f"send|{stream_key}|{uuid.uuid4()}", stream_key, "send", None, text, None
        )
        assert entry is not None  # a fresh uuid never collides
        return entry

    def _insert(
        self,
        key: str,
        stream_key: str,
        kind: str,
        message: str | None,
        text: str,
        duration_s: float | None,
    ) -> OutboxEntry | None:
        cursor = self._db.connection.execute(
            "INSERT OR IGNORE INTO outbox"
            " (dedupe_key, stream_key, kind, message, text, duration_s, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (key, stream_key, kind, message, text, duration_s, time.time()),
        )
        if cursor.rowcount == 0:
            existing = self._db.connection.execute(
                "SELECT state FROM outbox WHERE dedupe_key = ?", (key,)
            ).fetchone()
            if existing and existing[0] != "waiting":
                # done or failed long ago: a new, deliberate attempt is a new entry
                self._db.connection.execute("DELETE FROM outbox WHERE dedupe_key = ?", (key,))
                return self._insert(key, stream_key, kind, message, text, duration_s)
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

    def done(self, entry_id: int) -> None:
        self._set(entry_id, "done", "")

    def failed(self, entry_id: int, error: str) -> None:
        self._set(entry_id, "failed", error)

    def retry_later(self, entry_id: int, error: str) -> None:
        self._db.connection.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?",
            (error, entry_id),
        )

    def _set(self, entry_id: int, state: str, error: str) -> None:
        self._db.connection.execute(
            "UPDATE outbox SET state = ?, last_error = ?, attempts = attempts + 1 WHERE id = ?",
            (state, error, entry_id),
        )


def _to_entry(row: tuple[object, ...]) -> OutboxEntry:
    entry_id, stream_key, kind, message, text, duration_s, created_at, attempts, last_error = row
    return OutboxEntry(
        id=int(str(entry_id)),
        stream_key=str(stream_key),
        kind=str(kind),
        message=message_from_dict(json.loads(str(message))) if message else None,
        text=str(text),
        duration_s=float(str(duration_s)) if duration_s is not None else None,
        created_at=float(str(created_at)),
        attempts=int(str(attempts)),
        last_error=str(last_error),
    )
