"""Strikes and the escalation ladder: what automod finally does about a verdict.

A rule whose action is LADDER gives the author a strike; the ladder's step for their strikes in
the decay window decides (delete, then a 1 min timeout, then 10 min, then a ban). Strikes count
per author per stream, and across the streams of the authors the moderator linked into one
person (:class:`moderator.core.identity.Identities`). Where they are kept is the
:class:`StrikeStore`'s part (the profile's SQLite file in the app).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from moderator.core.automod.engine import Hit, Verdict
from moderator.core.automod.rules import SEVERITY, Act, Ladder
from moderator.core.identity import AuthorKey


class StrikeStore(Protocol):
    def add(self, author: AuthorKey, at: float, rule: str, message_id: str = "") -> None:
        """Count a strike; ``message_id`` names the message it was for (a team counts one
        strike per message, whichever app gave it)."""
        ...

    def count(self, authors: Iterable[AuthorKey], since: float) -> int: ...


class MemoryStrikes:
    """Strikes kept while the app runs (the tests, a profile-less window)."""

    def __init__(self) -> None:
        self._strikes: list[tuple[AuthorKey, float, str]] = []

    def add(self, author: AuthorKey, at: float, rule: str, message_id: str = "") -> None:
        self._strikes.append((author, at, rule))

    def count(self, authors: Iterable[AuthorKey], since: float) -> int:
        wanted = set(authors)
        return sum(1 for who, at, _rule in self._strikes if who in wanted and at >= since)


@dataclass(frozen=True, slots=True)
class Decision:
    act: Act
    #: the rule that decided (its name goes into the audit record)
    hit: Hit
    timeout: timedelta | None = None
    #: the author's strikes counting this one (0 when no ladder rule matched)
    strikes: int = 0

    @property
    def rule(self) -> str:
        return self.hit.rule.name


def decide(
    verdict: Verdict,
    ladder: Ladder,
    strikes: StrikeStore,
    person: Iterable[AuthorKey],
    now: float,
) -> Decision | None:
    """The one action for ``verdict`` (the strongest of its rules'), a strike given if a ladder
    rule matched. None when only dry-run rules matched."""
    if not verdict.hits:
        return None
    best: Decision | None = None
    count = 0
    if any(hit.rule.action is Act.LADDER for hit in verdict.hits):
        message = verdict.message
        key = AuthorKey(message.stream_key, message.author.id)
        ladder_hit = next(h for h in verdict.hits if h.rule.action is Act.LADDER)
        strikes.add(key, now, ladder_hit.rule.name, message.id)
        count = strikes.count(set(person) | {key}, now - ladder.decay_seconds)
        step = ladder.step(count)
        best = Decision(step.action, ladder_hit, _timeout(step.action, step.timeout_seconds), count)
    for hit in verdict.hits:
        rule = hit.rule
        if rule.action is Act.LADDER:
            continue
        if best is None or SEVERITY[rule.action] > SEVERITY[best.act]:
            best = Decision(rule.action, hit, _timeout(rule.action, rule.timeout_seconds), count)
    return best


def _timeout(act: Act, seconds: int) -> timedelta | None:
    return timedelta(seconds=seconds) if act is Act.TIMEOUT else None
