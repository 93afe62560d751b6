"""The real app, as a moderator starts it, offscreen."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e


def run_app(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "moderator", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_demo_runs_and_quits_cleanly(tmp_path: Path) -> None:
    result = run_app("--demo", "--quit-after", "3", "--profile", str(tmp_path))
    assert result.returncode == 0, result.stderr[-2000:]
    log = (tmp_path / "logs" / "moderator.log").read_text(encoding="utf-8")
    assert "closing" in log
    assert "Traceback" not in log, log[log.index("Traceback") - 400 :][:4000]


def test_demo_chat_reaches_every_tab(tmp_path: Path) -> None:
    # no backlog: every message a tab holds arrived while the app ran
    result = run_app(
        "--demo", "--demo-backlog", "0", "--quit-after", "10", "--profile", str(tmp_path)
    )
    assert result.returncode == 0, result.stderr[-2000:]
    log = (tmp_path / "logs" / "moderator.log").read_text(encoding="utf-8")
    closing = re.search(r"closing (\d+) streams \((.*)\)$", log, re.MULTILINE)
    assert closing, "the app never logged what its tabs held"
    held = {key: int(n) for key, n in re.findall(r"(\S+): (\d+) messages", closing[2])}
    assert int(closing[1]) == len(held) == 6, held  # two PRISM lives, one of each other provider
    assert {"prism:1001", "prism:1002"} <= held.keys()
    assert {key.split(":")[0] for key in held} == {
        "prism",
        "allmine",
        "ibmvideo",
        "brilliant",
        "liveperson",
    }
    empty = [key for key, n in held.items() if n == 0]
    assert not empty, f"no message reached {empty}: {held}"


def test_demo_leaves_no_trace_in_the_default_profile(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env_home = {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local"),
    }
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env_home}
    result = subprocess.run(
        [sys.executable, "-m", "moderator", "--demo", "--quit-after", "2"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert not (home / ".config" / "Moderator").exists()
    assert not (home / ".local" / "Moderator").exists()


def test_version_flag() -> None:
    result = run_app("--version", timeout=30)
    assert result.returncode == 0
    assert result.stdout.startswith("Moderator ")
