"""Shared test setup: Qt runs offscreen, and nothing touches the user's real profile."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

#: shared fixtures: ``memory_keyring`` (no test touches the machine's keyring)
pytest_plugins = ["tests.keyrings", "tests.pgcluster"]
