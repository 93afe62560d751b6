"""The text sieve of the columnar backtest: which texts of a chunk a text rule could match, and
every text's folded words, worked out over the chunk's code points at once with numpy.

The chunk's texts are joined by NULs and read as one array of code points. Capitals, a
domain's ".xx" and lengths are counted per text over the array; the words are folded as
:func:`moderator.core.automod.text.fold` folds them (NFKC, hidden characters dropped, case
folded, leetspeak read), every character that is not a word character becomes a space, and
one split gives each text's words (what repeats and raids compare). A blocked word's first
word is then looked for once in all the words. Per-character classes come from tables over
the Basic Multilingual Plane (built once per process); the few characters beyond it in a
chunk are classified one by one. A text holding a NUL is left to the rules one by one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING
from unicodedata import is_normalized, normalize

import numpy as np

from moderator.core.automod.rules import Rule, RuleKind
from moderator.core.automod.text import (
    _HIDDEN,
    LEET_SIGNS,
    TLD,
    caps_plain,
    fold,
    fold_words,
    words,
)

if TYPE_CHECKING:
    from numpy.typing import NDArray

SEP = "\x00"
BMP = 0x10000
#: what a domain's top level is made of, as :data:`TLD` reads a letter
_TLD_LETTER = re.compile("[a-z]", TLD.flags)


@dataclass
class Columns:
    """A chunk's texts as the text rules read them."""

    #: per text: its folded words, " a b " (as the engine's ``Folded.joined``)
    words: list[str]
    lengths: NDArray[np.int64]
    #: letters and capitals (as :func:`caps_plain` counts them; zeros when no rule counts)
    letters: NDArray[np.int64]
    upper: NDArray[np.int64]
    #: holding a ".xx" (a link may be there)
    dotted: NDArray[np.bool_]
    #: holding a blocked entry of some words rule
    worded: NDArray[np.bool_]


class TextSieve:
    """A chunk's :class:`Columns`, each worked out only when a rule needs it."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.entries = sorted({e for r in rules if r.kind is RuleKind.WORDS for e in entries(r)})
        inner = "|".join(re.escape(e[1:-1]) for e in self.entries)
        self.find = re.compile(f"(?<= )(?:{inner})(?= )") if self.entries else None
        self.links = any(r.kind is RuleKind.LINKS for r in rules)
        self.caps = any(r.kind is RuleKind.CAPS for r in rules)

    def sift(self, texts: Sequence[str]) -> Columns:
        size = len(texts)
        raw = SEP.join(texts)
        holed: list[int] = []
        if raw.count(SEP) != size - 1:
            holed = [i for i, t in enumerate(texts) if SEP in t]
        cut = ["" if SEP in t else t for t in texts] if holed else texts
        raw = SEP.join(cut)
        lengths = np.fromiter(map(len, cut), dtype=np.int64, count=size)
        starts = np.zeros(size, dtype=np.int64)
        np.cumsum(lengths[:-1] + 1, out=starts[1:])
        nothing = np.zeros(size, dtype=np.int64)
        columns = Columns([], lengths, nothing, nothing, nothing != 0, nothing != 0)
        if self.caps or self.links:
            self._count(code_points(raw), starts, columns)
        columns.words = self._words(cut, raw, columns)
        for line in holed:
            self._one(texts[line], line, columns)
        return columns

    def _count(self, points: NDArray[np.uint32], starts: NDArray[np.int64], into: Columns) -> None:
        ends = starts + into.lengths
        if self.caps:
            for name, out in (("alpha", "letters"), ("upper", "upper")):
                summed = np.zeros(len(points) + 1, dtype=np.int64)
                np.cumsum(classify(points, name), out=summed[1:])
                setattr(into, out, summed[ends] - summed[starts])
        if self.links and len(points) > 2:
            letter = classify(points, "tld")
            dots = (points[:-2] == ord(".")) & letter[1:-1] & letter[2:]
            into.dotted = np.zeros(len(starts), dtype=np.bool_)
            into.dotted[np.searchsorted(starts, np.flatnonzero(dots), side="right") - 1] = True

    def _words(self, texts: Sequence[str], raw: str, into: Columns) -> list[str]:
        """Each text's folded words, " a b " (and which hold a blocked entry)."""
        if not raw.isascii():
            raw = SEP.join(_nfkc(texts))
            points = code_points(raw)
            hidden = classify(points, "hidden")
            if hidden.any():
                points = points[~hidden]
            points = code_points(_text(points).casefold())
        else:
            points = code_points(raw.lower())  # casefold in ASCII
        # leetspeak and words: an ASCII sign is read as its letter (as fold's byte table),
        # then every character that is not a word character is a space
        small = points < 128
        mapped = np.where(small, _ASCII[np.minimum(points, 127)], points)
        mapped[~small & ~classify(points, "word")] = 32
        padded = [f" {p} " for p in _collapsed(mapped).split(SEP)]
        if len(padded) != len(texts):  # not expected: NFKC and folding keep the NULs
            return [f" {' '.join(fold_words(t))} " for t in texts]
        if self.find is not None:
            starts = np.zeros(len(padded), dtype=np.int64)
            np.cumsum(np.fromiter(map(len, padded[:-1]), dtype=np.int64), out=starts[1:])
            at = [m.start() for m in self.find.finditer("".join(padded))]
            into.worded = np.zeros(len(padded), dtype=np.bool_)
            into.worded[np.searchsorted(starts, at, side="right") - 1] = True
        return padded

    def _one(self, text: str, line: int, into: Columns) -> None:
        """A text holding a NUL, counted on its own."""
        into.lengths[line] = len(text)
        if self.caps:
            into.letters[line], into.upper[line] = caps_plain(text)
        if self.links:
            into.dotted[line] = TLD.search(text) is not None
        into.words[line] = said = f" {' '.join(fold_words(text))} "
        into.worded[line] = any(e in said for e in self.entries)


