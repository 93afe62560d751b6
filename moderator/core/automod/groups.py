"""The fast path: every rule of one kind checked together, the work they share done once.

The checks of :mod:`moderator.core.automod.checks` (one per rule) are the reference; a group
here must say exactly what its rules would say one by one (a property test holds them to it),
only sooner: a pre-filter may skip work only where no rule of the group could match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from moderator.core.automod import checks
from moderator.core.automod.checks import (
    PACE_KINDS,
    TEXT_KINDS,
    Found,
    Group,
    Known,
    PatternGroup,
    Plan,
    Seen,
    WordGroup,
    memory_kinds,
)
from moderator.core.automod.pace import PaceGroup
from moderator.core.automod.rules import Rule, RuleKind
from moderator.core.recent import Recent

Numbered = Sequence[tuple[int, Rule]]


class LinkGroup:
    """Every link rule: the domains found once (none at all without a "." in the text)."""

    __slots__ = ("rules",)

    def __init__(self, rules: Numbered) -> None:
        self.rules = [(i, r, _allowed(r)) for i, r in rules]

    def run(self, seen: Seen, found: Found) -> None:
        links = seen.text.links
        if not links:
            return
        for index, rule, allowed in self.rules:
            for domain in links:
                if not any(domain == ok or domain.endswith("." + ok) for ok in allowed):
                    found.append((index, rule, f"link to {domain}"))
                    break


def _allowed(rule: Rule) -> tuple[str, ...]:
    return tuple(d.casefold().strip().lstrip(".") for d in rule.allowed_domains if d.strip())


class CapsGroup:
    """Every caps rule: capitals counted first (one pass); a text with fewer than any rule
    could match (its ratio times its minimum of letters) skips counting letters."""

    __slots__ = ("fewest", "rules", "shortest")

    def __init__(self, rules: Numbered) -> None:
        self.rules = list(rules)
        self.shortest = min(r.min_letters for _i, r in rules)
        #: a rule matches only with capitals >= ratio * letters >= ratio * min_letters; the
        #: margin keeps float rounding from ever skipping a text at the very edge
        self.fewest = min(r.caps_ratio * r.min_letters for _i, r in rules) - 1e-6

    def run(self, seen: Seen, found: Found) -> None:
        raw = seen.text.raw
        if len(raw) < self.shortest or seen.text.upper < self.fewest:
            return
        letters, upper = seen.text.caps
        for index, rule in self.rules:
            if len(raw) < rule.min_letters or letters < rule.min_letters:
                continue
            share = upper / letters
            if share >= rule.caps_ratio:
                found.append((index, rule, f"{share:.0%} capitals"))


class LengthGroup:
    __slots__ = ("rules", "shortest")

    def __init__(self, rules: Numbered) -> None:
        self.rules = list(rules)
        self.shortest = min(r.max_length for _i, r in rules)

    def run(self, seen: Seen, found: Found) -> None:
        size = len(seen.text.raw)
        if size <= self.shortest:
            return
        for index, rule in self.rules:
            if size > rule.max_length:
                found.append((index, rule, f"{size} characters"))


class LookalikeGroup:
    """Every look-alike rule: the author's name compared once."""

    __slots__ = ("rules",)

    def __init__(self, rules: Numbered) -> None:
        self.rules = list(rules)

    def run(self, seen: Seen, found: Found) -> None:
        imitated = seen.imitates(seen.author)
        if imitated is not None:
            for index, rule in self.rules:
                found.append((index, rule, f"name looks like “{imitated}”"))


_GROUPS: dict[RuleKind, Callable[[Numbered], Group]] = {
    RuleKind.WORDS: WordGroup,
    RuleKind.REGEX: PatternGroup,
    RuleKind.LINKS: LinkGroup,
    RuleKind.CAPS: CapsGroup,
    RuleKind.LENGTH: LengthGroup,
    RuleKind.LOOKALIKE: LookalikeGroup,
}


def compile_fast(rules: Sequence[Rule]) -> Plan:
    """The checks for ``rules``, one group per kind: word lists and patterns merged (one
    lookup, one search for all), the rest sharing what they compute."""
    by_kind: dict[RuleKind, list[tuple[int, Rule]]] = {}
    for index, rule in enumerate(rules):
        if rule.kind is not RuleKind.REGEX or rule.pattern:
            by_kind.setdefault(rule.kind, []).append((index, rule))

    def groups(kinds: frozenset[RuleKind]) -> list[Group]:
        return [_GROUPS[k](by_kind[k]) for k in RuleKind if k in kinds and k in by_kind]

    text = groups(TEXT_KINDS)
    author = groups(frozenset({RuleKind.LOOKALIKE}))
    pace: list[Group] = [PaceGroup(by_kind)] if PACE_KINDS & by_kind.keys() else []
    verdicts: Recent[str, Known] = Recent(checks.TEXT_CACHE)
    return Plan(text, pace, author, verdicts, memory_kinds(rules), notes=False)
