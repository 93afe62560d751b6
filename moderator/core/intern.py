"""Sharing equal objects among the messages of one stream (no Qt).

A chat repeats itself: a few hundred authors say most lines, and a busy second stamps hundreds
of messages with the same time. Keeping one ``Author`` per author and one ``datetime`` per
second instead of one each per message saves ~100-200 bytes a message in a 100k buffer, and
skips building the author (and its badge set) again for every line.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Hashable
from datetime import datetime

from moderator.core.models import Author, in_utc

#: entries kept per table before it starts afresh (a bound, not a cache policy)
LIMIT = 8_192


class Interner:
    def __init__(self, limit: int = LIMIT) -> None:
        self._limit = limit
        self._authors: dict[Hashable, Author] = {}
        self._times: dict[datetime, datetime] = {}
        self._stamps: dict[str, datetime] = {}

    def author(self, key: Hashable, build: Callable[[], Author]) -> Author:
        """The shared author for ``key`` (the raw fields it is made from), built once."""
        authors = self._authors
        found = authors.get(key)
        if found is None:
            if len(authors) >= self._limit:
                authors.clear()
            found = authors[key] = build()
        return found

    def time(self, value: datetime) -> datetime:
        """An equal datetime already in use (same instant, same offset), or ``value`` (in the
        shared UTC zone when it came with a parser's own zone object: see ``checked_time``)."""
        with contextlib.suppress(OverflowError, ValueError):  # checked_time judges it
            value = in_utc(value)
        times = self._times
        found = times.get(value)
        if found is not None and found.utcoffset() == value.utcoffset():
            return found
        if len(times) >= self._limit:
            times.clear()
        times[value] = value
        return value

    def stamp(self, text: str, parse: Callable[[str], datetime]) -> datetime:
        """The datetime for a wire time stamp, parsed once per distinct stamp."""
        stamps = self._stamps
        found = stamps.get(text)
        if found is None:
            if len(stamps) >= self._limit:
                stamps.clear()
            found = stamps[text] = self.time(parse(text))
        return found
