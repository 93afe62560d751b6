"""The columnar backtest counts what the reference (one message at a time through the live
engine) counts: same rules, same lines, same authors, same examples, on any chat, whatever the
chunk size; where the engine's bounded memory would forget, it says so and the sweep runs."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderator.core.automod import backtest, columnar, memory
from moderator.core.automod.backtest import Row
from moderator.core.automod.column_pace import NeedsSweep
from moderator.core.automod.rules import Rule, RuleKind, RuleScope, RuleSet, ScopeKind
from moderator.core.automod.starter import starter_rules
from moderator.fakes.chatter import LINES, SPAM
from tests.unit.core.automod.test_fast_path import NAMES, WORDS, rule, text
from tests.unit.core.automod.test_sweep import START, summary

RAID = "join the raid right now friends"
#: words apart by runs of signs and spaces: folding must cut each run down to one space
spaced = st.lists(
    st.sampled_from(("free", "followers", "check", "my", "channel", "5p4m", "join", "raid")),
    min_size=1,
    max_size=4,
).flatmap(
    lambda ws: st.lists(
        st.sampled_from((" ", "  ", ", ", "!!", "--", " \u200b ", "\u3000")),
        min_size=len(ws),
        max_size=len(ws),
    ).map(lambda gaps: "".join(w + g for w, g in zip(ws, gaps, strict=True)))
)
bodies = st.one_of(
    text,
    spaced,
    st.sampled_from(LINES + SPAM),
    st.sampled_from((RAID, RAID.upper(), "", "a\x00b", "ｆｒｅｅ followers", "gg")),
)
rows = st.lists(
    st.tuples(
        st.sampled_from(("prism:1", "stream:2")),
        st.integers(0, 12),
        st.sampled_from((*NAMES, "Mod0", "Streamer")),
        st.sampled_from(("", "", "", "", "mod", "owner,subscriber")),
        bodies,
        # bursts (many lines at one time), whole seconds (a window's very edge), pauses
        st.one_of(st.just(0.0), st.integers(0, 6).map(float), st.floats(0, 12)),
    ),
    max_size=60,
)


def as_rows(drawn: list[tuple[str, int, str, str, str, float]]) -> list[Row]:
    out: list[Row] = []
    at = START
    for n, (key, who, name, badges, body, step) in enumerate(drawn):
        at += step
        out.append((key, str(n), f"a{who}", name, badges, body, at))
    return out


SCOPES = (
    RuleScope(),
    RuleScope(kind=ScopeKind.PLATFORM, value="prism"),
    RuleScope(kind=ScopeKind.STREAM, value="stream:2"),
)
scoped = st.tuples(rule(), st.sampled_from(SCOPES)).map(
    lambda drawn: drawn[0].model_copy(update={"scope": drawn[1]})
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rules=st.lists(st.one_of(rule(), scoped), min_size=1, max_size=8),
    drawn=rows,
    chunk=st.integers(1, 9),
    warm=st.one_of(st.none(), st.floats(0, 60)),
)
def test_the_columns_count_what_the_engine_counts(
    rules: list[Rule],
    drawn: list[tuple[str, int, str, str, str, float]],
    chunk: int,
    warm: float | None,
) -> None:
    ruleset = RuleSet(rules=tuple(rules))
    data = as_rows(drawn)
    count_from = None if warm is None else START + warm
    expected = backtest.run(ruleset, data, count_from)
    assert summary(columnar.run(ruleset, data, count_from, chunk=chunk)) == summary(expected)


def test_the_columns_count_the_starter_set_on_the_demo_chat_as_the_engine() -> None:
    drawn = [
        ("prism:1", i % 37, f"Viewer {i % 37}", "", (LINES + SPAM)[i * 7 % 23] + f" #{i % 5}", 0.4)
        for i in range(3000)
    ]
    raid = [("prism:1", 100 + i, f"Raider {i}", "", RAID, 0.1) for i in range(12)]
    data = as_rows(drawn[:1500] + raid + drawn[1500:])
    expected = backtest.run(starter_rules(), data)
    assert expected.caught > 100 and expected.rules["Raid"].count > 0
    for chunk in (7, 100, 4096):
        assert summary(columnar.run(starter_rules(), data, chunk=chunk)) == summary(expected)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn=rows, chunk=st.integers(1, 20))
def test_many_blocked_entries_count_as_the_engine_counts(
    drawn: list[tuple[str, int, str, str, str, float]], chunk: int
) -> None:
    """More entries than are looked for one by one: one regular expression finds them."""
    many = (*WORDS, *(f"filler{n}" for n in range(20)), "the raid", "join")
    ruleset = RuleSet(rules=(Rule(name="many", kind=RuleKind.WORDS, words=many),))
    data = as_rows(drawn)
    expected = backtest.run(ruleset, data)
    assert summary(columnar.run(ruleset, data, chunk=chunk)) == summary(expected)


@pytest.mark.parametrize("kind", [RuleKind.FLOOD, RuleKind.REPEAT, RuleKind.RAID])
def test_a_window_s_very_edge_counts_as_the_engine_counts(kind: RuleKind) -> None:
    """Lines exactly a window apart are within it (``now - then <= window``), across chunks."""
    edge = RuleSet(rules=(Rule(name="edge", kind=kind, count=2, window_seconds=5.0),))
    raiders = kind is RuleKind.RAID
    drawn = [("k", i if raiders else 0, f"n{i}", "", RAID, 5.0 if i else 0.0) for i in range(4)]
    data = as_rows(drawn)
    expected = backtest.run(edge, data)
    assert expected.rules["edge"].count == 3
    for chunk in (1, 2, 100):
        assert summary(columnar.run(edge, data, chunk=chunk)) == summary(expected)


@pytest.mark.parametrize(
    ("ratio", "least", "body"),
    [(0.5, 4, "ABcd"), (1.0, 5, "HELLO"), (0.7, 10, "ÀÉÎÕÜ ÇÑ ÆØÅ ab c"), (0.25, 4, "Ǆ ǅ ǆ x")],
)
def test_shouting_at_the_very_edge_counts_as_the_engine_counts(
    ratio: float, least: int, body: str
) -> None:
    """A share of capitals exactly the rule's, exactly its least letters (titlecase too)."""
    caps = Rule(name="caps", kind=RuleKind.CAPS, caps_ratio=ratio, min_letters=least)
    data = as_rows([("k", 0, "n", "", body, 1.0)])
    expected = backtest.run(RuleSet(rules=(caps,)), data)
    assert summary(columnar.run(RuleSet(rules=(caps,)), data)) == summary(expected)
    assert expected.caught == 1


