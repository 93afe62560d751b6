"""The moderator's notes on authors, kept in the profile: one row per author with a note."""

from __future__ import annotations

import time
from pathlib import Path

from moderator.core.identity import AuthorKey
from moderator.storage.db import Database, writing

SCHEMA = """
CREATE TABLE IF NOT EXISTS author_notes (
    stream_key TEXT NOT NULL,
    author_id TEXT NOT NULL,
    note TEXT NOT NULL,
    updated_at REAL NOT NULL,
    PRIMARY KEY (stream_key, author_id)
);
"""


class NoteFile:
    """:class:`moderator.core.notes.NoteStore` over a SQLite file."""

    def __init__(self, path: Path) -> None:
        self._db = Database(path, SCHEMA)
        self.problem = self._db.problem

    def close(self) -> None:
        self._db.close()

    def load(self) -> dict[AuthorKey, str]:
        rows = self._db.connection.execute("SELECT stream_key, author_id, note FROM author_notes")
        return {AuthorKey(stream_key, author_id): note for stream_key, author_id, note in rows}

    def save(self, author: AuthorKey, text: str) -> None:
        key = (author.stream_key, author.author_id)
        with writing("the note on an author"), self._db.connection as connection:
            if text:
                connection.execute(
                    "INSERT OR REPLACE INTO author_notes VALUES (?, ?, ?, ?)",
                    (*key, text, time.time()),
                )
            else:
                connection.execute(
                    "DELETE FROM author_notes WHERE stream_key = ? AND author_id = ?", key
                )
