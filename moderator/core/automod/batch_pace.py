"""The pace rules of one stream for the batch backtest (see :mod:`.batch`): floods, repeats,
raids and new authors counted a chunk of lines at a time, per key (an author, an author's text,
a text) over that key's times, with no bound that could forget.

What a key carries from one chunk to the next is ``[line of its last write, time, ...]``: the
line number tells whether the live memory (``width`` keys, the oldest quarter dropped when
full) could have forgotten the key between two writes close enough to count together; then
:class:`Unsure` is raised. Keys whose last write is older than every window are dropped now
and then: they can never count again, exactly as a forgotten key in the live memory.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from moderator.core.automod.checks import RAID_TEXT
from moderator.core.automod.memory import DEPTH
from moderator.core.automod.rules import Rule, RuleKind


class Unsure(Exception):
    """The live memory's bounds might have changed a count here: ask the sweep."""


#: (rule, count, window)
Counted = tuple[Rule, int, float]
#: line (its place in the chunk) -> the pace rules it hits
Hits = dict[int, list[Rule]]
#: keys kept per table before those out of every window are dropped (amortised)
PRUNE_AT = 50_000


def _groups(keys: Sequence[Hashable]) -> dict[Any, list[int]]:
    """Each key's places in ``keys``, in order."""
    groups: dict[Any, list[int]] = {}
    get = groups.get
    for i, key in enumerate(keys):
        places = get(key)
        if places is None:
            groups[key] = [i]
        else:
            places.append(i)
    return groups


