"""One compiled check per rule: given a message (and what the stream remembers), the reason it
matches, or None. Everything a rule can prepare (word sets, a compiled pattern) is prepared once
here, so a message costs a set lookup or one search per rule."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

import regex

from moderator.core.automod.memory import Memory
from moderator.core.automod.rules import Rule, RuleKind
from moderator.core.automod.text import Folded, fold, words
from moderator.core.models import Author
from moderator.core.recent import Recent

log = logging.getLogger(__name__)

#: seconds one regular expression may spend on one message before it counts as no match
REGEX_TIMEOUT = 0.05
FLAGS = regex.IGNORECASE | regex.V0
#: a back reference (by number or name): such a pattern cannot be merged with others
_BACKREF = re.compile(r"\\[1-9]|\\g<|\(\?P=")


@dataclass(slots=True)
class Seen:
    """One message as the checks see it."""

    author: Author
    text: Folded
    now: float
    memory: Memory
    #: the protected name this author's name imitates, if any
    imitates: Callable[[Author], str | None]
    #: the text's folded words (what the pace rules compare)
    joined: str = ""


Check = Callable[[Seen], "str | None"]
#: what a group found: (the rule's place in the set, the rule, why)
Found = list[tuple[int, Rule, str]]


class Group(Protocol):
    """Checks one or more rules; appends what matched to ``found``."""

    def run(self, seen: Seen, found: Found) -> None: ...


#: rules that look at the text alone: their verdict on a text is kept and reused
TEXT_KINDS = frozenset(
    {RuleKind.WORDS, RuleKind.REGEX, RuleKind.LINKS, RuleKind.CAPS, RuleKind.LENGTH}
)
PACE_KINDS = frozenset({RuleKind.REPEAT, RuleKind.RAID, RuleKind.FLOOD, RuleKind.NEW_AUTHOR})
#: the shortest text (folded words, with the spaces around) a raid is made of
RAID_TEXT = 16
#: texts whose verdict is kept per stream, per generation (see :class:`Recent`): repeated
#: lines (chatter, spam, raids) are checked once; a chat of unique lines costs a bounded table
TEXT_CACHE = 8_192


@dataclass(slots=True)
class Plan:
    """One stream's compiled rules: those on the text (their verdicts kept by text), on the
    pace of the chat (its memory noted only when there are some), on the author's name."""

    text: list[Group]
    pace: list[Group]
    author: list[Group]
    #: raw text -> (its folded words, what the text rules found)
    verdicts: Recent[str, tuple[str, tuple[tuple[int, Rule, str], ...]]]
    #: what the stream's memory must keep for the pace rules (see :class:`Memory`)
    memory_kinds: frozenset[str] = frozenset()

    @property
    def keyed_by_text(self) -> bool:
        """Whether a pace rule compares texts (repeats, raids): only then are words joined."""
        return "repeats" in self.memory_kinds or "authors" in self.memory_kinds


def compile_rules(rules: Sequence[Rule]) -> Plan:
    """The checks for ``rules``: word lists and patterns merged (one lookup, one search for
    all of them), every other rule on its own."""
    numbered = list(enumerate(rules))
    text: list[Group] = []
    words = [(i, r) for i, r in numbered if r.kind is RuleKind.WORDS]
    if words:
        text.append(WordGroup(words))
    patterns = [(i, r) for i, r in numbered if r.kind is RuleKind.REGEX and r.pattern]
    if patterns:
        text.append(PatternGroup(patterns))

    def singles(kinds: frozenset[RuleKind]) -> list[Group]:
        return [Single(i, r, _MAKERS[r.kind](r)) for i, r in numbered if r.kind in kinds]

    text += singles(TEXT_KINDS - {RuleKind.WORDS, RuleKind.REGEX})
    author = singles(frozenset({RuleKind.LOOKALIKE}))
    kinds = frozenset(_MEMORY[r.kind] for r in rules if r.kind in _MEMORY)
    return Plan(text, singles(PACE_KINDS), author, Recent(TEXT_CACHE), kinds)


_MEMORY = {
    RuleKind.FLOOD: "times",
    RuleKind.REPEAT: "repeats",
    RuleKind.RAID: "authors",
    RuleKind.NEW_AUTHOR: "seen",
}


class Single:
    __slots__ = ("check", "index", "rule")

    def __init__(self, index: int, rule: Rule, check: Check) -> None:
        self.index, self.rule, self.check = index, rule, check

    def run(self, seen: Seen, found: Found) -> None:
        why = self.check(seen)
        if why is not None:
            found.append((self.index, self.rule, why))


