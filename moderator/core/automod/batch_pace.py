"""The pace rules of one stream for the batch backtest (see :mod:`.batch`): floods, repeats,
raids and new authors counted from plain per-key lists, with no bound that could forget.

Each list is ``[line of the last write, time, time, ...]``: the line number tells whether the
live memory (``width`` keys, the oldest quarter dropped when full) could have forgotten the key
between two of its writes close enough to count together; then :class:`Unsure` is raised.
Keys whose last write is older than every window are dropped now and then: they can never
count again, exactly as a forgotten key in the live memory.
"""

from __future__ import annotations

from typing import Any

from moderator.core.automod.checks import RAID_TEXT
from moderator.core.automod.memory import DEPTH
from moderator.core.automod.rules import Rule, RuleKind


class Unsure(Exception):
    """The live memory's bounds might have changed a count here: ask the sweep."""


#: (rule, count, window)
Counted = tuple[Rule, int, float]
#: keys kept per table before those out of every window are dropped (amortised)
PRUNE_AT = 50_000


class StreamPace:
    __slots__ = (
        "active", "flood", "flood_window", "keep", "limits", "line", "new", "raid", "raid_window",
        "repeat", "repeat_window", "safe", "seen", "texts", "times", "width", "writes",
    )  # fmt: skip

    def __init__(self, numbered: list[tuple[int, Rule]], width: int, seen: dict[str, int]) -> None:
        def of(kind: RuleKind) -> list[Counted]:
            return [(r, r.count, r.window_seconds) for _i, r in numbered if r.kind is kind]

        self.flood, self.repeat, self.raid = (
            of(RuleKind.FLOOD),
            of(RuleKind.REPEAT),
            of(RuleKind.RAID),
        )
        self.new = [(r, r.first_messages) for _i, r in numbered if r.kind is RuleKind.NEW_AUTHOR]
        self.active = bool(self.flood or self.repeat or self.raid or self.new)
        if any(c > DEPTH for _r, c, _w in (*self.flood, *self.repeat, *self.raid)):
            raise Unsure  # the live memory trims its lists to DEPTH times
        self.flood_window = max((w for _r, _c, w in self.flood), default=0.0)
        self.repeat_window = max((w for _r, _c, w in self.repeat), default=0.0)
        self.raid_window = max((w for _r, _c, w in self.raid), default=0.0)
        self.keep = max((c for _r, c, _w in (*self.flood, *self.repeat)), default=1)
        self.width = width
        #: lines between two writes of a key after which the live memory may have dropped it
        self.safe = width - max(1, width // 4)
        self.seen = dict(seen)
        self.times: dict[Any, list[Any]] = {}
        self.writes: dict[Any, list[Any]] = {}
        self.texts: dict[str, list[Any]] = {}
        self.line = 0
        #: per table: its size at which keys out of every window are dropped next
        self.limits: dict[int, int] = {}

    def note(self, author: str, joined: str, at: float) -> list[Rule]:
        """Note one line (as the live memory does) and say which pace rules it hits."""
        self.line += 1
        hits: list[Rule] = []
        if self.flood:
            self._count(self.times, author, at, self.flood, self.flood_window, hits)
        if self.new:
            self._new(author, hits)
        if self.repeat:
            self._count(self.writes, (author, joined), at, self.repeat, self.repeat_window, hits)
        if self.raid:
            self._raid(author, joined, at, hits)
        return hits

    def _count(
        self,
        table: dict[Any, list[Any]],
        key: object,
        at: float,
        rules: list[Counted],
        window: float,
        hits: list[Rule],
    ) -> None:
        entry = table.get(key)
        if entry is None:
            if len(table) >= self.limits.get(id(table), PRUNE_AT):
                _prune(table, at, window)
                self.limits[id(table)] = max(PRUNE_AT, 2 * len(table))
            table[key] = entry = [self.line, at]
        else:
            if at - entry[-1] <= window and self.line - entry[0] > self.safe:
                raise Unsure
            entry[0] = self.line
            entry.append(at)
            if len(entry) > 2 * self.keep + 1:
                del entry[1 : len(entry) - self.keep]
        size = len(entry) - 1
        for rule, count, span in rules:
            if size >= count and at - entry[-count] <= span:
                hits.append(rule)

    def _new(self, author: str, hits: list[Rule]) -> None:
        count = self.seen.get(author)
        if count is None:
            if len(self.seen) >= self.width:
                raise Unsure  # the live memory forgets authors once it holds ``width``
            count = 0
        count = self.seen[author] = count + 1
        for rule, first in self.new:
            if count <= first:
                hits.append(rule)

    def _raid(self, author: str, joined: str, at: float, hits: list[Rule]) -> None:
        window = self.raid_window
        entry = self.texts.get(joined)
        if entry is None:
            if len(self.texts) >= self.limits.get(id(self.texts), PRUNE_AT):
                _prune_texts(self.texts, at, window)
                self.limits[id(self.texts)] = max(PRUNE_AT, 2 * len(self.texts))
            entry = self.texts[joined] = [self.line, {}]
        else:
            inner = entry[1]
            recent = bool(inner) and at - next(reversed(inner.values())) <= window
            if recent and self.line - entry[0] > self.safe:
                raise Unsure
            entry[0] = self.line
        authors: dict[str, float] = entry[1]
        authors.pop(author, None)
        authors[author] = at  # insertion order is time order (rows come in time order)
        if len(authors) > DEPTH:
            for old in [a for a, t in authors.items() if at - t > window]:
                del authors[old]
            if len(authors) > DEPTH:
                raise Unsure  # the live memory keeps DEPTH authors per text
        if len(joined) < RAID_TEXT:
            return
        counts: dict[float, int] = {}
        for rule, need, span in self.raid:
            count = counts.get(span)
            if count is None:
                count = counts[span] = _within(authors, at, span)
            if count >= need:
                hits.append(rule)


def _within(authors: dict[str, float], at: float, window: float) -> int:
    count = 0
    for when in reversed(authors.values()):
        if at - when > window:
            break
        count += 1
    return count


def _prune(table: dict[Any, list[Any]], at: float, window: float) -> None:
    for key in [k for k, entry in table.items() if at - entry[-1] > window]:
        del table[key]


def _prune_texts(table: dict[str, list[Any]], at: float, window: float) -> None:
    stale = [
        k
        for k, (_line, inner) in table.items()
        if not inner or at - next(reversed(inner.values())) > window
    ]
    for key in stale:
        del table[key]
