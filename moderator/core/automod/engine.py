"""The verdict of the rules on one message.

:meth:`Engine.check` folds the text once, lets the stream's memory note the message (pace rules
count it), then runs the enabled rules whose scope covers the stream. It returns every rule that
matched, those in dry run apart: what to do with them (the strongest action, the ladder) is
:func:`moderator.core.automod.strikes.decide`'s part. Staff (the streamer, moderators, agents),
the moderator's own account, system lines and deleted messages are never checked.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from moderator.core.automod.checks import (
    Found,
    Hit,
    Known,
    Plan,
    Seen,
    compile_rules,
    memory_depth,
)
from moderator.core.automod.groups import compile_fast
from moderator.core.automod.memory import Memory
from moderator.core.automod.rules import Rule, RuleKind, RuleSet
from moderator.core.automod.text import Folded, fold_plain, words
from moderator.core.models import Author, ChatMessage, MessageKind
from moderator.core.names import STAFF, LookAlikes


@dataclass(frozen=True, slots=True)
class Verdict:
    message: ChatMessage
    #: the rules that act
    hits: tuple[Hit, ...]
    #: the rules in dry run that would have acted: only marked
    dry: tuple[Hit, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.hits or self.dry)


Split = tuple[tuple[Hit, ...], tuple[Hit, ...]]


def _split(found: Sequence[tuple[int, Rule, str]]) -> Split:
    """The hits that act and those in dry run, in the set's order however the groups ran."""
    return _placed(found)[0]


def _placed(found: Sequence[tuple[int, Rule, str]]) -> tuple[Split, tuple[Places, Places]]:
    """:func:`_split`, and the rules' places in the set of each side's hits."""
    ordered = sorted(found, key=itemgetter(0))
    acts = [(i, _hit(rule, why)) for i, rule, why in ordered if not rule.dry_run]
    dry = [(i, _hit(rule, why)) for i, rule, why in ordered if rule.dry_run]
    split = (tuple(h for _i, h in acts), tuple(h for _i, h in dry))
    return split, (tuple(i for i, _h in acts), tuple(i for i, _h in dry))


Places = tuple[int, ...]
#: (the rule's id, why) -> its Hit: a chat says the same few things again and again, and a
#: frozen dataclass costs ~0.5 µs to make (the rule is compared: an id may be reused)
_HITS: dict[tuple[int, str], Hit] = {}
HIT_CACHE = 4096


def _hit(rule: Rule, why: str) -> Hit:
    hit = _HITS.get((id(rule), why))
    if hit is None or hit.rule is not rule:
        if len(_HITS) >= HIT_CACHE:
            _HITS.clear()
        hit = _HITS[(id(rule), why)] = Hit(rule, why)
    return hit


def _merged(known: Known, found: Found) -> Split:
    """The text rules' hits (kept with the text, in order) with the few pace and name hits
    put in their places: no Hit made again for a text's twenty word rules."""
    (acts, dry), (acts_at, dry_at) = _placed(found)
    return (
        _into(known.split[0], known.places[0], acts, acts_at),
        _into(known.split[1], known.places[1], dry, dry_at),
    )


def _into(
    base: tuple[Hit, ...], at: Places, more: tuple[Hit, ...], more_at: Places
) -> tuple[Hit, ...]:
    if not more:
        return base
    if not base:
        return more
    hits, places = list(base), list(at)
    for place, hit in zip(more_at, more, strict=True):
        k = bisect_right(places, place)
        places.insert(k, place)
        hits.insert(k, hit)
    return tuple(hits)


__all__ = ["Engine", "Hit", "Verdict"]


_UNUSED = Folded("")
_NONE: tuple[tuple[Hit, ...], tuple[Hit, ...]] = ((), ())


