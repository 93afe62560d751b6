"""Writes that did not reach the disk (a full disk, say), kept in memory and tried again.

A moderation action is never dropped because the outbox or the audit log could not be written:
the write waits here, the tab says so ("could not save the delete: disk full; retrying"), and
it is tried again with a growing pause until it succeeds; then the tab says it is saved.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Hashable
from typing import Any

from moderator.errors import StorageError
from moderator.wording import Said

log = logging.getLogger(__name__)
Spawn = Callable[[Coroutine[Any, Any, None]], None]
Write = Callable[[], object]


class UnsavedWrites:
    def __init__(
        self,
        spawn: Spawn,
        notice: Callable[[str], None],
        saved: Callable[[], None],
        *,
        retry_after: float = 1.0,
        retry_max: float = 30.0,
    ) -> None:
        self._spawn = spawn
        self._notice = notice
        self._saved = saved
        self.retry_after = retry_after
        self.retry_max = retry_max
        self._writes: dict[Hashable, Write] = {}
        self._retrying = False
        #: why the last write failed ("could not save the delete: disk full")
        self.reason = ""

    def __len__(self) -> int:
        return len(self._writes)

    def __contains__(self, key: Hashable) -> bool:
        return key in self._writes

    def save(
        self,
        key: Hashable,
        write: Write,
        errors: tuple[type[Exception], ...] = (),
        *,
        after: str = "",
    ) -> bool:
        """Write now; if it fails, keep it (by ``key``) and try again later. True if written.
        With ``after``, a write waits behind the kept ones whose key starts with it (read marks
        must not overtake an earlier unmark)."""
        if after and any(isinstance(k, tuple) and k[0] == after for k in self._writes):
            self._writes[key] = write
            return False
        caught: tuple[type[Exception], ...] = (StorageError, *errors)
        try:
            write()
        except caught as err:
            self._keep(key, write, err)
            return False
        self._writes.pop(key, None)
        return True

    def forget(self, key: Hashable) -> bool:
        """Drop a write not needed any more; True if it had not been written yet."""
        return self._writes.pop(key, None) is not None

    def _keep(self, key: Hashable, write: Write, err: Exception) -> None:
        self._writes[key] = write
        self.reason = str(err) if isinstance(err, StorageError) else f"could not save: {err}"
        log.error("%s (kept in memory, retrying)", self.reason)
        sentence = self.reason[:1].upper() + self.reason[1:]
        self._notice(
            Said("{problem}; retrying. Nothing is lost: it stays pending here.", problem=sentence)
        )
        if not self._retrying:
            self._retrying = True
            self._spawn(self._retry())

    async def _retry(self) -> None:
        pause = self.retry_after
        try:
            while self._writes:
                await asyncio.sleep(pause)
                pause = min(pause * 2, self.retry_max)
                for key, write in list(self._writes.items()):
                    try:
                        write()
                    except Exception as err:  # still full: the next round tries again
                        log.debug("still not saved: %s", err)
                        break
                    if self._writes.get(key) is write:
                        del self._writes[key]
        except asyncio.CancelledError:  # the tab closed before the disk had room
            log.error("%d writes were never saved: %s", len(self._writes), self.reason)
            raise
        finally:
            self._retrying = False
        self._notice(Said("Saved to disk again: nothing was lost."))
        self._saved()