class WordGroup:
    """Every word list at once: a single word is a set lookup, a phrase is looked for only when
    its first word is in the message."""

    def __init__(self, rules: Sequence[tuple[int, Rule]]) -> None:
        self.single: dict[str, list[tuple[int, Rule]]] = {}
        self.phrases: dict[str, list[tuple[str, int, Rule]]] = {}
        for index, rule in rules:
            for entry in rule.words:
                folded = words(fold(entry))
                if len(folded) == 1:
                    self.single.setdefault(folded[0], []).append((index, rule))
                elif folded:
                    phrase = f" {' '.join(folded)} "
                    self.phrases.setdefault(folded[0], []).append((phrase, index, rule))
        self.firsts = self.single.keys() | self.phrases.keys()

    def run(self, seen: Seen, found: Found) -> None:
        present = seen.text.wordset & self.firsts
        if not present:
            return
        done: set[int] = set()
        for word in sorted(present):
            for index, rule in self.single.get(word, ()):
                if index not in done:
                    done.add(index)
                    found.append((index, rule, f"blocked word “{word}”"))
            for phrase, index, rule in self.phrases.get(word, ()):
                if index not in done and phrase in seen.text.joined:
                    done.add(index)
                    found.append((index, rule, f"blocked phrase “{phrase.strip()}”"))


class PatternGroup:
    """Every pattern at once: one search over all of them (most messages match none), then each
    on its own only when that one found something. A pattern with back references cannot be
    merged and is always searched alone."""

    def __init__(self, rules: Sequence[tuple[int, Rule]]) -> None:
        self.rules = [(i, r, regex.compile(r.pattern, FLAGS)) for i, r in rules]
        mergeable = [r.pattern for _i, r, _p in self.rules if not _BACKREF.search(r.pattern)]
        self.alone = [t for t in self.rules if _BACKREF.search(t[1].pattern)]
        self.merged = (
            regex.compile("|".join(f"(?:{p})" for p in mergeable), FLAGS) if mergeable else None
        )

    def run(self, seen: Seen, found: Found) -> None:
        raw = seen.text.raw
        if self.merged is not None and _search(self.merged, raw, "merged") is not None:
            todo = self.rules
        else:
            todo = self.alone
        for index, rule, pattern in todo:
            match = _search(pattern, raw, rule.name)
            if match is not None:
                found.append((index, rule, f"matches “{match.group()[:40]}”"))


def _search(pattern: regex.Pattern[str], text: str, name: str) -> regex.Match[str] | None:
    try:
        return pattern.search(text, timeout=REGEX_TIMEOUT)
    except TimeoutError:
        log.warning("automod rule %r: its pattern took too long on a message", name)
        return None


def _links(rule: Rule) -> Check:
    allowed = tuple(d.casefold().strip().lstrip(".") for d in rule.allowed_domains if d.strip())

    def check(seen: Seen) -> str | None:
        for domain in seen.text.links:
            if not any(domain == ok or domain.endswith("." + ok) for ok in allowed):
                return f"link to {domain}"
        return None

    return check


def _caps(rule: Rule) -> Check:
    def check(seen: Seen) -> str | None:
        if len(seen.text.raw) < rule.min_letters:
            return None
        letters, upper = seen.text.caps
        if letters < rule.min_letters:
            return None
        share = upper / letters
        return f"{share:.0%} capitals" if share >= rule.caps_ratio else None

    return check


def _repeat(rule: Rule) -> Check:
    def check(seen: Seen) -> str | None:
        times = seen.memory.repeats.get((seen.author.id, seen.joined))
        if seen.memory.within(times, rule.count, rule.window_seconds, seen.now):
            return f"the same message {rule.count} times in {rule.window_seconds:g} s"
        return None

    return check


def _raid(rule: Rule) -> Check:
    def check(seen: Seen) -> str | None:
        if len(seen.joined) < RAID_TEXT:
            return None  # "gg", "F in the chat" from many people is a chat, not a raid
        count = seen.memory.authors_within(seen.joined, rule.window_seconds, seen.now)
        if count >= rule.count:
            return f"the same text from {count} authors in {rule.window_seconds:g} s"
        return None

    return check


def _flood(rule: Rule) -> Check:
    def check(seen: Seen) -> str | None:
        times = seen.memory.times.get(seen.author.id)
        if seen.memory.within(times, rule.count, rule.window_seconds, seen.now):
            return f"{rule.count} messages in {rule.window_seconds:g} s"
        return None

    return check


def _new_author(rule: Rule) -> Check:
    def check(seen: Seen) -> str | None:
        if seen.memory.seen.get(seen.author.id, 0) <= rule.first_messages:
            return "a newly seen author"
        return None

    return check


def _lookalike(rule: Rule) -> Check:
    def check(seen: Seen) -> str | None:
        imitated = seen.imitates(seen.author)
        return None if imitated is None else f"name looks like “{imitated}”"

    return check


def _length(rule: Rule) -> Check:
    def check(seen: Seen) -> str | None:
        size = len(seen.text.raw)
        return f"{size} characters" if size > rule.max_length else None

    return check


_MAKERS: dict[RuleKind, Callable[[Rule], Check]] = {
    RuleKind.LINKS: _links,
    RuleKind.CAPS: _caps,
    RuleKind.REPEAT: _repeat,
    RuleKind.RAID: _raid,
    RuleKind.FLOOD: _flood,
    RuleKind.NEW_AUTHOR: _new_author,
    RuleKind.LOOKALIKE: _lookalike,
    RuleKind.LENGTH: _length,
}
