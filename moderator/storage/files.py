"""Files that survive a crash mid-write (temp file, fsync, rename), readable by their owner only.

Chat data, logs and sign-ins are private: on POSIX the profile's folders are 0700 and its files
0600 whatever the umask; elsewhere the per-user profile folders are private already.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_POSIX = os.name == "posix"


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and parents) if needed; make it and every file in it private."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if not _POSIX:
        return
    make_private(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    folders = [folder, *(d for d in folder.rglob("*") if d.is_dir() and not d.is_symlink())]
    for sub in folders:
        with contextlib.suppress(OSError):  # not ours (a shared --profile): leave it be
            sub.chmod(PRIVATE_DIR)


def make_private(paths: Iterable[Path]) -> None:
    """Files of an older profile (0644 before): readable by their owner only."""
    if not _POSIX:
        return
    for path in paths:
        # gone meanwhile (a rotated log), or not ours: nothing to keep private
        with contextlib.suppress(OSError):
            path.chmod(PRIVATE_FILE)


def touch_private(path: Path) -> None:
    """Create ``path`` empty and private if it is missing (SQLite gives -wal/-shm its mode)."""
    with contextlib.suppress(OSError):  # read-only: SQLite says so itself when it opens it
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
    make_private([path])


def open_private(path: Path, *, newline: str | None = None) -> IO[str]:
    """Open for writing text: a new file is private; an existing one keeps the mode it has."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    return os.fdopen(fd, "w", encoding="utf-8", newline=newline)


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so a reader sees the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def move_aside(path: Path) -> Path:
    """Rename a damaged file out of the way (kept for the user), returning its new name."""
    target = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}-{counter}")
    path.replace(target)
    return target