class Engine:
    def __init__(self, rules: RuleSet | None = None, *, reference: bool = False) -> None:
        """``reference``: every rule checked on its own with nothing skipped or kept (slow;
        what the fast path is tested against)."""
        self.rules = rules or RuleSet()
        self._reference = reference
        self._compile = compile_rules if reference else compile_fast
        self._active: list[Rule] = []
        self._by_stream: dict[str, tuple[Plan, Memory, Callable[[Author], str | None]]] = {}
        self._memory: dict[str, Memory] = {}
        self._names: dict[str, LookAlikes] = {}
        #: author ids never checked (the moderator's own accounts)
        self.exempt: set[str] = set()
        self.set_rules(self.rules)

    def set_rules(self, rules: RuleSet) -> None:
        """Use ``rules`` from now on (what the streams remember is kept)."""
        self.rules = rules
        active = [r for r in rules.rules if r.enabled] if rules.enabled else []
        self._active = active
        self._by_stream.clear()
        protected = [n for r in active if r.kind is RuleKind.LOOKALIKE for n in r.protected_names]
        for names in self._names.values():
            for name in protected:
                names.protect(name)

    def protect(self, stream_key: str, name: str, author_id: str | None = None) -> None:
        """A name in this stream that others must not imitate (the moderator's own)."""
        self._lookalikes(stream_key).protect(name, author_id)

    def check(
        self, message: ChatMessage, now: float | None = None, *, pace: bool = True
    ) -> Verdict | None:
        """What the rules say of ``message``; None when none matched or it is not checked.
        ``pace=False`` for history read at connect: floods, repeats, raids and new authors
        mean nothing in a backlog that arrives all at once, so those rules skip it."""
        if not self._active or not self._checked(message):
            return None
        at = message.sent_at.timestamp() if now is None else now
        found = self.check_row(message.author, message.stream_key, message.text, at, pace=pace)
        return None if found is None else Verdict(message, *found)

    def check_row(
        self,
        author: Author,
        key: str,
        raw: str,
        at: float,
        joined: str | None = None,
        *,
        pace: bool = True,
    ) -> tuple[tuple[Hit, ...], tuple[Hit, ...]] | None:
        """:meth:`check` on a message's parts (the caller has checked it is to be checked):
        the hits that act and those in dry run, or None. ``joined``: the text's folded words,
        given by a caller (a backtest) that knows no text rule can match this text."""
        stream = self._by_stream.get(key)
        if stream is None:
            stream = self._by_stream[key] = self._stream(key)
        plan, memory, imitates = stream
        seen = Seen(author, _UNUSED, at, memory, imitates, joined or "")
        known = None
        if joined is None:
            known = plan.verdicts.get(raw) or self._known(plan, seen, raw)
            seen.joined = known.joined
        found: Found = []
        if pace and plan.pace:
            if plan.notes:
                memory.note(author.id, seen.joined, at)
            for group in plan.pace:
                group.run(seen, found)
        for group in plan.author:
            group.run(seen, found)
        if known is None or not known.found:  # a backtest's line no text rule can match
            return _split(found) if found else None
        return _merged(known, found) if found else known.split

    def _known(self, plan: Plan, seen: Seen, raw: str) -> Known:
        """What the text rules say of a text not seen lately (kept for when it comes again)."""
        seen.text = Folded(raw)
        on_text: Found = []
        for group in plan.text:
            group.run(seen, on_text)
        joined = self._joined(seen.text) if plan.keyed_by_text else ""
        split, places = _placed(on_text) if on_text else (_NONE, ((), ()))
        known = Known(joined, tuple(on_text), split, places)
        if not self._reference:  # the reference engine looks at every text afresh
            plan.verdicts.put(raw, known)
        return known

    def seen_before(self, author: Author, key: str, count: int) -> None:
        """``author`` wrote ``count`` lines in stream ``key`` before the next one checked (a
        backtest's later part: what the part before it saw). Staff teach their names, as if
        their lines were checked; the others count towards "new author"."""
        if count <= 0 or not self.allows(author, key):
            return
        stream = self._by_stream.get(key)
        if stream is None:
            stream = self._by_stream[key] = self._stream(key)
        plan, memory, _imitates = stream
        if plan.pace and "seen" in memory.kinds:
            memory.seen[author.id] = memory.seen.get(author.id, 0) + count

    def imitator(self, key: str) -> Callable[[Author], str | None]:
        """Which protected name of stream ``key`` an author's name imitates, if any."""
        return self._lookalikes(key).resembles

    def allows(self, author: Author, key: str) -> bool:
        """Whether a chat line by ``author`` is checked at all (staff teach the look-alike
        rule their names instead; the moderator's own accounts are exempt)."""
        if author.badges and author.badges & STAFF:
            self._lookalikes(key).learn([author])
            return False
        return author.id not in self.exempt

    def _stream(self, key: str) -> tuple[Plan, Memory, Callable[[Author], str | None]]:
        """The stream's compiled rules, its memory (kept while the rules change, unless they
        need other things kept) and who its protected names are."""
        rules = [r for r in self._active if r.scope.covers(key)]
        plan = self._compile(rules)
        memory = self._memory.get(key)
        if memory is None or memory.kinds != plan.memory_kinds:
            memory = self._memory[key] = Memory(kinds=plan.memory_kinds)
        memory.depth = memory_depth(rules)
        return plan, memory, self._lookalikes(key).resembles

    def check_all(self, messages: Iterable[ChatMessage]) -> list[Verdict]:
        return [v for v in map(self.check, messages) if v is not None]

    def _joined(self, text: Folded) -> str:
        if self._reference:
            return f" {' '.join(words(fold_plain(text.raw)))} "
        return text.joined

    def _checked(self, message: ChatMessage) -> bool:
        # state is empty (falsy) for nearly every line: only then is the flag test skipped
        if message.kind is not MessageKind.CHAT or (message.state and message.is_deleted):
            return False
        return self.allows(message.author, message.stream_key)

    def _lookalikes(self, stream_key: str) -> LookAlikes:
        names = self._names.get(stream_key)
        if names is None:
            names = self._names[stream_key] = LookAlikes()
            for rule in self._active:
                for name in rule.protected_names:
                    names.protect(name)
        return names
