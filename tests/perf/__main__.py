"""Every benchmark, product beside a baseline: ``uv run python -m tests.perf [--quick] [--long]``.

First the whole app as a user runs it (:mod:`tests.perf.wholeapp`, one process per scenario,
the fakes in another), beside the app as it was (fakes in its own process, the fixed poll
interval, the automatic GC); then the components (the message view against a batched QListView
with trimming, ingest, memory per message), then cold start and idle CPU. Prints a table with
each target and whether it is met, and one JSON line. ``--quick`` (under ~2 minutes) runs the
product side of the main scenarios briefly; ``--long`` makes the memory-growth run 10 minutes.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from tests.perf import inprocess, lag, processes
from tests.perf.pages import make_pages

#: share of messages with a text of their own in the memory benchmark
UNIQUE_TEXTS = 0.7


@dataclass
class Figure:
    name: str
    product: float
    baseline: float
    unit: str
    target: str = ""
    met: bool | None = None
    baseline_is: str = "before"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.perf")
    parser.add_argument("--quick", action="store_true", help="short runs, product side only")
    parser.add_argument("--long", action="store_true", help="a 10-minute memory-growth run")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    figures = whole_app(args.quick, args.long)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    figures += components(args.quick)
    figures += _processes(args.quick)
    _print(figures)
    print(f"(ran {time.perf_counter() - started:.0f} s; figures from a shared machine are only")
    print(" indicative: rerun on a quiet one)")
    del app
    return 0


# -- the whole app --------------------------------------------------------------------------------


def run_app(
    scenario: str, seconds: float, baseline: bool = False, extra: list[str] | None = None
) -> dict[str, Any]:
    argv = [sys.executable, "-m", "tests.perf.wholeapp", scenario, "--seconds", str(seconds)]
    argv += ["--spawned-at", repr(time.time())] + (["--baseline"] if baseline else [])
    argv += extra or []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        argv, env=env, capture_output=True, text=True, timeout=seconds + 600, check=False
    )
    for line in reversed(done.stdout.splitlines()):
        if line.startswith("{"):
            result: dict[str, Any] = json.loads(line)
            return result
    print(f"{scenario}{' (baseline)' if baseline else ''} failed:\n{done.stderr[-3000:]}")
    return {}


def whole_app(quick: bool, long: bool) -> list[Figure]:
    window = 5.0 if quick else 20.0
    runs: tuple[str, ...] = ("one-5000", "five-1000", "demo-1000")
    if not quick:
        runs = ("one-500", *runs)
    figures: list[Figure] = []
    for scenario in runs:
        ours = run_app(scenario, window)
        before = {} if quick else run_app(scenario, window, baseline=True)
        figures += scenario_figures(scenario, ours, before)
    if not quick:
        figures += growth(600.0 if long else 60.0, traced=long)
    return figures


def growth(seconds: float, traced: bool) -> list[Figure]:
    """Memory growth at 1,000 msg/s past the buffer, from a steady state (the buffer full, then
    one buffer more of live chat): resident memory (what the system sees, the target), the heap
    in use (live allocations, Python's and C's, not the free room allocators keep) and, with
    ``traced``, Python's own allocations (tracemalloc, in a run of its own: tracing slows it)."""
    ours = run_app("growth-1000", seconds)
    before = run_app("growth-1000", seconds, baseline=True)
    title = f"Memory growth over {seconds / 60:.0f} min at 1,000 msg/s past the buffer"
    if seconds < 600:
        title += " (10 min: --long)"
    resident = ours.get("growth_pct", math.nan)
    figures = [
        Figure(f"{title}, resident", resident, _get(before, "growth_pct"), "%", "≤ 5 (10 min)"),
        Figure(f"{title}, heap in use", _get(ours, "heap_growth_pct"), math.nan, "%"),
        Figure(
            "  resident at the start of that window", _get(ours, "rss_before_mb"), math.nan, "MB"
        ),
    ]
    figures[0].met = resident <= 5.0 if seconds >= 600 else None
    if traced:
        python = run_app("growth-1000", seconds, extra=["--trace"])
        figures.append(
            Figure(f"{title}, traced Python", _get(python, "traced_growth_pct"), math.nan, "%")
        )
    return figures


def _get(result: dict[str, Any], key: str) -> float:
    return float(result.get(key, math.nan))


LAG_TARGETS = {"one-5000": (8.0, 16.0), "five-1000": (8.0, 33.0), "demo-1000": (8.0, None)}
TITLES = {
    "one-500": "one tab, 500 msg/s, 100k rows",
    "one-5000": "one tab, 5,000 msg/s, 100k rows",
    "five-1000": "five tabs × 1,000 msg/s + All streams",
    "demo-1000": "--demo --demo-rate 1000",
}


