"""The opaque fetch cursor: the newest few message ids and what was known of them.

Stream Chat pages forward with ``id_gt``. Reading from the oldest id of a small window (instead
of the newest) sees the window's messages again, so a soft delete or a read marker that moved is
noticed over REST too and reported in ``Page.updates``. Several ids also survive a hard delete
of the newest one (the oldest id is only the anchor: its own changes show up over the
websocket, not here). Stream's answer to an ``id_gt`` that no longer exists is undocumented [I].
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from moderator.core.models import ChatMessage, MessageState

log = logging.getLogger(__name__)
#: how many of the newest messages a cursor keeps watching for changes
WINDOW = 20
TRACKED = MessageState.READ | MessageState.DELETED


@dataclass(frozen=True, slots=True)
class Window:
    """``(id, state bits)`` of the newest messages read, oldest first."""

    entries: tuple[tuple[str, int], ...] = ()

    @classmethod
    def decode(cls, cursor: str | None) -> Window:
        if not cursor:
            return cls()
        try:
            raw = json.loads(cursor)["w"]
            return cls(tuple((str(i), int(bits)) for i, bits in raw))
        except (ValueError, KeyError, TypeError):
            log.warning("ibmvideo: unreadable cursor ignored; reading the newest page")
            return cls()

    def encode(self) -> str:
        return json.dumps({"w": [list(entry) for entry in self.entries]}, separators=(",", ":"))

    def ids(self) -> list[str]:
        return [message_id for message_id, _ in self.entries]

    def split(self, messages: list[ChatMessage]) -> tuple[list[ChatMessage], list[ChatMessage]]:
        """(messages not seen before, known messages whose read/deleted state changed)."""
        known = dict(self.entries)
        fresh: list[ChatMessage] = []
        changed: list[ChatMessage] = []
        for message in messages:
            bits = known.get(message.id)
            if bits is None:
                fresh.append(message)
            elif bits != (message.state & TRACKED).value:
                changed.append(message)
        return fresh, changed

    def advance(self, anchor: str | None, messages: list[ChatMessage]) -> Window:
        """The window after a read from ``anchor`` (exclusive) that returned ``messages``.

        The anchor stays in: ``id_gt`` never returns it, and dropping it each time would
        shrink the window to nothing on a quiet channel.
        """
        if not messages:
            return self
        known = dict(self.entries)
        head = [(anchor, known[anchor])] if anchor is not None and anchor in known else []
        entries = head + [(m.id, (m.state & TRACKED).value) for m in messages]
        return Window(tuple(entries[-WINDOW:]))
