"""SQLite databases of the profile: WAL mode, and a damaged file moved aside, not fatal."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from moderator.storage.files import move_aside

log = logging.getLogger(__name__)


class Database:
    """One SQLite file. ``problem`` is a sentence when the old file had to be moved aside."""

    def __init__(self, path: Path, schema: str) -> None:
        self.path = path
        self.problem: str | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.connection = self._open(schema)
        except sqlite3.DatabaseError as err:
            moved = move_aside(path)
            for suffix in ("-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
            self.problem = (
                f"{path.name} was damaged ({err}); it was moved to {moved.name} "
                "and a new one was started."
            )
            log.error("%s", self.problem)
            self.connection = self._open(schema)

    def _open(self, schema: str) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA busy_timeout=3000")
            check = connection.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError(f"integrity check said {check!r}")
            connection.executescript(schema)
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    def close(self) -> None:
        self.connection.close()
