"""The columnar backtest: what :func:`moderator.core.automod.backtest.run` counts, a chunk of
the archive at a time, with the pace rules worked out by numpy over the whole chunk.

Per chunk: the text rules go through the batch sieve of :mod:`sweep` (only the few lines it
flags are checked one by one); floods, repeats, raids and new authors are counted over the
chunk's columns (:mod:`windows`), the chunk preceded by the lines of the last longest window
(what the pace rules still remember); look-alike names are asked once per author between two
staff names learned. Only the lines something caught are then tallied one by one.

The live engine's memory is bounded (:mod:`memory`): in a chat crowded enough that it would
forget a key inside a window, or with more authors than it keeps when a rule counts new
authors, or with times going back, this path cannot promise the same answer and raises
:class:`NeedsSweep` (:func:`run_or_sweep` then runs the sweep).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from operator import itemgetter
from typing import TYPE_CHECKING

import numpy as np

from moderator.core.automod import sweep
from moderator.core.automod.backtest import Report, Row, acting, author_of, tally
from moderator.core.automod.checks import Hit
from moderator.core.automod.column_fold import warm_up
from moderator.core.automod.column_pace import NeedsSweep, Pace
from moderator.core.automod.column_rules import TextRules
from moderator.core.automod.column_text import TextSieve
from moderator.core.automod.engine import Engine
from moderator.core.automod.rules import RuleKind, RuleSet
from moderator.core.automod.sweep import Before
from moderator.core.models import Author
from moderator.core.names import STAFF

if TYPE_CHECKING:
    from numpy.typing import NDArray

CHUNK = 32_768
#: rules a line's hits are kept for as bits of one int64
MOST_RULES = 62
#: authors (with their names and badges) remembered before starting afresh
WHOS = 100_000


def run(
    rules: RuleSet,
    rows: Iterable[Row],
    count_from: float | None = None,
    before: Iterable[Before] = (),
    chunk: int = CHUNK,
) -> Report:
    """As :func:`sweep.run` (the cyclic collector paused the same way); :class:`NeedsSweep`
    when the archive is one it cannot count (see the module). ``chunk``: lines at a time."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        began = time.perf_counter()
        report = Backtest(rules, before).run(rows, count_from, chunk)
        report.seconds = time.perf_counter() - began
        return report
    finally:
        if was_on:
            gc.enable()


def run_or_sweep(
    rules: RuleSet,
    rows: Callable[[], Iterable[Row]],
    count_from: float | None = None,
    before: Sequence[Before] = (),
) -> Report:
    """:func:`run`, or the sweep over the rows read again when it cannot count them."""
    try:
        return run(rules, rows(), count_from, before)
    except NeedsSweep:
        return sweep.run(rules, rows(), count_from, before=before)