class StreamPace:
    def __init__(self, numbered: list[tuple[int, Rule]], width: int, seen: dict[str, int]) -> None:
        def of(kind: RuleKind) -> list[Counted]:
            return [(r, r.count, r.window_seconds) for _i, r in numbered if r.kind is kind]

        self.flood, self.repeat = of(RuleKind.FLOOD), of(RuleKind.REPEAT)
        self.raid = of(RuleKind.RAID)
        self.new = [(r, r.first_messages) for _i, r in numbered if r.kind is RuleKind.NEW_AUTHOR]
        self.active = bool(self.flood or self.repeat or self.raid or self.new)
        if any(c > DEPTH for _r, c, _w in (*self.flood, *self.repeat, *self.raid)):
            raise Unsure  # the live memory trims its lists to DEPTH times
        self.width = width
        #: lines between two writes of a key after which the live memory may have dropped it
        self.safe = width - max(1, width // 4)
        self.seen = dict(seen)
        self.times: dict[Any, list[Any]] = {}
        self.writes: dict[Any, list[Any]] = {}
        self.texts: dict[str, list[Any]] = {}
        #: the stream's pace lines before this chunk
        self.line = 0
        self.limits: dict[int, int] = {}

    def chunk(self, authors: list[str], joined: list[str], times: list[float]) -> Hits:
        """Note a chunk of lines (in time order) and say which pace rules each hits."""
        hits: Hits = {}
        if self.flood:
            self._windows(self.times, authors, times, self.flood, hits)
        if self.new:
            self._new(authors, hits)
        if self.repeat:
            self._windows(
                self.writes, list(zip(authors, joined, strict=True)), times, self.repeat, hits
            )
        if self.raid:
            self._raids(authors, joined, times, hits)
        self.line += len(authors)
        return hits

    def _windows(
        self,
        table: dict[Any, list[Any]],
        keys: Sequence[Hashable],
        times: list[float],
        rules: list[Counted],
        hits: Hits,
    ) -> None:
        """Per key: a line hits a rule when the ``count``-th latest time is in its window."""
        window = max(w for _r, _c, w in rules)
        keep = max(c for _r, c, _w in rules)
        fewest = min(c for _r, c, _w in rules)
        base, safe = self.line + 1, self.safe
        for key, places in _groups(keys).items():
            stamps = [times[i] for i in places]
            before = table.get(key)
            if places[-1] - places[0] > safe:
                _check_gaps(places, stamps, window, safe)
            if before is None:
                if len(places) < fewest:  # most keys: a text written once
                    table[key] = [base + places[-1], *stamps[-keep:]]
                    continue
                every, off = stamps, 0
            else:
                if stamps[0] - before[-1] <= window and base + places[0] - before[0] > safe:
                    raise Unsure
                every, off = before[1:] + stamps, len(before) - 1
            size = len(every)
            for rule, count, span in rules:
                start = max(off, count - 1)
                for p, old, now in zip(
                    range(start, size), every[start - count + 1 :], every[start:], strict=False
                ):
                    if now - old <= span:
                        hits.setdefault(places[p - off], []).append(rule)
            table[key] = [base + places[-1], *every[-keep:]]
        self._prune(table, times[-1], window, lambda entry: entry[-1])

    def _new(self, authors: list[str], hits: Hits) -> None:
        seen, most = self.seen, max(first for _r, first in self.new)
        for author, places in _groups(authors).items():
            count = seen.get(author)
            if count is None:
                if len(seen) >= self.width:
                    raise Unsure  # the live memory forgets authors once it holds ``width``
                count = 0
            seen[author] = count + len(places)
            if count >= most:
                continue
            for n, place in enumerate(places, start=count + 1):
                if n > most:
                    break
                for rule, first in self.new:
                    if n <= first:
                        hits.setdefault(place, []).append(rule)

    def _raids(self, authors: list[str], joined: list[str], times: list[float], hits: Hits) -> None:
        """Per text: who wrote it last, when; a line hits when enough wrote it in the window."""
        window = max(w for _r, _c, w in self.raid)
        fewest = min(c for _r, c, _w in self.raid)
        base, safe, texts = self.line + 1, self.safe, self.texts
        for text, places in _groups(joined).items():
            entry = texts.get(text)
            if entry is None:
                if len(places) == 1 and fewest > 1:  # a text written once, by one author
                    texts[text] = [base + places[0], {authors[places[0]]: times[places[0]]}]
                    continue
                entry = texts[text] = [base + places[0], {}]
            elif (
                times[places[0]] - _last_write(entry) <= window
                and base + places[0] - entry[0] > safe
            ):
                raise Unsure
            if places[-1] - places[0] > safe:
                _check_gaps(places, [times[i] for i in places], window, safe)
            entry[0] = base + places[-1]
            self._raid(entry[1], len(text) >= RAID_TEXT, places, authors, times, hits)
        self._prune(texts, times[-1], window, _last_write)

    def _raid(
        self,
        who: dict[str, float],
        counted: bool,
        places: list[int],
        authors: list[str],
        times: list[float],
        hits: Hits,
    ) -> None:
        window = max(w for _r, _c, w in self.raid)
        for place in places:
            at = times[place]
            who.pop(authors[place], None)
            who[authors[place]] = at  # insertion order is time order
            if len(who) > DEPTH:
                for old in [a for a, t in who.items() if at - t > window]:
                    del who[old]
                if len(who) > DEPTH:
                    raise Unsure  # the live memory keeps DEPTH authors per text
            if not counted:
                continue
            counts: dict[float, int] = {}
            for rule, need, span in self.raid:
                count = counts.get(span)
                if count is None:
                    count = counts[span] = _within(who, at, span)
                if count >= need:
                    hits.setdefault(place, []).append(rule)

    def _prune(self, table: dict[Any, Any], at: float, window: float, last: Any) -> None:
        if len(table) >= self.limits.get(id(table), PRUNE_AT):
            for key in [k for k, entry in table.items() if at - last(entry) > window]:
                del table[key]
            self.limits[id(table)] = max(PRUNE_AT, 2 * len(table))


def _last_write(entry: list[Any]) -> float:
    who: dict[str, float] = entry[1]
    return next(reversed(who.values())) if who else float("-inf")


def _check_gaps(places: list[int], stamps: list[float], window: float, safe: int) -> None:
    """Two writes of one key in this chunk close in time but far apart in lines: the live
    memory may have forgotten the key in between."""
    for a, b, ta, tb in zip(places, places[1:], stamps, stamps[1:], strict=False):
        if b - a > safe and tb - ta <= window:
            raise Unsure


def _within(authors: dict[str, float], at: float, window: float) -> int:
    count = 0
    for when in reversed(authors.values()):
        if at - when > window:
            break
        count += 1
    return count
