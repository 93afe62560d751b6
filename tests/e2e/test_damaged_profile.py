"""The real app started on a profile with damaged files: it starts, keeps what it can, and the
profile is private afterwards (findings 8, 9, 13)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

STREAM = {
    "provider": "brilliant",
    "public": {"site_url": "http://127.0.0.1:9", "label": "Site chat"},
    "secrets": {"api_key": "brilliant:x:api_key"},
}


def first_paint(profile: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "MODERATOR_EXIT_AFTER_FIRST_PAINT": "1",
        # no keyring: the secret store is this session's, nothing to unlock
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    return subprocess.run(
        [sys.executable, "-m", "moderator", "--profile", str(profile)],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )


def test_a_damaged_settings_file_no_longer_wipes_the_saved_streams(tmp_path: Path) -> None:
    settings = tmp_path / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"undo_delay_seconds": "soon", "streams": [STREAM]}))
    result = first_paint(tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "first-paint" in result.stdout
    kept = json.loads(settings.read_text(encoding="utf-8"))
    assert [s["public"]["label"] for s in kept["streams"]] == ["Site chat"]
    log = (tmp_path / "logs" / "moderator.log").read_text(encoding="utf-8")
    assert "1 saved stream was recovered" in log
    assert "Traceback" not in log


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_an_old_world_readable_profile_is_private_after_a_start(tmp_path: Path) -> None:
    for folder in ("config", "data", "logs"):
        (tmp_path / folder).mkdir(mode=0o755)
    old_log = tmp_path / "logs" / "moderator.log.1"
    old_log.write_text("chat text")
    old_log.chmod(0o644)
    result = first_paint(tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "outbox.sqlite3" for p in files)
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in ("config", "data", "logs"):
        assert stat.S_IMODE((tmp_path / folder).stat().st_mode) == 0o700
