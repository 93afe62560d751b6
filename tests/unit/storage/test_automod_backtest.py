"""Backtests over a real SQLite archive: counts, examples, authors, the rate per hour, spans,
and the parts of a split run adding up to one pass (pace rules see across the cut)."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from moderator.core.automod import memory
from moderator.core.automod.backtest import merge
from moderator.core.automod.rules import Act, Rule, RuleKind, RuleSet
from moderator.storage.archive import INSERT, SCHEMA
from moderator.storage.automod_backtest import (
    Span,
    backtest_archive,
    backtest_in_workers,
    backtest_part,
    split,
)

START = 1_767_225_600.0
SPAM = Rule(name="spam", kind=RuleKind.WORDS, words=("free followers",), dry_run=True)
FLOOD = Rule(name="flood", kind=RuleKind.FLOOD, count=3, window_seconds=10, action=Act.HOLD)
RULES = RuleSet(rules=(SPAM, FLOOD), enabled=False)


def archive(tmp_path: Path) -> str:
    """Two hours of chat: one line a minute from 'calm', spam from 'bot' every 10 minutes,
    and a burst of 4 lines from 'fast' at minute 59-60 (across the middle)."""
    path = tmp_path / "archive.sqlite3"
    rows: list[tuple[object, ...]] = []

    def add(i: int, author: str, text: str, at: float) -> None:
        rows.append(("prism:1", str(i), author, author.title(), None, "", text, None, at, 0,
                     "chat", 0, "", ""))  # fmt: skip

    for minute in range(120):
        add(minute, "calm", f"hello {minute}", START + minute * 60)
        if minute % 10 == 0:
            add(1000 + minute, "bot", "FREE f0llowers here", START + minute * 60 + 1)
    for k in range(4):
        add(2000 + k, "fast", f"quick {k}", START + 59 * 60 + 55 + k * 2)
    connection = sqlite3.connect(path)
    connection.executescript(SCHEMA)
    connection.executemany(INSERT, rows)
    connection.commit()
    connection.close()
    return str(path)


def test_counts_examples_authors_and_rate(tmp_path: Path) -> None:
    report = backtest_archive(archive(tmp_path), RULES.model_dump_json(), Span(last=None))
    assert report.scanned == 120 + 12 + 4
    spam, flood = report.rules["spam"], report.rules["flood"]
    assert spam.count == 12 and set(spam.authors) == {"Bot"}  # dry run and off: tested anyway
    assert flood.count == 2 and set(flood.authors) == {"Fast"}
    assert len(spam.examples) == 5 and spam.examples[0][1] == "FREE f0llowers here"
    assert report.caught == 14
    span_hours = (119 * 60) / 3600  # the first line to the last
    assert abs(report.per_hour(spam.count) - 12 / span_hours) < 1e-9


def test_staff_are_not_counted(tmp_path: Path) -> None:
    path = tmp_path / "staff.sqlite3"
    connection = sqlite3.connect(path)
    connection.executescript(SCHEMA)
    row = ("prism:1", "1", "m", "Mod", None, "mod", "free followers", None, START, 0, "chat", 0,
           "", "")  # fmt: skip
    connection.execute(INSERT, row)
    connection.commit()
    connection.close()
    report = backtest_archive(str(path), RULES.model_dump_json(), Span(last=None))
    assert (report.scanned, report.caught) == (1, 0)


def test_last_n_and_time_range(tmp_path: Path) -> None:
    path = archive(tmp_path)
    rules = RULES.model_dump_json()
    assert backtest_archive(path, rules, Span(last=10)).scanned == 10
    hour = Span(last=None, since=START, until=START + 3600)
    assert backtest_archive(path, rules, hour).rules["spam"].count == 6


def test_a_split_run_adds_up_to_one_pass(tmp_path: Path) -> None:
    path = archive(tmp_path)
    rules = RULES.model_dump_json()
    whole = backtest_archive(path, rules, Span(last=None))
    parts = split(path, Span(last=None), 2)
    assert len(parts) == 2 and parts[0][1] == parts[1][0]
    cut = merge(backtest_part(path, rules, since, until) for since, until in parts)
    assert (cut.scanned, cut.caught) == (whole.scanned, whole.caught)
    assert {k: v.count for k, v in cut.rules.items()} == {
        k: v.count for k, v in whole.rules.items()
    }


def test_workers_in_processes(tmp_path: Path) -> None:
    path = archive(tmp_path)
    report = asyncio.run(backtest_in_workers(path, RULES, Span(last=None), workers=2))
    assert report.rules["flood"].count == 2 and report.scanned == 136


def test_a_split_run_counts_an_author_as_new_once(tmp_path: Path) -> None:
    """'calm' and 'bot' wrote in the first part: in the second they are not new again (the
    part is told how many lines each author wrote in the span before it)."""
    path = archive(tmp_path)
    new = Rule(name="new", kind=RuleKind.NEW_AUTHOR, first_messages=2)
    # 'calm' writes once a minute: two in two minutes is a flood only with a line before
    slow = Rule(name="slow flood", kind=RuleKind.FLOOD, count=2, window_seconds=120)
    rules = RuleSet(rules=(new, FLOOD, slow)).model_dump_json()
    whole = backtest_archive(path, rules, Span(last=None))
    assert whole.rules["new"].count == 2 + 2 + 2  # calm, bot and fast: two lines each
    for span in (Span(last=None), Span(last=100), Span(last=None, since=START + 600)):
        parts = split(path, span, 3)
        start = parts[0][0]  # where the span begins: the parts after it count from there
        cut = merge(backtest_part(path, rules, since, until, start) for since, until in parts)
        one = backtest_archive(path, rules, span)
        assert {k: v.count for k, v in cut.rules.items()} == {
            k: v.count for k, v in one.rules.items()
        }, span


def test_a_split_run_counts_what_one_pass_counts_when_the_memory_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text the raiders keep writing stays remembered however long ago it was first seen:
    one pass (whose memory is full of older texts) and a part starting afresh count the same."""
    monkeypatch.setattr(memory, "WIDTH", 8)
    path = tmp_path / "full.sqlite3"
    rows: list[tuple[object, ...]] = []
    for minute in range(60):
        at = START + minute * 60
        for n, (who, text, dt) in enumerate(
            [("r1", "join the raid right now friends", 0.0), ("calm", f"hello {minute}", 0.5),
             ("r2", "join the raid right now friends", 1.0)]
        ):  # fmt: skip
            rows.append(("prism:1", f"{minute}-{n}", who, who.title(), None, "", text, None,
                         at + dt, 0, "chat", 0, "", ""))  # fmt: skip
    connection = sqlite3.connect(path)
    connection.executescript(SCHEMA)
    connection.executemany(INSERT, rows)
    connection.commit()
    connection.close()
    raid = Rule(name="raid", kind=RuleKind.RAID, count=2, window_seconds=10)
    rules = RuleSet(rules=(raid,)).model_dump_json()
    one = backtest_archive(str(path), rules, Span(last=None))
    assert one.rules["raid"].count == 60
    parts = split(str(path), Span(last=None), 3)
    cut = merge(backtest_part(str(path), rules, s, u, parts[0][0]) for s, u in parts)
    assert cut.rules["raid"].count == one.rules["raid"].count


def test_the_app_and_its_backtest_dialog_import_without_numpy() -> None:
    """numpy is for the backtest's workers: the GUI's cold start never loads it."""
    import subprocess
    import sys

    code = (
        "import sys; import moderator.app, moderator.ui.shell.automod_wiring, "
        "moderator.ui.dialogs.backtest_dialog, moderator.storage.automod_backtest; "
        "sys.exit('numpy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], timeout=120, check=False)
    assert done.returncode == 0
