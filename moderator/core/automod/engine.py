"""The verdict of the rules on one message.

:meth:`Engine.check` folds the text once, lets the stream's memory note the message (pace rules
count it), then runs the enabled rules whose scope covers the stream. It returns every rule that
matched, those in dry run apart: what to do with them (the strongest action, the ladder) is
:func:`moderator.core.automod.strikes.decide`'s part. Staff (the streamer, moderators, agents),
the moderator's own account, system lines and deleted messages are never checked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from moderator.core.automod.checks import Found, Plan, Seen, compile_rules
from moderator.core.automod.memory import Memory
from moderator.core.automod.rules import Rule, RuleKind, RuleSet
from moderator.core.automod.text import Folded
from moderator.core.models import Author, ChatMessage, MessageKind
from moderator.core.names import STAFF, LookAlikes


@dataclass(frozen=True, slots=True)
class Hit:
    rule: Rule
    #: why it matched, for the review queue ("link to bit.ly")
    why: str


@dataclass(frozen=True, slots=True)
class Verdict:
    message: ChatMessage
    #: the rules that act
    hits: tuple[Hit, ...]
    #: the rules in dry run that would have acted: only marked
    dry: tuple[Hit, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.hits or self.dry)


def _nobody(_author: Author) -> str | None:
    return None


_UNUSED = Folded("")
_NO_MEMORY = Memory(width=1)


class Engine:
    def __init__(self, rules: RuleSet | None = None) -> None:
        self.rules = rules or RuleSet()
        self._active: list[Rule] = []
        self._by_stream: dict[str, Plan] = {}
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
        key = message.stream_key
        plan = self._by_stream.get(key)
        if plan is None:
            plan = compile_rules([r for r in self._active if r.scope.covers(key)])
            self._by_stream[key] = plan
        at = message.sent_at.timestamp() if now is None else now
        raw = message.text
        known = plan.verdicts.get(raw)
        text = _UNUSED
        if known is None:  # a text not seen lately: the text rules look at it
            text = Folded(raw)
            on_text: Found = []
            for group in plan.text:
                group.run(Seen(message.author, text, at, _NO_MEMORY, _nobody), on_text)
            keyed = plan.keyed_by_text
            known = (text.joined if keyed else "", tuple(on_text))
            plan.verdicts.put(raw, known)
        joined, on_text_found = known
        found: Found = list(on_text_found)
        paced = plan.pace if pace else []
        if paced or plan.author:
            memory = self._memory.get(key)
            if memory is None or memory.kinds != plan.memory_kinds:
                memory = self._memory[key] = Memory(kinds=plan.memory_kinds)
            if paced:
                memory.note(message.author.id, joined, at)
            seen = Seen(message.author, text, at, memory, self._lookalikes(key).resembles, joined)
            for group in paced:
                group.run(seen, found)
            for group in plan.author:
                group.run(seen, found)
        if not found:
            return None
        found.sort(key=lambda f: f[0])  # in the set's order, however the groups ran
        hits = tuple(Hit(rule, why) for _i, rule, why in found if not rule.dry_run)
        dry = tuple(Hit(rule, why) for _i, rule, why in found if rule.dry_run)
        return Verdict(message, hits, dry)

    def check_all(self, messages: Iterable[ChatMessage]) -> list[Verdict]:
        return [v for v in map(self.check, messages) if v is not None]

    def _checked(self, message: ChatMessage) -> bool:
        author = message.author
        if message.kind is not MessageKind.CHAT or message.is_deleted:
            return False
        if author.badges and author.badges & STAFF:
            self._lookalikes(message.stream_key).learn([author])
            return False
        return author.id not in self.exempt

    def _lookalikes(self, stream_key: str) -> LookAlikes:
        names = self._names.get(stream_key)
        if names is None:
            names = self._names[stream_key] = LookAlikes()
            for rule in self._active:
                for name in rule.protected_names:
                    names.protect(name)
        return names
