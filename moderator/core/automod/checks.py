"""One compiled check per rule: given a message (and what the stream remembers), the reason it
matches, or None. Everything a rule can prepare (word sets, a compiled pattern) is prepared once
here, so a message costs a set lookup or one search per rule."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol

import regex

from moderator.core.automod.memory import Memory
from moderator.core.automod.rules import Rule, RuleKind
from moderator.core.automod.safe_pattern import SAFE_TEXT, is_safe
from moderator.core.automod.text import (
    Folded,
    caps_plain,
    fold,
    fold_plain,
    links_plain,
    words,
)
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
#: one rule's match: (the rule's place in the set, the rule, why)
Hit3 = tuple[int, Rule, str]
#: what a group found
Found = list[Hit3]


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


@dataclass(frozen=True, slots=True)
class Hit:
    rule: Rule
    #: why it matched, for the review queue ("link to bit.ly")
    why: str


class Known(NamedTuple):
    """What the text rules said of one text, kept while the same text comes again."""

    #: its folded words (what repeats and raids compare), "" when no rule compares them
    joined: str
    #: what they found: (the rule's place in the set, the rule, why)
    found: tuple[tuple[int, Rule, str], ...]
    #: the same as hits that act and hits in dry run
    split: tuple[tuple[Hit, ...], tuple[Hit, ...]]
    #: the rules' places in the set of ``split``'s hits, in the same order (to merge others in)
    places: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())


@dataclass(slots=True)
class Plan:
    """One stream's compiled rules: those on the text (their verdicts kept by text), on the
    pace of the chat (its memory noted only when there are some), on the author's name."""

    text: list[Group]
    pace: list[Group]
    author: list[Group]
    #: raw text -> what the text rules said of it (the texts seen lately, bounded)
    verdicts: Recent[str, Known]
    #: what the stream's memory must keep for the pace rules (see :class:`Memory`)
    memory_kinds: frozenset[str] = frozenset()
    #: whether the engine notes each message in the memory before the pace rules run (the
    #: fast path's pace group notes it itself)
    notes: bool = True

    @property
    def keyed_by_text(self) -> bool:
        """Whether a pace rule compares texts (repeats, raids): only then are words joined."""
        return "repeats" in self.memory_kinds or "authors" in self.memory_kinds


def compile_rules(rules: Sequence[Rule]) -> Plan:
    """The reference checks for ``rules``: each rule on its own, nothing skipped, the text
    folded in full (:func:`moderator.core.automod.groups.compile_fast` must agree with it)."""
    numbered = list(enumerate(rules))

    def singles(kinds: frozenset[RuleKind]) -> list[Group]:
        return [Single(i, r, _MAKERS[r.kind](r)) for i, r in numbered if r.kind in kinds]

    text = singles(TEXT_KINDS)
    author = singles(frozenset({RuleKind.LOOKALIKE}))
    return Plan(text, singles(PACE_KINDS), author, Recent(TEXT_CACHE), memory_kinds(rules))


def memory_kinds(rules: Sequence[Rule]) -> frozenset[str]:
    return frozenset(_MEMORY[r.kind] for r in rules if r.kind in _MEMORY)


def memory_depth(rules: Sequence[Rule]) -> int:
    """Times a stream's memory keeps per key: as many as its flood and repeat rules count to
    (1 when it has none; a rule whose count grows later gets its times from then on)."""
    return max((r.count for r in rules if r.kind in _COUNTED), default=1)


