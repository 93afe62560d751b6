"""What a rule set would have caught in the archive: counts per rule, examples, the rate per
hour and the authors. Qt-free and storage-free: :func:`run` takes rows as tuples (the storage
side reads them from SQLite in a worker process) and returns a picklable :class:`Report`.

Every rule given is run as if enabled and acting (a backtest asks what it *would* do), and
messages are taken in archive order, so the pace rules (floods, repeats, raids) see the chat as
it went.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from moderator.core.automod.engine import Engine, Hit
from moderator.core.automod.rules import RuleKind, RuleSet
from moderator.core.models import Author, Badge, ChatMessage

#: (stream key, message id, author id, author name, badges ("mod,owner"), text, sent_at as a
#: Unix time): staff are never checked, as live
Row = tuple[str, str, str, str, str, str, float]
EXAMPLES = 5
PACED = frozenset({RuleKind.REPEAT, RuleKind.RAID, RuleKind.FLOOD})


@dataclass
class RuleTally:
    rule: str
    count: int = 0
    #: (author name, text, sent_at) of the first few caught
    examples: list[tuple[str, str, float]] = field(default_factory=list)
    authors: Counter[str] = field(default_factory=Counter)


@dataclass
class Report:
    scanned: int = 0
    caught: int = 0
    first_at: float | None = None
    last_at: float | None = None
    rules: dict[str, RuleTally] = field(default_factory=dict)
    authors: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def hours(self) -> float:
        if self.first_at is None or self.last_at is None:
            return 0.0
        return max(self.last_at - self.first_at, 60.0) / 3600

    def per_hour(self, count: int) -> float:
        return count / self.hours if self.hours else 0.0


def acting(rules: RuleSet) -> RuleSet:
    """The set with every rule on and acting: what would it catch?"""
    on = tuple(r.model_copy(update={"enabled": True, "dry_run": False}) for r in rules.rules)
    return rules.model_copy(update={"enabled": True, "rules": on})


def warmup_seconds(rules: RuleSet) -> float:
    """How far before its part a worker must start reading so the pace rules see the chat as
    one reader would (the longest window)."""
    paced = [r.window_seconds for r in rules.rules if r.kind in PACED]
    return max(paced, default=0.0)


def run(rules: RuleSet, rows: Iterable[Row], count_from: float | None = None) -> Report:
    """``count_from``: rows sent before it only warm up the pace rules' memory. One message at
    a time through the live engine: the reference :mod:`moderator.core.automod.sweep` (what
    the app runs) must count the same as."""
    began = time.perf_counter()
    engine = Engine(acting(rules))
    report = Report()
    authors: dict[tuple[str, str, str], Author] = {}
    for stream_key, message_id, author_id, name, badges, text, sent in rows:
        author = authors.get((author_id, name, badges))
        if author is None:
            if len(authors) > 100_000:
                authors.clear()
            author = authors[(author_id, name, badges)] = author_of(author_id, name, badges)
        message = ChatMessage(message_id, stream_key, author, text, _EPOCH)
        if count_from is not None and sent < count_from:
            engine.check(message, now=sent)  # only warms the pace rules up
            continue
        report.scanned += 1
        if report.first_at is None:
            report.first_at = sent
        report.last_at = sent
        verdict = engine.check(message, now=sent)
        if verdict is None:
            continue
        tally(report, verdict.hits, name, text, sent)
    report.seconds = time.perf_counter() - began
    return report


def author_of(author_id: str, name: str, badges: str) -> Author:
    known = frozenset(Badge(b) for b in badges.split(",") if b in _BADGES)
    return Author(author_id, name, badges=known)


def merge(parts: Iterable[Report]) -> Report:
    """One report from the reports of consecutive parts of the archive."""
    total = Report()
    for part in parts:
        total.scanned += part.scanned
        total.caught += part.caught
        total.seconds = max(total.seconds, part.seconds)
        if part.first_at is not None:
            total.first_at = min(total.first_at or part.first_at, part.first_at)
        if part.last_at is not None:
            total.last_at = max(total.last_at or part.last_at, part.last_at)
        total.authors.update(part.authors)
        for name, tally in part.rules.items():
            into = total.rules.setdefault(name, RuleTally(name))
            into.count += tally.count
            into.authors.update(tally.authors)
            into.examples.extend(tally.examples[: EXAMPLES - len(into.examples)])
    return total


def tally(report: Report, hits: Iterable[Hit], name: str, text: str, sent: float) -> None:
    caught = False
    for hit in hits:
        rule = hit.rule.name
        tally = report.rules.get(rule) or report.rules.setdefault(rule, RuleTally(rule))
        tally.count += 1
        tally.authors[name] += 1
        if len(tally.examples) < EXAMPLES:
            tally.examples.append((name, text[:200], sent))
        caught = True
    if caught:
        report.caught += 1
        report.authors[name] += 1


_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_BADGES = frozenset(b.value for b in Badge)
