"""The pace rules of the fast path in one group that also notes the message: floods, new
authors, repeats and raids each look their table up once, note the message and count, where
the reference notes every table first (:meth:`Memory.note`) and then looks each up again.

A rule reads only its own table, so noting and counting table by table says the same as
noting everything first (the property test of the fast path holds it to that). The tables,
their bounds and the order they forget in are :class:`Memory`'s own.
"""

from __future__ import annotations

from typing import TypeVar

from moderator.core.automod.checks import RAID_TEXT, Found, Seen
from moderator.core.automod.memory import DEPTH, Memory, _make_room
from moderator.core.automod.rules import Rule, RuleKind

K = TypeVar("K")
#: (the rule's place in the set, the rule, its count, its window, why it matched)
Paced = tuple[int, Rule, int, float, str]


def _paced(rules: list[tuple[int, Rule]], why: str) -> list[Paced]:
    return [
        (i, r, r.count, r.window_seconds, why.format(count=r.count, window=r.window_seconds))
        for i, r in rules
    ]


class PaceGroup:
    """Every flood, new-author, repeat and raid rule of a stream (the engine does not note the
    message itself when its plan has this group)."""

    __slots__ = ("flood", "flood_fewest", "new", "raid", "raid_fewest", "repeat", "repeat_fewest")

    def __init__(self, by_kind: dict[RuleKind, list[tuple[int, Rule]]]) -> None:
        self.flood = _paced(by_kind.get(RuleKind.FLOOD, []), "{count} messages in {window:g} s")
        self.repeat = _paced(
            by_kind.get(RuleKind.REPEAT, []), "the same message {count} times in {window:g} s"
        )
        self.raid = by_kind.get(RuleKind.RAID, [])
        self.new = [(i, r, r.first_messages) for i, r in by_kind.get(RuleKind.NEW_AUTHOR, [])]
        self.flood_fewest = min((p[2] for p in self.flood), default=0)
        self.repeat_fewest = min((p[2] for p in self.repeat), default=0)
        self.raid_fewest = min((r.count for _i, r in self.raid), default=0)

    def run(self, seen: Seen, found: Found) -> None:
        memory, author, now = seen.memory, seen.author.id, seen.now
        if self.flood:
            times = _times(memory, memory.times, author, now)
            _count(times, self.flood_fewest, self.flood, now, found)
        if self.new:
            seen_count = memory.seen.pop(author, None)
            if seen_count is None and len(memory.seen) >= memory.width:
                _make_room(memory.seen, memory.width)
            count = memory.seen[author] = (seen_count or 0) + 1
            for index, rule, first in self.new:
                if count <= first:
                    found.append((index, rule, "a newly seen author"))
        if self.repeat:
            times = _times(memory, memory.repeats, (author, seen.joined), now)
            _count(times, self.repeat_fewest, self.repeat, now, found)
        if self.raid:
            memory._note_author(author, seen.joined, now)
            self._raid(seen, found)

    def _raid(self, seen: Seen, found: Found) -> None:
        text = seen.joined
        if len(text) < RAID_TEXT:
            return
        authors = seen.memory.authors_of.get(text)
        if authors is None or len(authors) < self.raid_fewest:
            return
        counts: dict[float, int] = {}
        for index, rule in self.raid:
            window = rule.window_seconds
            count = counts.get(window)
            if count is None:
                count = counts[window] = seen.memory.authors_within(text, window, seen.now)
            if count >= rule.count:
                why = f"the same text from {count} authors in {rule.window_seconds:g} s"
                found.append((index, rule, why))


def _times(memory: Memory, table: dict[K, list[float]], key: K, now: float) -> list[float]:
    """The key's times with ``now`` noted, as :meth:`Memory.note` notes it."""
    times = table.get(key)
    if times is None:
        if len(table) >= memory.width:
            _make_room(table, memory.width)
        times = table[key] = [now]
    else:
        del table[key]  # written last: forgotten last (as Memory.note)
        table[key] = times
        times.append(now)
        if len(times) > 2 * DEPTH:
            del times[:-DEPTH]
    return times


def _count(times: list[float], fewest: int, rules: list[Paced], now: float, found: Found) -> None:
    size = len(times)
    if size < fewest:
        return
    for index, rule, count, window, why in rules:
        if size >= count and now - times[-count] <= window:
            found.append((index, rule, why))
