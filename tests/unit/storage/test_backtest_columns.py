"""The columnar backtest over a real archive: one pass, and the parts of a split run merged,
count what the reference engine counts reading the same rows one message at a time (every
rule, the authors, the examples), on a busy chat with staff, raids, bursts and Unicode."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from moderator.core.automod import backtest
from moderator.core.automod.backtest import Report, merge
from moderator.core.automod.rules import Rule, RuleKind, RuleScope, RuleSet, ScopeKind
from moderator.core.automod.starter import starter_rules
from moderator.fakes.chatter import LINES, NAMES, SPAM
from moderator.storage.archive import INSERT, SCHEMA
from moderator.storage.automod_backtest import (
    Span,
    _open,
    _rows,
    backtest_archive,
    backtest_part,
    split,
)

START = 1_767_225_600.0
RAID = "join the raid right now friends"
PRISM = RuleScope(kind=ScopeKind.PLATFORM, value="prism")


def busy(path: Path, count: int = 6000, seed: int = 5) -> str:
    """A chat of ``count`` lines over two streams: 300 authors, some of them staff, one
    imitating the streamer, bursts, raids of one text from many authors, spam."""
    rng = random.Random(seed)
    texts = [*LINES, *SPAM, RAID, "", "ＦＲＥＥ followers", "free,  followers!!", "ㅋㅋㅋ"]
    rows: list[tuple[object, ...]] = []
    at = START
    for i in range(count):
        at += rng.choice((0.0, 0.0, 0.2, 1.0, 3.0))
        who = rng.randrange(300)
        name = "Str\u0435amer" if who == 7 else f"{rng.choice(NAMES)}{who}"
        badges = "mod" if who % 50 == 0 else ""
        if who == 0:
            name = "Streamer"
        text = rng.choice(texts)
        if rng.random() < 0.5:
            text = f"{text} #{i % 40}"
        if i % 500 < 12:  # a raid: a dozen lines of one text in a few seconds
            text = RAID
        key = "prism:1" if rng.random() < 0.8 else "stream:2"
        rows.append((key, str(i), f"u{who}", name, None, badges, text, None, at, 0, "chat",
                     0, "", ""))  # fmt: skip
    connection = sqlite3.connect(path)
    connection.executescript(SCHEMA)
    connection.executemany(INSERT, rows)
    connection.commit()
    connection.close()
    return str(path)


def summary(report: Report) -> object:
    rules = {n: (t.count, sorted(t.authors.items()), t.examples) for n, t in report.rules.items()}
    return (report.scanned, report.caught, report.first_at, report.last_at, rules,
            sorted(report.authors.items()))  # fmt: skip


def rules() -> RuleSet:
    more = (
        Rule(name="new", kind=RuleKind.NEW_AUTHOR, first_messages=2),
        Rule(name="prism flood", kind=RuleKind.FLOOD, count=3, window_seconds=2, scope=PRISM),
    )
    return RuleSet(rules=(*starter_rules().rules, *more))


def test_one_pass_and_a_split_run_count_what_the_engine_counts(tmp_path: Path) -> None:
    path = busy(tmp_path / "busy.sqlite3")
    ruleset = rules()
    connection = _open(path)
    try:
        expected = backtest.run(ruleset, list(_rows(connection, Span(last=None))))
    finally:
        connection.close()
    assert expected.caught > 500
    assert {"Raid", "Impostor name", "new", "prism flood", "Spam phrases"} <= set(expected.rules)
    as_json = ruleset.model_dump_json()
    assert summary(backtest_archive(path, as_json, Span(last=None))) == summary(expected)
    for workers in (2, 3):
        parts = split(path, Span(last=None), workers)
        cut = merge(backtest_part(path, as_json, s, u, parts[0][0]) for s, u in parts)
        assert summary(cut) == summary(expected), workers
