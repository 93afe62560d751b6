"""The moderator's links between authors of different streams, kept in the profile: one row per
linked author, numbered by the person they belong to. Saving rewrites the table in one
transaction (a moderator links a handful of people, not thousands)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from moderator.core.identity import AuthorKey
from moderator.storage.db import Database, writing

# a rowid table: this SQLite's quick_check misreads NOT NULL columns of a WITHOUT ROWID one
SCHEMA = """
CREATE TABLE IF NOT EXISTS author_links (
    person INTEGER NOT NULL,
    stream_key TEXT NOT NULL,
    author_id TEXT NOT NULL,
    PRIMARY KEY (stream_key, author_id)
);
"""


class LinkFile:
    """:class:`moderator.core.identity.LinkStore` over a SQLite file."""

    def __init__(self, path: Path) -> None:
        self._db = Database(path, SCHEMA)
        self.problem = self._db.problem

    def close(self) -> None:
        self._db.close()

    def load(self) -> list[frozenset[AuthorKey]]:
        people: dict[int, set[AuthorKey]] = {}
        rows = self._db.connection.execute("SELECT person, stream_key, author_id FROM author_links")
        for person, stream_key, author_id in rows:
            people.setdefault(person, set()).add(AuthorKey(stream_key, author_id))
        return [frozenset(group) for group in people.values() if len(group) > 1]

    def save(self, groups: Iterable[frozenset[AuthorKey]]) -> None:
        rows = [
            (person, key.stream_key, key.author_id)
            for person, group in enumerate(sorted(groups, key=sorted))
            for key in sorted(group)
        ]
        with writing("the links between authors"), self._db.connection as connection:
            connection.execute("BEGIN")
            connection.execute("DELETE FROM author_links")
            connection.executemany("INSERT OR REPLACE INTO author_links VALUES (?, ?, ?)", rows)
