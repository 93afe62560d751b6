"""Shared records kept on this computer until the team database has them.

Every record is written here first, then sent, then forgotten (an outbox): a record born while
the database was away, or while the app was closing, waits here; one sent whose answer was lost
is sent again and the database, knowing its key, applies it once. The bookmarks of what this
computer has already heard (the last audit row, the last record change) live here too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from moderator.core.team import SharedRecord
from moderator.storage.db import Database, writing

SCHEMA = """
CREATE TABLE IF NOT EXISTS pending (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS bookmarks (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"""


def dump(record: SharedRecord) -> str:
    return json.dumps(
        {
            "kind": record.kind,
            "subject": record.subject,
            "body": record.body,
            "key": record.key,
            "at": record.at.isoformat(),
            "expires_at": record.expires_at.isoformat() if record.expires_at else None,
        }
    )


def load(text: str) -> SharedRecord:
    raw = json.loads(text)
    expires = raw.get("expires_at")
    return SharedRecord(
        kind=raw["kind"],
        subject=raw["subject"],
        body=raw["body"],
        key=raw["key"],
        at=datetime.fromisoformat(raw["at"]),
        expires_at=datetime.fromisoformat(expires) if expires else None,
    )


class PendingRecords:
    def __init__(self, path: Path) -> None:
        self._db = Database(path, SCHEMA)
        self.problem = self._db.problem

    def close(self) -> None:
        self._db.close()

    def add(self, record: SharedRecord) -> None:
        with writing("a shared record"):
            self._db.connection.execute(
                "INSERT OR IGNORE INTO pending (key, record) VALUES (?, ?)",
                (record.key, dump(record)),
            )

    def oldest(self, limit: int = 200) -> list[SharedRecord]:
        rows = self._db.connection.execute(
            "SELECT record FROM pending ORDER BY seq LIMIT ?", (limit,)
        ).fetchall()
        return [load(row[0]) for row in rows]

    def forget(self, keys: Iterable[str]) -> None:
        with writing("the shared records"), self._db.connection as connection:
            connection.execute("BEGIN")
            connection.executemany("DELETE FROM pending WHERE key = ?", [(k,) for k in keys])

    def __len__(self) -> int:
        row = self._db.connection.execute("SELECT count(*) FROM pending").fetchone()
        return int(row[0]) if row else 0

    def bookmark(self, name: str) -> str | None:
        row = self._db.connection.execute(
            "SELECT value FROM bookmarks WHERE name = ?", (name,)
        ).fetchone()
        return str(row[0]) if row else None

    def set_bookmark(self, name: str, value: str) -> None:
        with writing("a bookmark"):
            self._db.connection.execute(
                "INSERT OR REPLACE INTO bookmarks VALUES (?, ?)", (name, value)
            )
