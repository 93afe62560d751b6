"""The text sieve of the columnar backtest: which texts of a chunk a text rule could match, and
every text's folded words, worked out over the chunk's code points at once with numpy.

The chunk's texts are joined by NULs and read as one array of code points. Capitals, a
domain's ".xx" and lengths are counted per text over the array; the words are folded as
:func:`moderator.core.automod.text.fold` folds them (NFKC, hidden characters dropped, case
folded, leetspeak read), every character that is not a word character becomes a space, and
one split gives each text's words (what repeats and raids compare; see :mod:`column_fold`).
The blocked entries are then looked for once in all the words. A text holding a NUL is
counted on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from moderator.core.automod.column_fold import (
    WIDE,
    capitals_and_letters,
    classify,
    code_points,
    folded_words,
)
from moderator.core.automod.rules import Rule, RuleKind
from moderator.core.automod.text import TLD, caps_plain, fold, fold_words, words

if TYPE_CHECKING:
    from numpy.typing import NDArray

SEP = "\x00"
#: blocked entries looked for one by one, not by one regular expression
FEW = 16


@dataclass
class Columns:
    """A chunk's texts as the text rules read them."""

    #: per text: its folded words, "a b" (the engine's ``Folded.joined`` without the spaces
    #: around: as equal where it is)
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
            self._count(raw, starts, columns)
        columns.words = self._words(cut, raw, columns)
        for line in holed:
            self._one(texts[line], line, columns)
        return columns

    def _count(self, raw: str, starts: NDArray[np.int64], into: Columns) -> None:
        ends = starts + into.lengths
        if self.caps:
            points = code_points(raw)
            if len(points) and int(into.lengths.max()) < WIDE:
                # letters and capitals in one sum: a capital letter counts 1 + WIDE
                both = capitals_and_letters(points)
                summed = np.zeros(len(points) + 1, dtype=np.int64)
                np.cumsum(both, out=summed[1:])
                per = summed[ends] - summed[starts]
                into.letters, into.upper = per % WIDE, per // WIDE
            else:
                for name, out in (("alpha", "letters"), ("upper", "upper")):
                    summed = np.zeros(len(points) + 1, dtype=np.int64)
                    np.cumsum(classify(points, name), out=summed[1:])
                    setattr(into, out, summed[ends] - summed[starts])
        if self.links:
            # what the links rule's own quick test looks for (:data:`TLD`), in all at once
            at = [m.start() for m in TLD.finditer(raw)]
            into.dotted = np.zeros(len(starts), dtype=np.bool_)
            into.dotted[np.searchsorted(starts, at, side="right") - 1] = True

    def _words(self, texts: Sequence[str], raw: str, into: Columns) -> list[str]:
        """Each text's folded words, "a b" (and which hold a blocked entry)."""
        folded = folded_words(texts, raw)
        parts = folded.split(SEP)
        if len(parts) != len(texts):  # not expected: NFKC and folding keep the NULs
            return [" ".join(fold_words(t)) for t in texts]
        if self.find is not None:
            # " a b  c d ": each text's words with a space each side, as entries are looked for
            starts = np.zeros(len(parts), dtype=np.int64)
            np.cumsum(np.fromiter(map(len, parts[:-1]), dtype=np.int64) + 2, out=starts[1:])
            at = self._found(f" {folded.replace(SEP, '  ')} ")
            into.worded = np.zeros(len(parts), dtype=np.bool_)
            into.worded[np.searchsorted(starts, at, side="right") - 1] = True
        return parts

    def _found(self, said: str) -> list[int]:
        """Where a blocked entry is in the texts' words: a few are each looked for on their
        own (a plain search is several times faster than the regular expression's)."""
        if len(self.entries) > FEW or self.find is None:
            return [m.start() for m in self.find.finditer(said)] if self.find else []
        out: list[int] = []
        for entry in self.entries:
            at = said.find(entry)
            while at >= 0:
                out.append(at)
                at = said.find(entry, at + 1)
        return out

    def _one(self, text: str, line: int, into: Columns) -> None:
        """A text holding a NUL, counted on its own."""
        into.lengths[line] = len(text)
        if self.caps:
            into.letters[line], into.upper[line] = caps_plain(text)
        if self.links:
            into.dotted[line] = TLD.search(text) is not None
        into.words[line] = said = " ".join(fold_words(text))
        into.worded[line] = any(e in f" {said} " for e in self.entries)


def entries(rule: Rule) -> tuple[str, ...]:
    """A words rule's entries as they are looked for in a text's folded words (" a b ": a
    blocked word or phrase is there when this is in the text's)."""
    return tuple(f" {' '.join(w)} " for e in rule.words if (w := words(fold(e))))
