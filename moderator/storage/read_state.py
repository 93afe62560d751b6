"""Read state kept on this computer, for platforms without a read flag of their own.

One row per message the moderator read, keyed by stream and message id; a tab asks which of
the messages that just arrived were read before, one query per arriving batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from moderator.storage.db import Database, writing

SCHEMA = """
CREATE TABLE IF NOT EXISTS read_state (
    stream_key TEXT NOT NULL,
    message_id TEXT NOT NULL,
    PRIMARY KEY (stream_key, message_id)
) WITHOUT ROWID;
"""
#: SQLite's default limit on the parameters of one statement is 999
CHUNK = 900


class ReadState:
    def __init__(self, path: Path) -> None:
        self._db = Database(path, SCHEMA)
        self.problem = self._db.problem
        #: streams known to have read marks (or none): most streams a moderator watches have
        #: none, and their live chat (a platform that sends each message as an event of its
        #: own) would otherwise cost a query per message on the GUI thread
        self._has_marks: dict[str, bool] = {}
        #: queries run by :meth:`read_among` (for tests)
        self.queries = 0

    def close(self) -> None:
        self._db.close()

    def mark(self, stream_key: str, message_ids: Iterable[str]) -> None:
        rows = [(stream_key, mid) for mid in message_ids]
        if rows:
            with writing("the read marks"), self._db.connection as connection:
                connection.execute("BEGIN")
                connection.executemany("INSERT OR IGNORE INTO read_state VALUES (?, ?)", rows)
            self._has_marks[stream_key] = True

    def unmark(self, stream_key: str, message_ids: Iterable[str]) -> None:
        rows = [(stream_key, mid) for mid in message_ids]
        if rows:
            with writing("the read marks"), self._db.connection as connection:
                connection.execute("BEGIN")
                connection.executemany(
                    "DELETE FROM read_state WHERE stream_key = ? AND message_id = ?", rows
                )

    def read_among(self, stream_key: str, message_ids: Sequence[str]) -> set[str]:
        """Which of these messages were read on this computer."""
        found: set[str] = set()
        if not message_ids or not self._marked(stream_key):
            return found
        for start in range(0, len(message_ids), CHUNK):
            chunk = message_ids[start : start + CHUNK]
            marks = ", ".join("?" * len(chunk))
            query = (
                "SELECT message_id FROM read_state"
                f" WHERE stream_key = ? AND message_id IN ({marks})"
            )
            rows = self._db.connection.execute(query, (stream_key, *chunk))
            self.queries += 1
            found.update(row[0] for row in rows)
        return found

    def _marked(self, stream_key: str) -> bool:
        """Whether the stream has any read mark (asked of the database once per stream)."""
        known = self._has_marks.get(stream_key)
        if known is None:
            query = "SELECT 1 FROM read_state WHERE stream_key = ? LIMIT 1"
            row = self._db.connection.execute(query, (stream_key,)).fetchone()
            known = self._has_marks[stream_key] = row is not None
        return known
