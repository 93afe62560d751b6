"""Backtest over the archive: 1 million archived messages with the starter rules (target ≤ 5 s).

``uv run python -m tests.perf.backtest_bench [--messages N] [--keep]``. The archive is built
once in a temporary folder (the demo's chatter with its spam, 2,000 authors, over a day) with
plain inserts, then read back and checked the way the app's backtest does it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import sqlite3
import tempfile
import time
from pathlib import Path

from moderator.core.automod.starter import starter_rules
from moderator.fakes.chatter import LINES, NAMES, SPAM
from moderator.storage.archive import INSERT, SCHEMA
from moderator.storage.automod_backtest import Span, backtest_in_workers

TARGET_S = 5.0
START = 1_767_225_600.0  # 2026-01-01


def build(path: Path, count: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    connection = sqlite3.connect(path)
    connection.executescript(SCHEMA)
    texts = LINES + SPAM
    names = [f"{rng.choice(NAMES)}{i}" for i in range(2000)]
    step = 86_400 / count
    rows = []
    for i in range(count):
        who = rng.randrange(2000)
        text = rng.choice(texts)
        if rng.random() < 0.7:
            text = f"{text} {rng.choice(NAMES)} #{i}"
        rows.append(
            ("prism:1001", str(i), f"u{who}", names[who], None, "", text, None,
             START + i * step, 0, "chat", 0, "", "")
        )  # fmt: skip
        if len(rows) == 50_000:
            connection.executemany(INSERT, rows)
            rows.clear()
    connection.executemany(INSERT, rows)
    connection.commit()
    connection.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "archive.sqlite3"
        build(path, args.messages)
        began, cpu = time.perf_counter(), _cpu()
        report = asyncio.run(
            backtest_in_workers(str(path), starter_rules(), Span(last=None), args.workers)
        )
        took, cpu = time.perf_counter() - began, _cpu() - cpu
    met = "met" if took <= TARGET_S else "NOT met"
    print(
        f"backtest: {report.scanned:,} messages in {took:.2f} s, {report.caught:,} caught "
        f"(target ≤ {TARGET_S:g} s for 1,000,000: {met}); CPU {cpu:.2f} s over this process "
        "and its workers"
    )
    figures = {"backtest_seconds": round(took, 2), "cpu_seconds": round(cpu, 2)}
    print(json.dumps({**figures, "messages": report.scanned}))


def _cpu() -> float:
    """CPU seconds of this process and of its ended children (the workers, once joined): on
    a shared machine the wall time says little, the CPU time what the backtest costs."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


if __name__ == "__main__":
    main()
