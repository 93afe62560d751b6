"""SQLite databases of the profile: WAL mode, and a damaged file moved aside, not fatal."""

from __future__ import annotations

import contextlib
import errno
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from moderator.errors import StorageError
from moderator.storage.files import make_private, move_aside, touch_private

log = logging.getLogger(__name__)


def ensure_usable(path: Path) -> str | None:
    """Move a damaged database out of the way (a sentence saying so, if it was), and make sure
    the file that will be used is private: SQLite gives its -wal and -shm files the same mode."""
    problem = _check(path)
    touch_private(path)
    make_private(
        Path(f"{path}{suffix}") for suffix in ("-wal", "-shm") if Path(f"{path}{suffix}").exists()
    )
    return problem


def _check(path: Path) -> str | None:
    if not path.exists():
        return None
    try:
        connection = sqlite3.connect(path)
        try:
            check = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
        if check is None or check[0] != "ok":
            raise sqlite3.DatabaseError(f"integrity check said {check!r}")
    except sqlite3.DatabaseError as err:
        moved = move_aside(path)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        problem = (
            f"{path.name} was damaged ({err}); it was moved to {moved.name} "
            "and a new one was started."
        )
        log.error("%s", problem)
        return problem
    return None


class WriteFailed(StorageError):
    """A write did not reach the disk (full, read-only, gone): nothing of it was kept."""


@contextlib.contextmanager
def writing(what: str) -> Iterator[None]:
    """Turn a failed SQLite or file write into :class:`WriteFailed`, with a short reason."""
    try:
        yield
    except (sqlite3.OperationalError, OSError) as err:
        raise WriteFailed(f"could not save {what}: {why(err)}") from err


def why(err: Exception) -> str:
    """ "disk full", or the error's own words."""
    full = isinstance(err, OSError) and err.errno in (errno.ENOSPC, errno.EDQUOT)
    if full or "full" in str(err).lower():
        return "disk full"
    return str(getattr(err, "strerror", None) or err)


def connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("PRAGMA busy_timeout=3000")
    return connection


class Database:
    """One SQLite file. ``problem`` is a sentence when the old file had to be moved aside."""

    def __init__(self, path: Path, schema: str) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self.problem = ensure_usable(path)
        self.connection = connect(path)
        self.connection.executescript(schema)

    def close(self) -> None:
        self.connection.close()
