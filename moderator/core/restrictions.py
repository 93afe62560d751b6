"""What Moderator knows of each author's ban or timeout on one stream.

Platforms do not say who is banned, so this is what the moderator did here and saw go through:
a ban lasts until an unban, a timeout ends on its own. The user card shows it and offers Unban
instead of Ban.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo

from moderator.core.actions import DEFAULT_TIMEOUT, ActionKind

Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Restriction:
    kind: ActionKind
    #: when a timeout ends; None for a ban
    until: datetime | None = None


class Restrictions:
    def __init__(self, clock: Clock = _now) -> None:
        self._clock = clock
        self._by_author: dict[str, Restriction] = {}

    def apply(self, kind: ActionKind, author_id: str, duration: timedelta | None = None) -> None:
        """A ban, timeout or unban on ``author_id`` went through (other actions change nothing)."""
        if kind is ActionKind.BAN:
            self._by_author[author_id] = Restriction(kind)
        elif kind is ActionKind.TIMEOUT:
            until = self._clock() + (duration or DEFAULT_TIMEOUT)
            self._by_author[author_id] = Restriction(kind, until)
        elif kind is ActionKind.UNBAN:
            self._by_author.pop(author_id, None)

    def of(self, author_id: str) -> Restriction | None:
        """The author's ban or running timeout, as far as this moderator knows."""
        known = self._by_author.get(author_id)
        if known is not None and known.until is not None and known.until <= self._clock():
            del self._by_author[author_id]
            return None
        return known


def describe(restriction: Restriction, zone: tzinfo | None = None) -> str:
    """ "banned", "timed out until 12:34" (in ``zone``, the local time by default)."""
    if restriction.until is None:
        return "banned"
    return f"timed out until {restriction.until.astimezone(zone):%H:%M}"
