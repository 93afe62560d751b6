"""The batch backtest: what :func:`moderator.core.automod.sweep.run` counts, with the pace rules
worked out from plain per-key lists instead of the live engine's bounded memory.

The text rules keep the sweep's sieve (a batch's texts searched at once, only the few lines
found checked one by one); look-alike names are looked up per author, not per line. Floods,
repeats, raids and new authors are counted here from each author's (each text's) latest times:
a line is a hit when the ``count``-th latest time is within the window, as in :class:`Memory`.

What the live memory forgets (it keeps :data:`memory.WIDTH` keys per table and drops the
oldest quarter when full) can change a count only when a key comes back within its window
after ``WIDTH - WIDTH // 4`` other lines, or when a new author arrives with the "seen" table
full, or when more than :data:`memory.DEPTH` times or authors would count. Those chats raise
:class:`Unsure` and the caller runs the sweep instead: the batch path never guesses.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterable
from itertools import islice

from moderator.core.automod import memory
from moderator.core.automod.backtest import Report, Row, acting, author_of
from moderator.core.automod.batch_pace import StreamPace, Unsure
from moderator.core.automod.engine import Engine
from moderator.core.automod.rules import Rule, RuleKind, RuleSet
from moderator.core.automod.sweep import Before, Sieve
from moderator.core.automod.text import fold_words
from moderator.core.models import Author

__all__ = ["Unsure", "run"]

#: lines a chunk: the pace rules work per key over a chunk, so bigger is cheaper
BATCH = 32_768


def run(
    rules: RuleSet,
    rows: Iterable[Row],
    count_from: float | None = None,
    batch_size: int = BATCH,
    before: Iterable[Before] = (),
) -> Report:
    """As :func:`sweep.run`; raises :class:`Unsure` where the sweep must answer instead."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        return _run(acting(rules), rows, count_from, batch_size, before)
    finally:
        if was_on:
            gc.enable()


class _Run:
    """One backtest's state: the engine (text rules, names), each stream's pace lists."""

    def __init__(self, acts: RuleSet, before: Iterable[Before]) -> None:
        self.engine = Engine(acts)
        self.rules = acts.rules
        self.width = memory.WIDTH
        self.streams: dict[str, tuple[StreamPace, bool, dict[int, int]]] = {}
        self.before: dict[str, dict[str, int]] = {}
        #: per (stream, author): the look-alike rules their name hits (cleared whenever a
        #: staff name is learnt: a name may imitate it from then on)
        #: (keyed by the Author's id(): each is made once and kept while it is in use)
        self.names: dict[tuple[str, int], list[Rule]] = {}
        for key, author_id, name, badges, lines in before:
            author = author_of(author_id, name, badges)
            if lines > 0 and self.engine.allows(author, key):
                seen = self.before.setdefault(key, {})
                seen[author.id] = seen.get(author.id, 0) + lines

    def stream(self, key: str) -> tuple[StreamPace, bool, dict[int, int]]:
        found = self.streams.get(key)
        if found is None:
            mine = [r for r in self.rules if r.scope.covers(key)]
            numbered = list(enumerate(mine))
            pace = StreamPace(numbered, self.width, self.before.get(key, {}))
            looks = any(r.kind is RuleKind.LOOKALIKE for r in mine)
            found = self.streams[key] = (pace, looks, {id(r): i for i, r in numbered})
        return found

    def text_hits(
        self, author: Author, key: str, text: str, at: float, known: str | None
    ) -> list[Rule]:
        """The text and name rules ``author``'s line hits."""
        _pace, looks, _places = self.stream(key)
        if known is None:  # a text rule may match: the engine checks the line
            found = self.engine.check_row(author, key, text, at, known, pace=False)
            return [h.rule for h in found[0]] if found is not None else []
        if not looks:
            return []
        hits = self.names.get((key, id(author)))  # only the name is checked: once per author
        if hits is None:
            found = self.engine.check_row(author, key, text, at, known, pace=False)
            hits = self.names[(key, id(author))] = [h.rule for h in found[0]] if found else []
        return list(hits) if hits else []

    def pace(self, lines: list[_Line]) -> None:
        """Add the pace rules' hits to a chunk's lines, stream by stream."""
        by_stream: dict[str, list[_Line]] = {}
        for line in lines:
            if line[1] is not None:
                by_stream.setdefault(line[0][0], []).append(line)
        for key, mine in by_stream.items():
            pace, _looks, places = self.stream(key)
            if not pace.active:
                continue
            authors = [line[0][2] for line in mine]
            joined = [
                line[2] if line[2] is not None else f" {' '.join(fold_words(line[0][5]))} "
                for line in mine
            ]
            found = pace.chunk(authors, joined, [line[0][6] for line in mine])
            for at, rules in found.items():
                hits = mine[at][3]
                hits.extend(rules)
                hits.sort(key=lambda r: places[id(r)])


#: (the row, its author when checked, its folded words when no text rule can match, its hits)
_Line = tuple[Row, Author | None, str | None, list[Rule]]


def _run(
    acts: RuleSet,
    rows: Iterable[Row],
    count_from: float | None,
    batch_size: int,
    before: Iterable[Before],
) -> Report:
    began = time.perf_counter()
    state = _Run(acts, before)
    sieve = Sieve(acts.rules)
    report = Report()
    checked: dict[tuple[str, str, str, str], Author | None] = {}
    source = iter(rows)
    allows = state.engine.allows
    while batch := list(islice(source, batch_size)):
        lines: list[_Line] = []
        for row, known in zip(batch, sieve.joined_unless_caught(batch), strict=True):
            key, _id, author_id, name, badges, text, sent = row
            who = (key, author_id, name, badges)
            if who in checked:
                author = checked[who]
            else:
                if len(checked) > 100_000:
                    checked.clear()
                    state.names.clear()  # keyed by the id() of authors no longer kept
                made = author_of(author_id, name, badges)
                author = checked[who] = made if allows(made, key) else None
                if author is None:
                    state.names.clear()  # a staff name may have been learnt
            hits = [] if author is None else state.text_hits(author, key, text, sent, known)
            lines.append((row, author, known, hits))
        state.pace(lines)
        for row, _author, _known, hits in lines:
            sent = row[6]
            if count_from is not None and sent < count_from:
                continue  # only warms the pace rules up
            report.scanned += 1
            if report.first_at is None:
                report.first_at = sent
            report.last_at = sent
            if hits:
                _tally(report, hits, row[3], row[5], sent)
    report.seconds = time.perf_counter() - began
    return report


def _tally(report: Report, hits: list[Rule], name: str, text: str, sent: float) -> None:
    from moderator.core.automod.backtest import EXAMPLES, RuleTally

    for rule in hits:
        tally = report.rules.get(rule.name) or report.rules.setdefault(
            rule.name, RuleTally(rule.name)
        )
        tally.count += 1
        tally.authors[name] += 1
        if len(tally.examples) < EXAMPLES:
            tally.examples.append((name, text[:200], sent))
    report.caught += 1
    report.authors[name] += 1
