"""Stored snapshots of what convert makes of each provider's payloads, and the one check."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
#: set to 1 to write (or rewrite) the snapshots a run checks; review the diff before committing
UPDATE = "UPDATE_SNAPSHOTS"


def check_snapshot(provider: str, name: str, value: Any) -> None:
    """``value`` equals ``tests/snapshots/<provider>/<name>.json``.

    A missing snapshot fails: writing it and passing would accept whatever convert makes today.
    """
    path = HERE / provider / f"{name}.json"
    text = json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if os.environ.get(UPDATE) == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if not path.exists():
        pytest.fail(
            f"no snapshot {path.relative_to(HERE.parents[1])}: write it with "
            f"`{UPDATE}=1 uv run pytest {os.environ.get('PYTEST_CURRENT_TEST', '').split('::')[0]}`"
            " and review it before committing"
        )
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored == json.loads(text), (
        f"snapshot {provider}/{name} differs ({UPDATE}=1 rewrites it; review the diff)"
    )
