"""Run every benchmark, product beside a naive baseline: ``uv run python -m tests.perf``.

Prints a table and one JSON line. ``--quick`` shortens the runs (for a smoke check; the README's
figures come from the full run).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from tests.perf import inprocess, lag, processes
from tests.perf.pages import make_pages


@dataclass
class Figure:
    name: str
    product: float
    baseline: float
    unit: str
    target: str
    met: bool | None
    baseline_is: str = "naive"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf")
    parser.add_argument("--quick", action="store_true", help="shorter runs")
    args = parser.parse_args(argv)
    seconds = 3.0 if args.quick else 8.0
    app = QApplication.instance() or QApplication(sys.argv[:1])
    pages = make_pages(100_000 + int(5_000 * seconds * 1.2) + 10_000)
    prefill, live = pages[:1000], pages[1000:]
    figures = _lag(prefill, live, seconds) + _ingest(pages[:1000]) + _processes(args.quick)
    _print(figures)
    del app
    return 0


def _lag(prefill: list[bytes], live: list[bytes], seconds: float) -> list[Figure]:
    figures = []
    for rate in (1000, 5000):
        ours = lag.product(prefill, live, rate, seconds)
        naive = lag.naive(prefill, live, rate, seconds)
        target, met = ("≤ 8", ours.p99_ms <= 8) if rate == 5000 else ("", None)
        label = f"UI lag at {rate:,} msg/s, 100k rows"
        figures += [
            Figure(f"{label}: median", ours.median_ms, naive.median_ms, "ms", "", None),
            Figure(f"{label}: p99", ours.p99_ms, naive.p99_ms, "ms", target, met),
            Figure(f"{label}: max", ours.max_ms, naive.max_ms, "ms", "", None),
            Figure(
                f"{label}: delivered",
                ours.delivered_per_s,
                naive.delivered_per_s,
                "msg/s",
                "",
                None,
            ),
        ]
    return figures


def _ingest(pages: list[bytes]) -> list[Figure]:
    ours = max(inprocess.ingest_product(pages) for _ in range(3))
    naive = max(inprocess.ingest_naive(pages) for _ in range(3))
    memory = inprocess.memory_product(pages)
    naive_memory = inprocess.memory_naive(pages)
    return [
        Figure(
            "Ingest: PRISM page bytes → model", ours, naive, "msg/s", "≥ 200,000", ours >= 200_000
        ),
        Figure(
            "Memory per buffered message beyond text",
            memory,
            naive_memory,
            "B",
            "≤ 300",
            memory <= 300,
        ),
    ]


def _processes(quick: bool) -> list[Figure]:
    start, bare = processes.cold_start(3 if quick else 5)
    tabs, empty = processes.idle_five_tabs(10.0 if quick else 30.0)
    return [
        Figure(
            "Cold start to first painted window",
            start,
            bare,
            "s",
            "≤ 0.8",
            start <= 0.8,
            "bare Qt window",
        ),
        Figure(
            "Idle CPU, five polling tabs", tabs, empty, "% core", "≤ 1", tabs <= 1.0, "app, no tabs"
        ),
    ]


def _print(figures: list[Figure]) -> None:
    width = max(len(f.name) for f in figures)
    print(f"{'benchmark':<{width}}  {'product':>12}  {'baseline':>12}  unit    target      met")
    for f in figures:
        met = "" if f.met is None else ("yes" if f.met else "NO")
        base = f"{_fmt(f.baseline)}{'*' if f.baseline_is != 'naive' else ''}"
        cells = f"{_fmt(f.product):>12}  {base:>12}  {f.unit:<6}  {f.target:<10}"
        print(f"{f.name:<{width}}  {cells}  {met}")
    print(
        "baseline: naive QListView + plain list model + per-message validation; "
        "* = reference floor (bare Qt window / app with no tabs)"
    )
    print(
        json.dumps(
            {
                f.name: {
                    "product": round(f.product, 3),
                    "baseline": round(f.baseline, 3),
                    "unit": f.unit,
                    "target": f.target,
                    "met": f.met,
                }
                for f in figures
            },
            ensure_ascii=False,
        )
    )


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value >= 1000 else f"{value:,.2f}"


if __name__ == "__main__":
    raise SystemExit(main())
