"""Benchmarks of the real app as a subprocess, offscreen: cold start and idle CPU.

Their reference is not a naive chat view but the floor any PySide6 app stands on: a bare
window (cold start) and the app with no tabs (idle CPU).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from moderator.app import FIRST_PAINT_ENV

BARE_WINDOW = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
class First(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("first-paint", flush=True), app.quit()))
        return False
first = First()
window.installEventFilter(first)
window.resize(1100, 720)
window.show()
app.exec()
"""
TICKS = os.sysconf("SC_CLK_TCK")


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra}


def _first_paint(argv: list[str]) -> float:
    """Seconds from spawning ``argv`` to its ``first-paint`` line."""
    start = time.perf_counter()
    with subprocess.Popen(
        argv,
        env=_env(**{FIRST_PAINT_ENV: "1"}),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("first-paint"):
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"{argv} never painted")
        child.wait(timeout=30)
    return elapsed


def cold_start(runs: int = 5) -> tuple[float, float]:
    """Median seconds to the first painted window: (the app, a bare PySide6 window)."""
    with tempfile.TemporaryDirectory() as profile:
        app = [sys.executable, "-m", "moderator", "--profile", profile]
        _first_paint(app)  # warm the OS file cache once, as any second start would be
        product = statistics.median(_first_paint(app) for _ in range(runs))
    bare = statistics.median(_first_paint([sys.executable, "-c", BARE_WINDOW]) for _ in range(runs))
    return product, bare


def cpu_seconds(pid: int | None) -> float:
    """User + system CPU seconds of process ``pid`` so far (0 for none)."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime + stime


def _app_pids(app: int, profile: str) -> list[int]:
    """The app, its network process and its archive writer (named in its log), not the demo's
    fake platforms."""
    log = Path(profile) / "logs" / "moderator.log"
    text = log.read_text(encoding="utf-8") if log.exists() else ""
    children = re.findall(r"(?:network process|archive writer) (\d+) started", text)
    return [app, *(int(pid) for pid in children)]


def _cpu_of(pids: list[int]) -> float:
    return sum(cpu_seconds(pid) for pid in pids)


def idle_cpu(args: list[str], *, warmup: float = 6.0, window: float = 20.0) -> float:
    """Percent of one core the app (with its network process) uses over ``window`` seconds
    after ``warmup``."""
    with tempfile.TemporaryDirectory() as profile:
        argv = [sys.executable, "-m", "moderator", "--profile", profile, *args]
        argv += ["--quit-after", str(warmup + window + 3)]
        with subprocess.Popen(
            argv, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        ) as child:
            time.sleep(warmup)
            pids = _app_pids(child.pid, profile)
            before, t0 = _cpu_of(pids), time.perf_counter()
            time.sleep(window)
            used, spent = _cpu_of(pids) - before, time.perf_counter() - t0
            child.wait(timeout=60)
    return 100.0 * used / spent


def idle_five_tabs(window: float = 20.0) -> tuple[float, float]:
    """(five polling demo tabs with no chat, the app with no tabs)."""
    # one tab per provider: PRISM, Allmine, IBM Video, Brilliant Directories, LivePerson
    tabs = idle_cpu(["--demo", "--demo-rate", "0", "--demo-streams", "1"], window=window)
    empty = idle_cpu([], window=window)
    return tabs, empty