def scenario_figures(scenario: str, ours: dict[str, Any], before: dict[str, Any]) -> list[Figure]:
    def pair(key: str) -> tuple[float, float]:
        return float(ours.get(key, math.nan)), float(before.get(key, math.nan))

    title = TITLES[scenario]
    p99_target, max_target = LAG_TARGETS.get(scenario, (None, None))
    figures = [Figure(f"{title}: lateness median", *pair("lag_median_ms"), "ms")]
    p99, p99_before = pair("lag_p99_ms")
    figures.append(_target(f"{title}: lateness p99", p99, p99_before, "ms", p99_target))
    worst, worst_before = pair("lag_max_ms")
    figures.append(_target(f"{title}: lateness max", worst, worst_before, "ms", max_target))
    figures.append(Figure(f"{title}: lateness p99, time-weighted", *pair("lag_tw_p99_ms"), "ms"))
    if scenario != "demo-1000":  # the demo's fakes stamp whole seconds: no per-message timing
        figures.append(
            Figure(f"{title}: creation → painted p50", *pair("created_to_painted_p50_ms"), "ms")
        )
        painted, painted_before = pair("created_to_painted_p99_ms")
        figures.append(
            _target(f"{title}: creation → painted p99", painted, painted_before, "ms", 250.0)
        )
        figures.append(
            Figure(
                f"{title}: longest wait for a new row", *pair("longest_wait_for_new_row_ms"), "ms"
            )
        )
    figures.append(Figure(f"{title}: delivered (shown tab)", *pair("delivered_per_s"), "msg/s"))
    if scenario == "one-5000":
        rate, rate_before = pair("catch_up_per_s")
        figures.append(
            Figure(
                "Sustained per tab (reading a 100k backlog)",
                rate,
                rate_before,
                "msg/s",
                "≥ 10,000",
                rate >= 10_000,
            )
        )
    if scenario == "demo-1000":
        figures.append(
            Figure(
                "Cold start to the first painted message (--demo)", *pair("first_message_s"), "s"
            )
        )
    return figures


def _target(name: str, value: float, before: float, unit: str, limit: float | None) -> Figure:
    if limit is None:
        return Figure(name, value, before, unit)
    return Figure(name, value, before, unit, f"≤ {limit:g}", value <= limit)


# -- components and processes ---------------------------------------------------------------------


def components(quick: bool) -> list[Figure]:
    figures: list[Figure] = []
    if not quick:
        seconds = 8.0
        pages = make_pages(100_000 + int(5_000 * seconds * 1.2) + 10_000)
        figures += _lag(pages[:1000], pages[1000:], seconds)
    figures += _ingest(make_pages(100_000, unique=UNIQUE_TEXTS)[:1000])
    return figures


def _lag(prefill: list[bytes], live: list[bytes], seconds: float) -> list[Figure]:
    figures = []
    for rate in (1000, 5000):
        ours = lag.product(prefill, live, rate, seconds)
        naive = lag.naive(prefill, live, rate, seconds)
        label = f"Component: message view at {rate:,} msg/s, 100k rows"
        figures += [
            Figure(f"{label}: p99", ours.p99_ms, naive.p99_ms, "ms", baseline_is="naive"),
            Figure(f"{label}: max", ours.max_ms, naive.max_ms, "ms", baseline_is="naive"),
        ]
    return figures


def _ingest(pages: list[bytes]) -> list[Figure]:
    ours = max(inprocess.ingest_product(pages) for _ in range(3))
    naive = max(inprocess.ingest_naive(pages) for _ in range(3))
    memory = inprocess.memory_product(pages)
    naive_memory = inprocess.memory_naive(pages)
    return [
        Figure(
            "Component: ingest, PRISM page bytes → model", ours, naive, "msg/s", baseline_is="naive"
        ),
        Figure(
            f"Memory per message (each distinct text once; {UNIQUE_TEXTS:.0%} unique texts)",
            memory,
            naive_memory,
            "B",
            "≤ 250",
            memory <= 250,
            "naive",
        ),
    ]


def _processes(quick: bool) -> list[Figure]:
    start, bare = processes.cold_start(1 if quick else 5)
    figures = [
        Figure("Cold start to the first painted window", start, bare, "s", baseline_is="floor")
    ]
    if not quick:
        tabs, empty = processes.idle_five_tabs(30.0)
        figures.append(
            Figure(
                "Idle CPU, five polling tabs", tabs, empty, "% core", "≤ 1", tabs <= 1.0, "floor"
            )
        )
    return figures


def _print(figures: list[Figure]) -> None:
    width = max(len(f.name) for f in figures)
    print(f"{'benchmark':<{width}}  {'product':>10}  {'baseline':>10}  unit    target        met")
    for f in figures:
        met = "" if f.met is None else ("yes" if f.met else "NO")
        mark = {"before": "", "naive": "ⁿ", "floor": "*"}[f.baseline_is]
        base = f"{_fmt(f.baseline)}{mark}"
        cells = f"{_fmt(f.product):>10}  {base:>10}  {f.unit:<6}  {f.target:<12}"
        print(f"{f.name:<{width}}  {cells}  {met}")
    print(
        "baseline: the app as it was (fakes in its process, 5 s polls after any page that is not "
        "full, automatic GC); ⁿ = a batched QListView with trimming over a plain list model and "
        "per-message validation; * = reference floor (bare Qt window / app with no tabs)"
    )
    print(
        json.dumps(
            {
                f.name: {
                    "product": None if math.isnan(f.product) else round(f.product, 3),
                    "baseline": None if math.isnan(f.baseline) else round(f.baseline, 3),
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
    if math.isnan(value):
        return "—"
    return f"{value:,.0f}" if value >= 1000 else f"{value:,.2f}"


if __name__ == "__main__":
    raise SystemExit(main())