_COUNTED = frozenset({RuleKind.FLOOD, RuleKind.REPEAT})


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
    its first word is in the message. What the blocked words and phrases present say is worked
    out once per such combination (a chat repeats few), then reused."""

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
        #: first word -> the distinct phrases it starts
        self.starts = {w: tuple({p for p, _i, _r in ps}) for w, ps in self.phrases.items()}
        self.said: dict[tuple[frozenset[str], frozenset[str]], tuple[tuple[int, Rule, str], ...]]
        self.said = {}

    def run(self, seen: Seen, found: Found) -> None:
        present = seen.text.wordset & self.firsts
        if not present:
            return
        joined = seen.text.joined
        starts = self.starts
        there = frozenset(p for w in present if w in starts for p in starts[w] if p in joined)
        key = (present, there)
        said = self.said.get(key)
        if said is None:
            if len(self.said) >= TEXT_CACHE:
                self.said.clear()
            said = self.said[key] = self._say(present, there)
        found.extend(said)

    def _say(self, present: frozenset[str], there: frozenset[str]) -> tuple[Hit3, ...]:
        out: list[Hit3] = []
        done: set[int] = set()
        for word in sorted(present):
            for index, rule in self.single.get(word, ()):
                if index not in done:
                    done.add(index)
                    out.append((index, rule, f"blocked word “{word}”"))
            for phrase, index, rule in self.phrases.get(word, ()):
                if index not in done and phrase in there:
                    done.add(index)
                    out.append((index, rule, f"blocked phrase “{phrase.strip()}”"))
        return tuple(out)


class PatternGroup:
    """Every pattern at once: one search over all of them (most messages match none), then each
    on its own only when that one found something. A pattern with back references cannot be
    merged and is always searched alone. A pattern proven safe (:mod:`.safe_pattern`) is
    searched without the time limit in a text short enough for the proof."""

    def __init__(self, rules: Sequence[tuple[int, Rule]]) -> None:
        self.rules = [(i, r, regex.compile(r.pattern, FLAGS), is_safe(r.pattern)) for i, r in rules]
        mergeable = [r.pattern for _i, r, _p, _s in self.rules if not _BACKREF.search(r.pattern)]
        self.alone = [t for t in self.rules if _BACKREF.search(t[1].pattern)]
        merged = "|".join(f"(?:{p})" for p in mergeable)
        self.merged = regex.compile(merged, FLAGS) if mergeable else None
        self.merged_safe = bool(mergeable) and is_safe(merged)

    def run(self, seen: Seen, found: Found) -> None:
        raw = seen.text.raw
        short = len(raw) <= SAFE_TEXT
        merged = self.merged
        if merged is not None and (
            (merged.search(raw) if short and self.merged_safe else _search(merged, raw, "merged"))
            is not None
        ):
            todo = self.rules
        else:
            todo = self.alone
        for index, rule, pattern, safe in todo:
            match = pattern.search(raw) if short and safe else _search(pattern, raw, rule.name)
            if match is not None:
                found.append((index, rule, f"matches “{match.group()[:40]}”"))


def _search(pattern: regex.Pattern[str], text: str, name: str) -> regex.Match[str] | None:
    try:
        return pattern.search(text, timeout=REGEX_TIMEOUT)
    except TimeoutError:
        log.warning("automod rule %r: its pattern took too long on a message", name)
        return None


def _words(rule: Rule) -> Check:
    entries = [e for e in (words(fold_plain(entry)) for entry in rule.words) if e]

    def check(seen: Seen) -> str | None:
        folded = words(fold_plain(seen.text.raw))
        joined = f" {' '.join(folded)} "
        for word in sorted(set(folded)):
            if any(len(e) == 1 and e[0] == word for e in entries):
                return f"blocked word “{word}”"
            for entry in entries:
                phrase = f" {' '.join(entry)} "
                if len(entry) > 1 and entry[0] == word and phrase in joined:
                    return f"blocked phrase “{phrase.strip()}”"
        return None

    return check


def _regex(rule: Rule) -> Check:
    pattern = regex.compile(rule.pattern, FLAGS)

    def check(seen: Seen) -> str | None:
        match = _search(pattern, seen.text.raw, rule.name) if rule.pattern else None
        return None if match is None else f"matches “{match.group()[:40]}”"

    return check


def _links(rule: Rule) -> Check:
    allowed = tuple(d.casefold().strip().lstrip(".") for d in rule.allowed_domains if d.strip())

    def check(seen: Seen) -> str | None:
        for domain in links_plain(seen.text.raw):
            if not any(domain == ok or domain.endswith("." + ok) for ok in allowed):
                return f"link to {domain}"
        return None

    return check


def _caps(rule: Rule) -> Check:
    def check(seen: Seen) -> str | None:
        if len(seen.text.raw) < rule.min_letters:
            return None
        letters, upper = caps_plain(seen.text.raw)
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
    RuleKind.WORDS: _words,
    RuleKind.REGEX: _regex,
    RuleKind.LINKS: _links,
    RuleKind.CAPS: _caps,
    RuleKind.REPEAT: _repeat,
    RuleKind.RAID: _raid,
    RuleKind.FLOOD: _flood,
    RuleKind.NEW_AUTHOR: _new_author,
    RuleKind.LOOKALIKE: _lookalike,
    RuleKind.LENGTH: _length,
}
