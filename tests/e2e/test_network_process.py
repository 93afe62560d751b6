"""The real app runs its clients in a network process and stops it when it quits."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from tests.e2e.test_demo import run_app
from tests.harness import gone

pytestmark = pytest.mark.e2e


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_the_app_quits_its_network_process(tmp_path: Path) -> None:
    result = run_app("--demo", "--quit-after", "4", "--profile", str(tmp_path))
    assert result.returncode == 0, result.stderr[-2000:]
    log = (tmp_path / "logs" / "moderator.log").read_text(encoding="utf-8")
    started = re.findall(r"network process (\d+) started", log)
    assert len(started) == 1, log[-2000:]
    assert gone(int(started[0])), "the network process outlived the app"
    held = re.search(r"closing \d+ streams \((.*)\)$", log, re.MULTILINE)
    assert held and not re.search(r"\b0 messages", held[1])