def test_an_impostor_is_caught_from_the_line_after_the_streamer_first_writes() -> None:
    """The streamer's name is learned on their first line: the impostor's lines before it
    imitate nothing, those after it do, in the same chunk or a later one."""
    look = RuleSet(rules=(Rule(name="look", kind=RuleKind.LOOKALIKE),))
    impostor = ("k", 1, "Str\u0435amer", "", "hi", 1.0)
    data = as_rows([impostor, impostor, ("k", 0, "Streamer", "owner", "hello", 1.0), impostor])
    expected = backtest.run(look, data)
    assert expected.rules["look"].count == 1
    for chunk in (1, 2, 3, 100):
        assert summary(columnar.run(look, data, chunk=chunk)) == summary(expected)


def test_forgetting_the_authors_seen_between_chunks_changes_nothing() -> None:
    """Past WHOS authors (names, badges) the table starts afresh: codes made again from 0
    must not be read through what was kept of the old ones."""
    rules = RuleSet(
        rules=(
            Rule(name="flood", kind=RuleKind.FLOOD, count=3, window_seconds=30),
            Rule(name="look", kind=RuleKind.LOOKALIKE, protected_names=("Streamer",)),
        )
    )
    drawn = [("k", (i * 7) % 11, ("Str\u0435amer", "x", "y")[i % 3], "", "hi", 1.0)
             for i in range(60)]  # fmt: skip
    data = as_rows(drawn)
    expected = backtest.run(rules, data)
    assert expected.rules["flood"].count > 0 and expected.rules["look"].count > 0
    was = columnar.WHOS
    columnar.WHOS = 4
    try:
        for chunk in (3, 5, 7):
            assert summary(columnar.run(rules, data, chunk=chunk)) == summary(expected)
    finally:
        columnar.WHOS = was


def test_an_author_is_new_once_across_a_split_run() -> None:
    new = RuleSet(rules=(Rule(name="new", kind=RuleKind.NEW_AUTHOR, first_messages=2),))
    data = as_rows([("k", i % 3, f"n{i % 3}", "", "hello", 1.0) for i in range(9)])
    whole = columnar.run(new, data)
    assert whole.rules["new"].count == 6
    later = columnar.run(new, data[3:], before=[("k", "a0", "n0", "", 1), ("k", "a1", "n1", "", 2)])
    assert later.rules["new"].count == 1 + 0 + 2


def _crowd() -> list[Row]:
    """Eight authors in a second, again and again: more keys in a window than WIDTH = 8."""
    return as_rows([("k", i % 8, f"n{i % 8}", "", f"same text {i % 2}", 0.1) for i in range(80)])


def test_a_chat_the_engine_would_forget_in_is_left_to_the_sweep() -> None:
    flood = RuleSet(rules=(Rule(name="flood", kind=RuleKind.FLOOD, count=3, window_seconds=5),))
    was = memory.WIDTH
    memory.WIDTH = 8
    try:
        with pytest.raises(NeedsSweep):
            columnar.run(flood, _crowd())
        report = columnar.run_or_sweep(flood, _crowd)
        assert summary(report) == summary(backtest.run(flood, _crowd()))
    finally:
        memory.WIDTH = was
    assert summary(columnar.run(flood, _crowd())) == summary(backtest.run(flood, _crowd()))


def test_times_going_back_are_left_to_the_sweep() -> None:
    flood = RuleSet(rules=(Rule(name="flood", kind=RuleKind.FLOOD, count=2, window_seconds=5),))
    data = [("k", "1", "a", "a", "", "x", START + 10), ("k", "2", "a", "a", "", "y", START)]
    with pytest.raises(NeedsSweep):
        columnar.run(flood, data)
    assert summary(columnar.run_or_sweep(flood, lambda: data)) == summary(backtest.run(flood, data))
