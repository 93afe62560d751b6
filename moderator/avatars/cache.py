"""Fetched pictures on disk, one file per URL, kept until they expire.

The file name is a hash of the URL, so no part of an address a platform sent becomes a path.
A file is written whole (a temporary file, then a rename) so a crash leaves no half picture.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from moderator.core.avatars import MAX_BYTES, TTL_S


class AvatarCache:
    def __init__(
        self,
        folder: Path,
        *,
        ttl_s: float = TTL_S,
        max_bytes: int = MAX_BYTES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.folder = folder
        self.ttl_s = ttl_s
        self.max_bytes = max_bytes
        self._clock = clock

    def path_for(self, url: str) -> Path:
        return self.folder / hashlib.sha256(url.encode("utf-8", "replace")).hexdigest()

    def get(self, url: str) -> bytes | None:
        """The picture kept for ``url``, or None (none, expired, or not what was written)."""
        path = self.path_for(url)
        try:
            stat = path.stat()
            if self._expired(stat.st_mtime) or stat.st_size > self.max_bytes:
                path.unlink(missing_ok=True)
                return None
            return path.read_bytes()
        except OSError:
            return None

    def put(self, url: str, data: bytes) -> None:
        """Keep ``data``; a full or read-only disk only means it is fetched again next time."""
        if len(data) > self.max_bytes:
            return
        with contextlib.suppress(OSError):
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".part-")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.replace(temporary, self.path_for(url))
            except OSError:
                Path(temporary).unlink(missing_ok=True)

    def prune(self) -> int:
        """Remove expired pictures and left-over partial files; how many went."""
        removed = 0
        with contextlib.suppress(OSError):
            for path in self.folder.iterdir():
                with contextlib.suppress(OSError):
                    if path.name.startswith(".part-") or self._expired(path.stat().st_mtime):
                        path.unlink()
                        removed += 1
        return removed

    def _expired(self, mtime: float) -> bool:
        return self._clock() - mtime > self.ttl_s
