"""The fast backtest counts what the reference (one message at a time through the live engine)
counts: same rules caught, same authors, same examples, on any chat and any batch size."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderator.core.automod import backtest, sweep
from moderator.core.automod.backtest import Report, Row
from moderator.core.automod.rules import Rule, RuleKind, RuleSet
from moderator.core.automod.starter import starter_rules
from moderator.fakes.chatter import LINES, SPAM
from tests.unit.core.automod.test_fast_path import NAMES, rule, text

START = 1_767_225_600.0

rows = st.lists(
    st.tuples(
        st.sampled_from(("prism:1", "stream:2")),
        st.integers(0, 4),
        st.sampled_from(NAMES),
        st.sampled_from(("", "", "", "mod", "owner,subscriber")),
        st.one_of(text, st.sampled_from(LINES + SPAM), st.just("a\x00b")),
        st.floats(0, 6),
    ),
    max_size=40,
)


def as_rows(drawn: list[tuple[str, int, str, str, str, float]]) -> list[Row]:
    out: list[Row] = []
    at = START
    for n, (key, who, name, badges, body, step) in enumerate(drawn):
        at += step
        out.append((key, str(n), f"a{who}", name, badges, body, at))
    return out


def summary(report: Report) -> object:
    rules = {
        name: (t.count, sorted(t.authors.items()), t.examples) for name, t in report.rules.items()
    }
    return (report.scanned, report.caught, report.first_at, report.last_at, rules,
            sorted(report.authors.items()))  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rules=st.lists(rule(), min_size=1, max_size=8),
    drawn=rows,
    batch=st.integers(1, 9),
    warm=st.one_of(st.none(), st.floats(0, 60)),
)
def test_the_sweep_counts_what_the_engine_counts(
    rules: list[Rule],
    drawn: list[tuple[str, int, str, str, str, float]],
    batch: int,
    warm: float | None,
) -> None:
    ruleset = RuleSet(rules=tuple(rules))
    data = as_rows(drawn)
    count_from = None if warm is None else START + warm
    expected = backtest.run(ruleset, data, count_from)
    assert summary(sweep.run(ruleset, data, count_from, batch)) == summary(expected)


def test_the_sweep_counts_the_starter_set_on_the_demo_chat_as_the_engine() -> None:
    drawn = [
        ("prism:1", i % 37, f"Viewer {i % 37}", "", (LINES + SPAM)[i * 7 % 23] + f" #{i % 5}", 0.4)
        for i in range(3000)
    ]
    data = as_rows(drawn)
    expected = backtest.run(starter_rules(), data)
    assert expected.caught > 100
    assert summary(sweep.run(starter_rules(), data)) == summary(expected)


def test_the_sieve_reads_styled_and_hidden_letters_as_the_rules_do() -> None:
    """Full-width letters (NFKC), a combining mark after a NUL boundary, a zero-width space:
    the batch's texts are normalised text by text, and no phrase is missed for it."""
    words = RuleSet(rules=(Rule(name="spam", kind=RuleKind.WORDS, words=("free followers",)),))
    texts = ["\uff26\uff32\uff25\uff25 followers", "\u0301free followers", "fr\u200bee followers"]
    data: list[Row] = [("k", str(n), "a", "a", "", t, START + n) for n, t in enumerate(texts)]
    assert backtest.run(words, data).caught == 3
    assert summary(sweep.run(words, data)) == summary(backtest.run(words, data))
