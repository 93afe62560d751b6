"""Automod's strikes kept in the profile (one row per strike), and its rules file.

Strikes older than the longest decay anyone would set are pruned when the file opens, so the
table stays small. Counting is one indexed query over the authors of one person.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from pathlib import Path

from moderator.core.automod.rules import BadRules, RuleSet
from moderator.core.identity import AuthorKey
from moderator.storage.db import Database, writing
from moderator.storage.files import atomic_write_text

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS strikes (
    stream_key TEXT NOT NULL,
    author_id TEXT NOT NULL,
    at REAL NOT NULL,
    rule TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS strikes_by_author ON strikes (stream_key, author_id, at);
"""
#: strikes older than this are gone for good (a ladder's decay is at most this)
KEEP_SECONDS = 30 * 24 * 3600


class StrikeFile:
    """:class:`moderator.core.automod.strikes.StrikeStore` over a SQLite file."""

    def __init__(self, path: Path, *, now: float | None = None) -> None:
        self._db = Database(path, SCHEMA)
        self.problem = self._db.problem
        oldest = (time.time() if now is None else now) - KEEP_SECONDS
        with writing("automod strikes"):
            self._db.connection.execute("DELETE FROM strikes WHERE at < ?", (oldest,))

    def close(self) -> None:
        self._db.close()

    def add(self, author: AuthorKey, at: float, rule: str, message_id: str = "") -> None:
        with writing("an automod strike"):
            self._db.connection.execute(
                "INSERT INTO strikes VALUES (?, ?, ?, ?)",
                (author.stream_key, author.author_id, at, rule),
            )

    def count(self, authors: Iterable[AuthorKey], since: float) -> int:
        total = 0
        for author in set(authors):
            row = self._db.connection.execute(
                "SELECT COUNT(*) FROM strikes WHERE stream_key = ? AND author_id = ? AND at >= ?",
                (author.stream_key, author.author_id, since),
            ).fetchone()
            total += int(row[0])
        return total


def load_rules(path: Path, default: RuleSet) -> tuple[RuleSet, str]:
    """The rules saved in ``path`` (``default`` when there are none yet), and a sentence when
    the file could not be used (then ``default`` too, and the file is left for the moderator)."""
    if not path.exists():
        return default, ""
    try:
        return RuleSet.load(path), ""
    except BadRules as err:
        log.warning("automod rules not loaded: %s", err)
        return default, f"{err} The starter rules are used until you save others."


def save_rules(path: Path, rules: RuleSet) -> None:
    with writing("the automod rules"):
        atomic_write_text(path, rules.model_dump_json(indent=2))
