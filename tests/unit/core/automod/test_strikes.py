from __future__ import annotations

from datetime import timedelta

from moderator.core.automod.engine import Engine
from moderator.core.automod.rules import Act, Ladder, LadderStep, Rule, RuleKind, RuleSet
from moderator.core.automod.strikes import MemoryStrikes, decide
from moderator.core.identity import AuthorKey
from tests.unit.core.automod.test_rules import msg

LADDER = Ladder(
    steps=(
        LadderStep(action=Act.DELETE),
        LadderStep(action=Act.TIMEOUT, timeout_seconds=60),
        LadderStep(action=Act.TIMEOUT, timeout_seconds=600),
        LadderStep(action=Act.BAN),
    ),
    decay_seconds=100,
)
SPAM = Rule(name="spam", kind=RuleKind.WORDS, words=("spam",), action=Act.LADDER)
CAPS = Rule(name="caps", kind=RuleKind.CAPS, action=Act.HOLD, min_letters=4)


def run(engine: Engine, store: MemoryStrikes, text: str, at: float, author: str = "a") -> object:
    verdict = engine.check(msg(text, author=author, at=at))
    assert verdict is not None
    key = AuthorKey(verdict.message.stream_key, author)
    return decide(verdict, LADDER, store, {key}, at)


def test_the_ladder_escalates_then_repeats_its_last_step() -> None:
    engine, store = Engine(RuleSet(rules=(SPAM,))), MemoryStrikes()
    steps = [run(engine, store, "spam", at=float(i)) for i in range(5)]
    acts = [(d.act, d.timeout, d.strikes) for d in steps]  # type: ignore[attr-defined]
    assert acts == [
        (Act.DELETE, None, 1),
        (Act.TIMEOUT, timedelta(seconds=60), 2),
        (Act.TIMEOUT, timedelta(seconds=600), 3),
        (Act.BAN, None, 4),
        (Act.BAN, None, 5),
    ]


def test_strikes_decay() -> None:
    engine, store = Engine(RuleSet(rules=(SPAM,))), MemoryStrikes()
    run(engine, store, "spam", at=0)
    run(engine, store, "spam", at=10)
    late = run(engine, store, "spam", at=500)
    assert late.act is Act.DELETE and late.strikes == 1  # type: ignore[attr-defined]


def test_linked_authors_share_strikes() -> None:
    engine, store = Engine(RuleSet(rules=(SPAM,))), MemoryStrikes()
    other = AuthorKey("ibm:chan", "b")
    store.add(other, 0, "spam")
    verdict = engine.check(msg("spam", author="a", at=1))
    assert verdict is not None
    me = AuthorKey("prism:live", "a")
    linked = decide(verdict, LADDER, store, {me, other}, 1)
    assert linked is not None and linked.strikes == 2 and linked.act is Act.TIMEOUT


def test_the_strongest_rule_decides_and_names_itself() -> None:
    ban = Rule(name="ban words", kind=RuleKind.WORDS, words=("spam",), action=Act.BAN)
    engine, store = Engine(RuleSet(rules=(CAPS, ban))), MemoryStrikes()
    decision = run(engine, store, "SPAM SPAM", at=0)
    assert decision.act is Act.BAN and decision.rule == "ban words"  # type: ignore[attr-defined]


def test_dry_run_only_decides_nothing() -> None:
    engine = Engine(RuleSet(rules=(SPAM.model_copy(update={"dry_run": True}),)))
    verdict = engine.check(msg("spam"))
    assert verdict is not None
    assert decide(verdict, LADDER, MemoryStrikes(), (), 0) is None
