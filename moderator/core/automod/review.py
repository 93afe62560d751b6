"""The review queue: messages automod held back from the tabs until the moderator decides.

Newest first, across streams, each with the rule that caught it. The queue is bounded: past
``limit`` the oldest held message is given back (shown in its tab again) rather than lost.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from moderator.core.models import ChatMessage

LIMIT = 5_000


@dataclass(frozen=True, slots=True)
class Held:
    message: ChatMessage
    rule: str
    why: str
    #: the author's strikes when it was caught (0: no ladder rule matched)
    strikes: int = 0

    @property
    def key(self) -> tuple[str, str]:
        return (self.message.stream_key, self.message.id)


class ReviewQueue:
    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        #: oldest first (appending is cheap); :meth:`newest_first` is the order shown
        self._items: dict[tuple[str, str], Held] = {}

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def add(self, held: Held) -> list[Held]:
        """Hold ``held``; the ones given back because the queue was full (shown again)."""
        if held.key in self._items:
            return []
        self._items[held.key] = held
        overflow: list[Held] = []
        while len(self._items) > self.limit:
            overflow.append(self._items.pop(next(iter(self._items))))
        return overflow

    def take(self, keys: Iterable[tuple[str, str]]) -> list[Held]:
        """Take these out of the queue (decided); those no longer in it are skipped."""
        return [held for key in keys if (held := self._items.pop(key, None)) is not None]

    def take_stream(self, stream_key: str) -> list[Held]:
        """Everything held from one stream (its tab is closing)."""
        return self.take([k for k in self._items if k[0] == stream_key])

    def newest_first(self) -> list[Held]:
        return list(reversed(self._items.values()))
