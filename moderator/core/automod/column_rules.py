"""The text rules of the columnar backtest over a chunk's columns (see :mod:`column_text`).

Lengths and capitals are counted per text by the sieve, so length and caps rules are decided
over the whole chunk at once, with the reference's own tests (``share = upper / letters`` in
doubles, as Python divides). A words rule matches a text when one of its folded entries,
spaces around, is in the text's folded words (what :class:`checks.WordGroup` decides): only
the texts the sieve found an entry in are looked at. Links and patterns go through the fast
path's own groups, links only for the texts holding a ".xx", patterns for every text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from moderator.core.automod.checks import Found, PatternGroup, Seen
from moderator.core.automod.column_text import Columns, entries
from moderator.core.automod.groups import _allowed
from moderator.core.automod.memory import Memory
from moderator.core.automod.rules import Rule, RuleKind
from moderator.core.automod.text import _DOMAIN, Folded
from moderator.core.models import Author

if TYPE_CHECKING:
    from numpy.typing import NDArray


SEP = "\x00"
#: texts whose verdict is kept (then forgotten all at once)
SAID = 8192


class TextRules:
    def __init__(self, rules: Sequence[Rule]) -> None:
        numbered = list(enumerate(rules))
        self.lengths = [(i, r.max_length) for i, r in numbered if r.kind is RuleKind.LENGTH]
        self.caps = [(i, r) for i, r in numbered if r.kind is RuleKind.CAPS]
        self.words = [(i, entries(r)) for i, r in numbered if r.kind is RuleKind.WORDS]
        self.links = [(i, _allowed(r)) for i, r in numbered if r.kind is RuleKind.LINKS]
        patterns = [(i, r) for i, r in numbered if r.kind is RuleKind.REGEX and r.pattern]
        self.patterns = PatternGroup(patterns) if patterns else None
        self._seen = Seen(Author("", ""), Folded(""), 0.0, Memory(), lambda _a: None)
        #: what the rules said of a text lately (by group), of a text's words
        self._kept: dict[int, dict[str, int]] = {}
        self._said: dict[str, int] = {}
        self._domains: dict[str, int] = {}

    def bits(self, texts: Sequence[str], columns: Columns) -> NDArray[np.int64]:
        """Per text: the bits of the rules (their places in the set) that match it."""
        bits = np.zeros(len(texts), dtype=np.int64)
        for index, longest in self.lengths:
            bits[columns.lengths > longest] |= np.int64(1 << index)
        for index, rule in self.caps:
            bits[self._shouting(rule, columns)] |= np.int64(1 << index)
        if self.words:
            lines = np.flatnonzero(columns.worded)
            said = [self._worded(columns.words[line]) for line in lines.tolist()]
            bits[lines] |= np.asarray(said, dtype=np.int64)
        if self.links:
            self._linked(texts, np.flatnonzero(columns.dotted), bits)
        if self.patterns is not None:
            self._grouped(self.patterns, texts, np.arange(len(texts)), bits)
        return bits

    def _worded(self, words: str) -> int:
        """The bits of the words rules matching a text's folded words (kept: a chat repeats)."""
        bits = self._said.get(words)
        if bits is None:
            if len(self._said) >= SAID:
                self._said.clear()
            said = f" {words} "
            bits = self._said[words] = sum(
                1 << index for index, wanted in self.words if any(e in said for e in wanted)
            )
        return bits

    def _shouting(self, rule: Rule, columns: Columns) -> NDArray[np.bool_]:
        letters, upper = columns.letters, columns.upper
        enough = (columns.lengths >= rule.min_letters) & (letters >= rule.min_letters)
        share = upper.astype(np.float64) / np.maximum(letters, 1).astype(np.float64)
        caught: NDArray[np.bool_] = enough & (share >= rule.caps_ratio)
        return caught

    def _linked(
        self, texts: Sequence[str], lines: NDArray[np.int64], bits: NDArray[np.int64]
    ) -> None:
        """The links rules over the texts holding a ".xx": the domains of them all found by one
        search (as :attr:`Folded.links` finds a text's; none spans two texts, as none holds a
        NUL), a rule matching a text with a domain it does not allow (as :class:`LinkGroup`)."""
        if len(lines) == 0:
            return
        picked = [texts[i] for i in lines.tolist()]
        starts = np.zeros(len(picked), dtype=np.int64)
        np.cumsum(np.fromiter(map(len, picked[:-1]), dtype=np.int64) + 1, out=starts[1:])
        found = [(m.start(), m.group(1)) for m in _DOMAIN.finditer(SEP.join(picked))]
        if not found:
            return
        where = np.searchsorted(starts, [at for at, _d in found], side="right") - 1
        said = np.asarray([self._refused(domain) for _at, domain in found], dtype=np.int64)
        np.bitwise_or.at(bits, lines[where], said)

    def _refused(self, found: str) -> int:
        """The bits of the links rules that do not allow the domain (as found)."""
        refused = self._domains.get(found)
        if refused is None:
            domain = found.casefold().rstrip(".")
            refused = self._domains[found] = sum(
                1 << index
                for index, allowed in self.links
                if not any(domain == ok or domain.endswith("." + ok) for ok in allowed)
            )
        return refused

    def _grouped(
        self,
        group: PatternGroup,
        texts: Sequence[str],
        lines: NDArray[np.int64],
        bits: NDArray[np.int64],
    ) -> None:
        seen = self._seen
        kept = self._kept.setdefault(id(group), {})
        said: list[int] = []
        for line in lines.tolist():
            text = texts[line]
            found = kept.get(text)
            if found is None:
                seen.text = Folded(text)
                hits: Found = []
                group.run(seen, hits)
                if len(kept) >= SAID:
                    kept.clear()
                found = kept[text] = sum(1 << index for index, _rule, _why in hits)
            said.append(found)
        bits[lines] |= np.asarray(said, dtype=np.int64)