def _nfkc(texts: Sequence[str]) -> list[str]:
    """The texts in NFKC: only those not already normalised are normalised."""
    done = list(map(_IS_NFKC, texts))
    if all(done):
        return list(texts)
    return [t if ok else normalize("NFKC", t) for t, ok in zip(texts, done, strict=True)]


def _IS_NFKC(text: str) -> bool:  # noqa: N802
    return is_normalized("NFKC", text)


def _collapsed(points: NDArray[np.uint32]) -> str:
    """The text with its spaces (between words and NULs) cut down to one between two words and
    none next to a NUL or at either end."""
    space = points == 32
    word = ~space & (points != 0)
    before = np.zeros(len(points), dtype=np.bool_)
    before[1:] = word[:-1]
    after = np.zeros(len(points), dtype=np.bool_)
    after[:-1] = word[1:]
    return _text(points[~space | (before & after)])


def _ascii_table() -> NDArray[np.uint32]:
    """Per ASCII code (casefolded already): its leet letter, itself if a word character, a
    space otherwise; NUL stays."""
    out = np.zeros(128, dtype=np.uint32)
    for code in range(1, 128):
        char = LEET_SIGNS.get(chr(code), chr(code))
        out[code] = ord(char) if char.isalnum() or char == "_" else 32
    return out


_ASCII = _ascii_table()


def code_points(text: str) -> NDArray[np.uint32]:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _text(points: NDArray[np.uint32]) -> str:
    return points.tobytes().decode("utf-32-le", "surrogatepass")


#: per class: whether one character belongs to it (the tables are made from these)
CLASSES: dict[str, Callable[[str], bool]] = {
    "upper": str.isupper,
    "alpha": str.isalpha,
    "word": lambda c: c.isalnum() or c == "_",  # what \w matches in a str pattern
    "tld": lambda c: _TLD_LETTER.fullmatch(c) is not None,
    "hidden": lambda c: _HIDDEN.fullmatch(c) is not None,
}


@cache
def table(name: str) -> NDArray[np.uint8]:
    """The class over every code point: 1 or 0, and 2 for one beyond the Basic Multilingual
    Plane not yet looked at (filled in by :func:`classify` when met)."""
    test = CLASSES[name]
    out = np.full(0x110000, 2, dtype=np.uint8)
    out[:BMP] = np.fromiter((test(chr(c)) for c in range(BMP)), dtype=np.uint8, count=BMP)
    return out


def classify(points: NDArray[np.uint32], name: str) -> NDArray[np.bool_]:
    """Per code point: whether it belongs to the class ``name``."""
    flags = table(name)
    found = flags[points]
    unknown = found == 2
    if unknown.any():
        new = np.unique(points[unknown])
        test = CLASSES[name]
        flags[new] = np.fromiter((test(chr(c)) for c in new.tolist()), dtype=np.uint8)
        found = flags[points]
    return found.view(np.bool_)


def entries(rule: Rule) -> tuple[str, ...]:
    """A words rule's entries as they are looked for in a text's folded words (" a b ": a
    blocked word or phrase is there when this is in the text's)."""
    return tuple(f" {' '.join(w)} " for e in rule.words if (w := words(fold(e))))
