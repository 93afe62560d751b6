"""The batch backtest (pace rules from plain per-key lists, names per author) counts what the
reference (one message at a time through the live engine) counts, or says it cannot vouch
(:class:`Unsure`) where the live memory's bounds would forget something that counts."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderator.core.automod import backtest, batch, memory, sweep
from moderator.core.automod.backtest import Report, Row
from moderator.core.automod.rules import Rule, RuleKind, RuleSet
from moderator.core.automod.starter import starter_rules
from moderator.fakes.chatter import LINES, SPAM
from tests.unit.core.automod.test_fast_path import NAMES, rule, text
from tests.unit.core.automod.test_sweep import START, as_rows, summary

#: texts that straddle lines: a newline, a NUL, a phrase cut by a newline, a raid-long text
ODD = ("free\nfollowers", "spam\n", "\nspam", "a\x00b", "check my\nchannel", "x" * 70,
       "the same words again and again", "FREE FOLLOWERS\nNOW",
       # a combining mark first or last (normalised text by text: nothing joins across a NUL)
       "\u0301spam", "e\u0301", "\uff26\uff32\uff25\uff25 followers")  # fmt: skip

rows = st.lists(
    st.tuples(
        st.sampled_from(("prism:1", "stream:2")),
        st.integers(0, 4),
        st.sampled_from(NAMES),
        st.sampled_from(("", "", "", "mod", "owner,subscriber")),
        st.one_of(text, st.sampled_from(LINES + SPAM), st.sampled_from(ODD)),
        # whole seconds and the windows themselves: a window's very edge comes up often
        st.one_of(st.floats(0, 6), st.integers(0, 5).map(float), st.sampled_from((1.0, 5.0))),
    ),
    max_size=40,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rules=st.lists(rule(), min_size=1, max_size=8),
    drawn=rows,
    size=st.integers(1, 9),
    warm=st.one_of(st.none(), st.floats(0, 60)),
)
def test_the_batch_path_counts_what_the_engine_counts(
    rules: list[Rule],
    drawn: list[tuple[str, int, str, str, str, float]],
    size: int,
    warm: float | None,
) -> None:
    ruleset = RuleSet(rules=tuple(rules))
    data = as_rows(drawn)
    count_from = None if warm is None else START + warm
    expected = backtest.run(ruleset, data, count_from)
    assert summary(batch.run(ruleset, data, count_from, size)) == summary(expected)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rules=st.lists(rule(), min_size=1, max_size=6), drawn=rows, width=st.integers(1, 6))
def test_with_a_small_memory_the_batch_path_counts_the_same_or_says_it_is_unsure(
    rules: list[Rule],
    drawn: list[tuple[str, int, str, str, str, float]],
    width: int,
) -> None:
    ruleset = RuleSet(rules=tuple(rules))
    data = as_rows(drawn)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(memory, "WIDTH", width)
        expected = backtest.run(ruleset, data)
        try:
            got = batch.run(ruleset, data)
        except batch.Unsure:
            return
    assert summary(got) == summary(expected)


def test_a_memory_that_forgets_a_flooder_makes_the_batch_path_unsure(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Width 4: "a" writes, four others write, "a" writes again within the window: the live
    memory forgot "a" and counts no flood; the batch path must not claim one either."""
    monkeypatch.setattr(memory, "WIDTH", 4)
    flood = RuleSet(rules=(Rule(name="flood", kind=RuleKind.FLOOD, count=2, window_seconds=60),))
    who = ["a", "b", "c", "d", "e", "a"]
    data: list[Row] = [("k", str(n), w, w, "", "hi", START + n) for n, w in enumerate(who)]
    assert backtest.run(flood, data).caught == 0
    with pytest.raises(batch.Unsure):
        batch.run(flood, data)
    # the same chat with a memory wide enough: no doubt, and the flood is counted
    monkeypatch.setattr(memory, "WIDTH", 100)
    assert batch.run(flood, data).caught == backtest.run(flood, data).caught == 1


def test_the_batch_path_counts_the_starter_set_on_the_demo_chat_as_the_engine() -> None:
    drawn = [
        ("prism:1", i % 37, f"Viewer {i % 37}", "", (LINES + SPAM)[i * 7 % 23] + f" #{i % 5}", 0.4)
        for i in range(3000)
    ]
    data = as_rows(drawn)
    expected = backtest.run(starter_rules(), data)
    assert expected.caught > 100
    assert summary(batch.run(starter_rules(), data)) == summary(expected)


def test_the_pace_rules_count_a_line_at_the_very_edge_of_their_window() -> None:
    """Lines exactly a window apart are within it (flood, repeat, raid), and an author is new
    for exactly ``first_messages`` lines, in the batch path as in the reference."""
    rules = RuleSet(
        rules=(
            Rule(name="flood", kind=RuleKind.FLOOD, count=2, window_seconds=5),
            Rule(name="repeat", kind=RuleKind.REPEAT, count=2, window_seconds=5),
            Rule(name="raid", kind=RuleKind.RAID, count=2, window_seconds=5),
            Rule(name="new", kind=RuleKind.NEW_AUTHOR, first_messages=2),
        )
    )
    body = "the same words again and again"
    lines = [("a", 0.0), ("a", 5.0), ("b", 10.0), ("a", 10.0), ("b", 10.0), ("c", 20.0)]
    data: list[Row] = [("k", str(n), w, w, "", body, START + at) for n, (w, at) in enumerate(lines)]
    got = batch.run(rules, data)
    assert summary(got) == summary(backtest.run(rules, data))
    assert {name: t.count for name, t in got.rules.items()} == {
        "new": 5,  # a and b twice each, c once
        "flood": 3,
        "repeat": 3,
        "raid": 3,
    }


@pytest.mark.parametrize("run", [batch.run, sweep.run])
def test_the_sieve_reads_styled_and_hidden_letters_as_the_rules_do(
    run: Callable[[RuleSet, list[Row]], Report],
) -> None:
    """Full-width letters (NFKC), a combining mark after a NUL boundary, a zero-width space:
    the batch's texts are normalised text by text, and no phrase is missed for it."""
    words = RuleSet(rules=(Rule(name="spam", kind=RuleKind.WORDS, words=("free followers",)),))
    texts = ["\uff26\uff32\uff25\uff25 followers", "\u0301free followers", "fr\u200bee followers"]
    data: list[Row] = [("k", str(n), "a", "a", "", t, START + n) for n, t in enumerate(texts)]
    assert backtest.run(words, data).caught == 3
    assert summary(run(words, data)) == summary(backtest.run(words, data))
