"""The snapshot check fails on a missing snapshot (with the way to write one) and on a change."""

from __future__ import annotations

from pathlib import Path

import pytest

import tests.snapshots as snapshots


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    here = tmp_path / "repo" / "tests" / "snapshots"
    monkeypatch.setattr(snapshots, "HERE", here)
    monkeypatch.delenv(snapshots.UPDATE, raising=False)
    return here


def test_a_missing_snapshot_fails_and_says_how_to_write_it(store: Path) -> None:
    with pytest.raises(pytest.fail.Exception, match="UPDATE_SNAPSHOTS=1"):
        snapshots.check_snapshot("prism", "new", {"a": 1})
    assert not (store / "prism" / "new.json").exists()


def test_update_writes_then_a_change_fails(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(snapshots.UPDATE, "1")
    snapshots.check_snapshot("prism", "page", {"a": 1, "b": "김"})
    monkeypatch.delenv(snapshots.UPDATE)
    snapshots.check_snapshot("prism", "page", {"b": "김", "a": 1})
    with pytest.raises(AssertionError, match="differs"):
        snapshots.check_snapshot("prism", "page", {"a": 2, "b": "김"})