class Backtest:
    """One backtest's state across its chunks."""

    def __init__(self, rules: RuleSet, before: Iterable[Before]) -> None:
        acts = acting(rules)
        self.rules = acts.rules
        if len(self.rules) > MOST_RULES:
            raise NeedsSweep
        self.engine = Engine(acts)
        self.sieve = TextSieve(self.rules)
        self.text_rules = TextRules(self.rules)
        self.pace = Pace(self.rules)
        self.looks = any(r.kind is RuleKind.LOOKALIKE for r in self.rules)
        self.keyed = any(r.kind in (RuleKind.REPEAT, RuleKind.RAID) for r in self.rules)
        self.whos: dict[tuple[str, str, str, str], int] = {}
        #: per who: (their pace code, -1 for staff; the author; the stream)
        self.who_info: list[tuple[int, Author, str]] = []
        self.who_code: list[int] = []
        self._code_array = np.zeros(0, dtype=np.int64)
        #: per who: whether their name imitates a protected one (-1: not asked since the last
        #: staff name learned)
        self.said = np.zeros(0, dtype=np.int8)
        self._hits: dict[int, tuple[Hit, ...]] = {}
        for key, author_id, name, badges, lines in before:
            if lines > 0 and self.engine.allows(author_of(author_id, name, badges), key):
                self.pace.before(key, author_id, lines)

    def run(self, rows: Iterable[Row], count_from: float | None, chunk: int) -> Report:
        report = Report()
        source = iter(rows)
        # at least as many new lines as carried ones: a long window costs twice, not n times
        while batch := list(islice(source, max(chunk, self.pace.carried))):
            self._chunk(batch, count_from, report)
        return report

    def _chunk(self, batch: list[Row], count_from: float | None, report: Report) -> None:
        texts = list(map(_TEXT, batch))
        times = np.fromiter(map(_SENT, batch), dtype=np.float64, count=len(batch))
        codes, imitators = self._authors(batch)
        joined, bits = self._texts(texts, codes)
        self.pace.chunk(codes, joined, times, bits)
        for line in imitators:
            bits[line] |= self.pace.looks_of(batch[line][0])
        scanned = np.ones(len(batch), dtype=np.bool_)
        if count_from is not None:
            scanned = times >= count_from
        self._tally(report, scanned, bits, batch)

    def _authors(self, batch: list[Row]) -> tuple[NDArray[np.int64], list[int]]:
        """Per line its author's pace code (-1: staff, not checked), and the lines whose
        author's name imitates a protected one."""
        if len(self.whos) > WHOS:
            self.whos.clear()
            self.who_info.clear()
            self.who_code.clear()
            self._code_array = np.zeros(0, dtype=np.int64)
            self.said[:] = -1
        ats = list(map(self.whos.get, map(_WHO, batch)))
        if None in ats:
            new = _nones(ats)
            if any(_is_staff(batch[i][4]) for i in new):
                # a staff name learned: whose names imitate one changes from that line on
                return self._one_by_one(list(map(_WHO, batch)))
            for i in new:
                who = _WHO(batch[i])
                found = self.whos.get(who)
                ats[i] = self._new_who(who) if found is None else found
        at = np.asarray(ats, dtype=np.int64)
        codes = self._codes()[at]
        if not self.looks:
            return codes, []
        self._ask(np.unique(at))
        return codes, np.flatnonzero((self.said[at] == 1) & (codes >= 0)).tolist()

    def _one_by_one(
        self, whos: list[tuple[str, str, str, str]]
    ) -> tuple[NDArray[np.int64], list[int]]:
        """:meth:`_authors` line by line: a staff name learned on a line changes whose names
        imitate one from the next line on."""
        codes: list[int] = []
        imitators: list[int] = []
        for line, who in enumerate(whos):
            at = self.whos.get(who)
            if at is None:
                at = self._new_who(who)
            code = self.who_code[at]
            codes.append(code)
            if self.looks and code >= 0:
                self._ask(np.asarray([at]))
                if self.said[at] == 1:
                    imitators.append(line)
        return np.asarray(codes, dtype=np.int64), imitators

    def _codes(self) -> NDArray[np.int64]:
        if len(self._code_array) != len(self.who_code):
            self._code_array = np.asarray(self.who_code, dtype=np.int64)
        return self._code_array

    def _ask(self, ats: NDArray[np.int64]) -> None:
        """Notes in :attr:`said` whether the names of ``ats`` imitate a protected one, for
        those not asked since the last staff name learned."""
        size = len(self.who_info)
        if len(self.said) < size:
            grown = np.full(max(size, 2 * len(self.said)), -1, dtype=np.int8)
            grown[: len(self.said)] = self.said
            self.said = grown
        for at in ats[self.said[ats] < 0].tolist():
            _code, author, key = self.who_info[at]
            self.said[at] = self.engine.imitator(key)(author) is not None

    def _new_who(self, who: tuple[str, str, str, str]) -> int:
        key, author_id, name, badges = who
        author = author_of(author_id, name, badges)
        if self.engine.allows(author, key):
            code = self.pace.author(key, author_id)
        else:
            code = -1
            self.said[:] = -1  # a staff name learned: who imitates whom may change
        at = self.whos[who] = len(self.who_info)
        self.who_info.append((code, author, key))
        self.who_code.append(code)
        return at

    def _texts(
        self, texts: Sequence[str], codes: NDArray[np.int64]
    ) -> tuple[list[str], NDArray[np.int64]]:
        """Per line its folded words (what repeats and raids compare) and the bits of the
        text rules that match it (those covering its stream; none for staff)."""
        columns = self.sieve.sift(texts)
        bits = self.text_rules.bits(texts, columns)
        covering = self.pace.covering_text()
        every = np.asarray(codes, dtype=np.int64)
        bits &= np.where(every >= 0, covering[self.pace.streams(every)], 0)
        return columns.words, bits

    def _tally(
        self,
        report: Report,
        scanned: NDArray[np.bool_],
        bits: NDArray[np.int64],
        batch: list[Row],
    ) -> None:
        counted = np.flatnonzero(scanned)
        if len(counted) == 0:
            return
        report.scanned += len(counted)
        if report.first_at is None:
            report.first_at = batch[int(counted[0])][6]
        report.last_at = batch[int(counted[-1])][6]
        caught = np.flatnonzero(scanned & (bits != 0))
        for line, said in zip(caught.tolist(), bits[caught].tolist(), strict=True):
            _key, _id, _author, name, _badges, text, sent = batch[line]
            tally(report, self._hits_of(said), name, text, sent)

    def _hits_of(self, bits: int) -> tuple[Hit, ...]:
        hits = self._hits.get(bits)
        if hits is None:
            places = [i for i in range(len(self.rules)) if bits >> i & 1]
            hits = self._hits[bits] = tuple(Hit(self.rules[i], "") for i in places)
        return hits


#: a row's author as one key (stream, author id, name, badges), its text, when it was sent
_WHO = itemgetter(0, 2, 3, 4)
_TEXT = itemgetter(5)
_SENT = itemgetter(6)


def _nones(ats: list[int | None]) -> list[int]:
    """Where ``ats`` holds None (searched for in C: most chunks hold a few)."""
    out: list[int] = []
    at = -1
    try:
        while True:
            at = ats.index(None, at + 1)
            out.append(at)
    except ValueError:
        return out


_STAFF = frozenset(b.value for b in STAFF)


def _is_staff(badges: str) -> bool:
    """As :meth:`Engine.allows` tells staff: by their badges."""
    return bool(badges) and any(b in _STAFF for b in badges.split(","))


__all__ = ["NeedsSweep", "run", "run_or_sweep", "warm_up"]
