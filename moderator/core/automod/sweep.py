"""The fast backtest: what :func:`moderator.core.automod.backtest.run` counts, over rows read in
batches, with the text work done a batch at a time.

Most archived lines match no text rule. A batch's texts are joined into one string (a NUL
between two), folded once and searched once per kind of text rule for what *could* match (a
blocked word's first word, a domain's ".xx", enough capitals, a length); only the lines found
go through the rules one by one, the rest are known to match none. Each line still passes the
pace and name rules in order, as in the live engine. A batch whose texts hold a NUL is done
line by line. The reference (:func:`backtest.run`) must count the same (a property test).
"""

from __future__ import annotations

import gc
import math
import re
import time
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import accumulate, islice
from unicodedata import is_normalized, normalize

from moderator.core.automod.backtest import Report, Row, acting, author_of, tally
from moderator.core.automod.engine import Engine
from moderator.core.automod.groups import CapsGroup
from moderator.core.automod.rules import Rule, RuleKind, RuleSet
from moderator.core.automod.text import TLD, fold, words
from moderator.core.models import Author

BATCH = 4096
SEP = "\x00"
#: what is between two words (the NUL kept: it parts the texts)
_BETWEEN = re.compile(r"[^\w\x00]+")
#: each sieve's pattern ends by taking the rest of its text: one match marks a text once, and
#: the search goes on from the next text (not from every further hit in this one)
_REST = "[^\x00]*"
#: :data:`TLD` (same flags), the rest of the text taken
_TLD_REST = re.compile(TLD.pattern + _REST, TLD.flags)


#: (stream key, author id, author name, badges, how many lines): what a part of a split
#: backtest was not given, written before its rows in the span
Before = tuple[str, str, str, str, int]


def run(
    rules: RuleSet,
    rows: Iterable[Row],
    count_from: float | None = None,
    batch_size: int = BATCH,
    before: Iterable[Before] = (),
) -> Report:
    """``count_from``: rows sent before it only warm up the pace rules' memory. ``before``:
    the authors' lines in the span before ``rows`` (a later part of a split run), so an
    author is new once in the whole span. The cyclic garbage collector is paused meanwhile:
    the memory of a long chat is hundreds of thousands of live objects (no cycles) it would
    walk again and again for nothing."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        return _run(rules, rows, count_from, batch_size, before)
    finally:
        if was_on:
            gc.enable()


def _run(
    rules: RuleSet,
    rows: Iterable[Row],
    count_from: float | None,
    batch_size: int,
    before: Iterable[Before],
) -> Report:
    began = time.perf_counter()
    acts = acting(rules)
    engine = Engine(acts)
    for key, author_id, name, badges, lines in before:
        engine.seen_before(author_of(author_id, name, badges), key, lines)
    sieve = Sieve(acts.rules)
    report = Report()
    # who wrote, per stream: checked or not (staff teach their names once, as on their first
    # line), made once per author rather than once per line
    checked: dict[tuple[str, str, str, str], Author | None] = {}
    source = iter(rows)
    check_row = engine.check_row
    while batch := list(islice(source, batch_size)):
        joined = sieve.joined_unless_caught(batch)
        for row, known in zip(batch, joined, strict=True):
            key, _id, author_id, name, badges, text, sent = row
            who = (key, author_id, name, badges)
            if who in checked:
                author = checked[who]
            else:
                if len(checked) > 100_000:
                    checked.clear()
                made = author_of(author_id, name, badges)
                author = checked[who] = made if engine.allows(made, key) else None
            found = None if author is None else check_row(author, key, text, sent, known)
            if count_from is not None and sent < count_from:
                continue  # only warms the pace rules up
            report.scanned += 1
            if report.first_at is None:
                report.first_at = sent
            report.last_at = sent
            if found is not None:
                tally(report, found[0], name, text, sent)
    report.seconds = time.perf_counter() - began
    return report


class Sieve:
    """Which texts of a batch a text rule could match (the others: their folded words)."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        kinds = {r.kind for r in rules}
        firsts = {
            w[0]
            for r in rules
            if r.kind is RuleKind.WORDS
            for e in r.words
            if (w := words(fold(e)))
        }
        self.words = (
            re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(firsts)))})(?!\w){_REST}")
            if firsts
            else None
        )
        self.every = RuleKind.REGEX in kinds  # a pattern can match anything: no sieve
        self.links = RuleKind.LINKS in kinds
        lengths = [r.max_length for r in rules if r.kind is RuleKind.LENGTH]
        self.longest_ok = min(lengths) if lengths else None
        caps = [(0, r) for r in rules if r.kind is RuleKind.CAPS]
        self.capitals = _capitals(math.ceil(CapsGroup(caps).fewest)) if caps else None

    def joined_unless_caught(self, rows: Sequence[Row]) -> list[str | None]:
        """Per row: its folded words when no text rule can match it, None when one may."""
        texts = [row[5] for row in rows]
        raw = SEP.join(texts)
        if self.every or raw.count(SEP) != len(texts) - 1:
            return [None] * len(texts)
        spaced = _BETWEEN.sub(" ", fold(_normalized(texts) if not raw.isascii() else raw))
        parts = spaced.split(SEP)
        if len(parts) != len(texts):
            return [None] * len(texts)
        out: list[str | None] = [f" {p.strip(' ')} " for p in parts]
        if self.words is not None:
            _mark(out, self.words.finditer(spaced), _starts(parts))
        raw_starts = _starts(texts)
        if self.links:
            _mark(out, _TLD_REST.finditer(raw), raw_starts)
        if self.capitals is not None:
            _mark(out, self.capitals.finditer(raw), raw_starts)
        if self.longest_ok is not None:
            for i, text in enumerate(texts):
                if len(text) > self.longest_ok:
                    out[i] = None
        return out


def _normalized(texts: list[str]) -> str:
    """The texts in NFKC joined by NULs: only those not already normalised are normalised (a
    NUL is a stable boundary: nothing composes across it, so this is NFKC of the whole)."""
    return SEP.join(
        [t if t.isascii() or is_normalized("NFKC", t) else normalize("NFKC", t) for t in texts]
    )


def _starts(parts: Sequence[str]) -> list[int]:
    """Where each part begins in the parts joined by one separator."""
    return [0, *accumulate(len(p) + 1 for p in parts[:-1])]


def _mark(out: list[str | None], matches: Iterable[re.Match[str]], starts: list[int]) -> None:
    for match in matches:
        out[bisect_right(starts, match.start()) - 1] = None


@cache
def _capitals(count: int) -> re.Pattern[str]:
    """A text (within NULs) holding at least ``count`` characters that may be capitals."""
    maybe = _maybe_upper()
    return re.compile(f"(?:[{maybe}][^{maybe}\\x00]*+){{{max(count, 1)}}}{_REST}")


@cache
def _maybe_upper() -> str:
    """A character class holding every character ``str.isupper`` calls a capital: those of the
    Basic Multilingual Plane one by one (a bitmap: one look-up), every character beyond it (a
    range list there is searched one by one; emoji counted as capitals only widen the sieve)."""
    ranges: list[list[int]] = []
    for code in range(0x10000):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    bmp = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)
    return bmp + "\\U00010000-\\U0010ffff"
