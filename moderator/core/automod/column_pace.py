"""The pace rules of the columnar backtest: floods, repeats, raids and new authors over a
chunk's columns at once (see :mod:`windows`), each stream's lines apart as the engine keeps
each stream's memory apart. What carries from one chunk to the next: the lines of the last
longest window (the chunk is counted after them) and how many lines each author wrote."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from moderator.core.automod import memory as memory_module
from moderator.core.automod import windows
from moderator.core.automod.backtest import PACED
from moderator.core.automod.checks import RAID_TEXT, TEXT_KINDS
from moderator.core.automod.rules import Rule, RuleKind

if TYPE_CHECKING:
    from numpy.typing import NDArray


class NeedsSweep(Exception):
    """This archive is one the columns cannot promise to count as the engine would (its
    bounded memory would forget a key inside a window, or times go back)."""


class Pace:
    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = list(enumerate(rules))
        self.window = max((r.window_seconds for r in rules if r.kind in PACED), default=0.0)
        self.counts_new = any(r.kind is RuleKind.NEW_AUTHOR for r in rules)
        self.keys: dict[str, int] = {}
        self.key_names: list[str] = []
        self._looks: dict[str, int] = {}
        #: (stream, author id) -> the author's code; per code: its stream's code
        self.codes: dict[tuple[str, str], int] = {}
        self.code_key: list[int] = []
        self.authors_in: list[int] = []
        #: per author code: lines before this run (a split run's earlier parts), lines so far
        self.earlier = np.zeros(0, dtype=np.int64)
        self.carry_times = np.zeros(0, dtype=np.float64)
        self.carry_codes = np.zeros(0, dtype=np.int64)
        self.carry_words: list[str] = []
        self._text_bits = np.zeros(0, dtype=np.int64)

    @property
    def carried(self) -> int:
        return len(self.carry_words)

    def author(self, key: str, author_id: str) -> int:
        code = self.codes.get((key, author_id))
        if code is None:
            stream = self.keys.get(key)
            if stream is None:
                stream = self.keys[key] = len(self.key_names)
                self.key_names.append(key)
                self.authors_in.append(0)
            code = self.codes[(key, author_id)] = len(self.code_key)
            self.code_key.append(stream)
            self.authors_in[stream] += 1
            if self.counts_new and self.authors_in[stream] >= memory_module.WIDTH:
                raise NeedsSweep  # the engine would forget whom it has seen
        return code

    def before(self, key: str, author_id: str, lines: int) -> None:
        code = self.author(key, author_id)
        self._grow()
        self.earlier[code] += lines

    def looks_of(self, key: str) -> int:
        """The bits of the look-alike rules covering stream ``key``."""
        bits = self._looks.get(key)
        if bits is None:
            bits = self._looks[key] = self._covering(key, RuleKind.LOOKALIKE)
        return bits

    def streams(self, codes: NDArray[np.int64]) -> NDArray[np.int64]:
        """Per author code (-1: none) its stream's code (0 for none)."""
        return np.asarray(self.code_key or [0], dtype=np.int64)[np.maximum(codes, 0)]

    def covering_text(self) -> NDArray[np.int64]:
        """Per stream code: the bits of the text rules that cover it (one more than needed:
        an empty run has none)."""
        if len(self._text_bits) != len(self.key_names) + 1:
            covering = [self._covering_any(k, TEXT_KINDS) for k in self.key_names]
            self._text_bits = np.asarray([*covering, 0], dtype=np.int64)
        return self._text_bits

    def _covering(self, key: str, kind: RuleKind) -> int:
        return self._covering_any(key, frozenset({kind}))

    def _covering_any(self, key: str, kinds: frozenset[RuleKind]) -> int:
        return sum(1 << i for i, r in self.rules if r.kind in kinds and r.scope.covers(key))

    def _grow(self) -> None:
        size = len(self.code_key)
        if len(self.earlier) < size:
            grown = np.zeros(max(size, 2 * len(self.earlier)), dtype=np.int64)
            grown[: len(self.earlier)] = self.earlier
            self.earlier = grown

    def chunk(
        self,
        codes: NDArray[np.int64],
        words: list[str],
        times: NDArray[np.float64],
        bits: NDArray[np.int64],
    ) -> None:
        """Ors into ``bits`` (per line) the pace rules that match each line of the chunk."""
        self._grow()
        every = np.asarray(codes, dtype=np.int64)
        noted = np.flatnonzero(every >= 0)
        if not self._in_order(times):
            raise NeedsSweep
        if len(noted) == 0 or not any(r.kind in _PACE for _i, r in self.rules):
            return
        carried = self.carried
        at = np.concatenate([self.carry_times, times[noted]])
        who = np.concatenate([self.carry_codes, every[noted]])
        mine = words if len(noted) == len(words) else [words[i] for i in noted.tolist()]
        said = self.carry_words + mine
        stream = np.asarray(self.code_key, dtype=np.int64)[who]
        if self.window > 0 and windows.crowded(stream, at, _crowd(), self.window):
            raise NeedsSweep
        text = _factorised(said) if any(r.kind in _KEYED for _i, r in self.rules) else who
        for index, rule in self.rules:
            if rule.kind in _PACE:
                hit = self._rule(rule, at, who, stream, text, said, carried)
                bits[noted[hit]] |= np.int64(1 << index)
        self._count_new(every[noted])
        self._keep(at, who, said)

    def _in_order(self, times: NDArray[np.float64]) -> bool:
        if not np.isfinite(times).all() or bool((times[1:] < times[:-1]).any()):
            return False
        return not (self.carried and len(times) and times[0] < self.carry_times[-1])

    def _rule(
        self,
        rule: Rule,
        at: NDArray[np.float64],
        who: NDArray[np.int64],
        stream: NDArray[np.int64],
        text: NDArray[np.int64],
        said: list[str],
        carried: int,
    ) -> NDArray[np.int64]:
        """The chunk's noted lines (their places among them) that ``rule`` catches."""
        covered = np.asarray([rule.scope.covers(k) for k in self.key_names], dtype=np.bool_)
        if rule.kind is RuleKind.NEW_AUTHOR:
            mine = who[carried:]
            lines = self.earlier[mine] + windows.nth_in_group(mine) + 1
            hit = lines <= rule.first_messages
        elif rule.kind is RuleKind.FLOOD:
            hit = windows.within_nth(who, at, rule.count, rule.window_seconds)[carried:]
        elif rule.kind is RuleKind.REPEAT:
            groups = who * (int(text.max()) + 1) + text
            hit = windows.within_nth(groups, at, rule.count, rule.window_seconds)[carried:]
        else:
            hit = self._raid(rule, at, who, stream, text, said)[carried:]
        return np.flatnonzero(hit & covered[stream[carried:]])

    def _raid(
        self,
        rule: Rule,
        at: NDArray[np.float64],
        who: NDArray[np.int64],
        stream: NDArray[np.int64],
        text: NDArray[np.int64],
        said: list[str],
    ) -> NDArray[np.bool_]:
        groups = stream * (int(text.max()) + 1) + text
        # a raid's text is at least RAID_TEXT long with a space each side
        long = np.fromiter(map(len, said), dtype=np.int64, count=len(said)) >= RAID_TEXT - 2
        maybe = windows.within_nth(groups, at, rule.count, rule.window_seconds) & long
        found = windows.distinct_authors_within(
            groups, who, at, np.flatnonzero(maybe), rule.count, rule.window_seconds
        )
        out = np.zeros(len(said), dtype=np.bool_)
        out[found] = True
        return out

    def _count_new(self, mine: NDArray[np.int64]) -> None:
        if self.counts_new and len(mine):
            self.earlier += np.bincount(mine, minlength=len(self.earlier))[: len(self.earlier)]

    def _keep(self, at: NDArray[np.float64], who: NDArray[np.int64], said: list[str]) -> None:
        """The lines the next chunk's windows may still reach (the engine still remembers)."""
        if self.window <= 0:
            return
        keep = int(np.flatnonzero(at[-1] - at <= self.window)[0])
        self.carry_times, self.carry_codes = at[keep:], who[keep:]
        self.carry_words = said[keep:]


_PACE = frozenset({*PACED, RuleKind.NEW_AUTHOR})
_KEYED = frozenset({RuleKind.REPEAT, RuleKind.RAID})


def _crowd() -> int:
    """Lines within a window from which the engine's memory may forget a key written in it:
    it drops the oldest quarter when it holds WIDTH keys."""
    width = memory_module.WIDTH
    return max(2, width - width // 4)


def _factorised(said: list[str]) -> NDArray[np.int64]:
    """A number per text from 0 up, the same for equal texts and only for them: the texts'
    hashes ranked when no two differing texts share one (nearly always; checked), else the
    texts counted out."""
    hashes = np.fromiter(map(hash, said), dtype=np.int64, count=len(said))
    distinct, dense = np.unique(hashes, return_inverse=True)
    if len(distinct) == len(set(said)):
        return dense.astype(np.int64)
    codes: dict[str, int] = {}
    return np.fromiter(
        (codes.setdefault(s, len(codes)) for s in said), dtype=np.int64, count=len(said)
    )
