"""The rows of authors whose marker changed ("banned", "timed out"), painted anew in one pass.

Finding an author's rows means looking through the whole chat (100k rows, a few milliseconds).
A rule that times out many authors a second did that for each one; now the first change is
shown at once, and the ones that follow within ``EVERY_S`` share the next pass.
"""

from __future__ import annotations

import asyncio
import time

from moderator.core.ports import Rows

#: at most one pass over the chat this often
EVERY_S = 0.2


class AuthorMarks:
    def __init__(self, rows: Rows) -> None:
        self.rows = rows
        self._stale: set[str] = set()
        self._later: asyncio.TimerHandle | None = None
        self._passed_at = -EVERY_S

    @property
    def pending(self) -> bool:
        """Whether a pass is waiting to be made."""
        return self._later is not None

    def changed(self, author_id: str) -> None:
        """``author_id``'s marker changed: repaint their rows now, or with the next pass."""
        self._stale.add(author_id)
        if self._later is not None:
            return
        wait = self._passed_at + EVERY_S - time.monotonic()
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            wait = 0.0  # no loop to wait on (a script, a test): at once
        if wait <= 0:
            self.refresh()
        else:
            self._later = loop.call_later(wait, self.refresh)

    def refresh(self) -> None:
        """Every row of the stale authors changed, in one go (the rows tell the view of each
        run of neighbouring rows, not of one span over the whole chat)."""
        self._later = None
        stale, self._stale = self._stale, set()
        if not stale:
            return
        self._passed_at = time.monotonic()
        self.rows.change_many([m.id for m in self.rows.messages() if m.author.id in stale])

    def close(self) -> None:
        """The stream's rows are going away: no pass after this."""
        if self._later is not None:
            self._later.cancel()
            self._later = None
        self._stale.clear()
