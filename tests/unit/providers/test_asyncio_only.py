"""httpcore's "which async library?" must not search the disk on every request."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType

import httpcore._synchronization as sync
import pytest

from moderator.providers import asyncio_only, http  # noqa: F401 - importing http installs it


class Recorder(importlib.abc.MetaPathFinder):
    def __init__(self) -> None:
        self.asked: list[str] = []

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        self.asked.append(fullname)
        return None


def test_the_async_library_is_named_without_a_search(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder()
    monkeypatch.setattr(sys, "meta_path", [recorder, *sys.meta_path])
    for _ in range(3):
        assert sync.current_async_library() == "asyncio"
    assert "sniffio" not in recorder.asked


def test_an_installed_module_is_left_alone() -> None:
    asyncio_only.remember_missing("json")  # installed: nothing recorded
    assert sys.modules["json"] is not None
    asyncio_only.remember_missing("no_such_module_here_b4")
    try:
        with pytest.raises(ImportError):
            __import__("no_such_module_here_b4")
    finally:
        del sys.modules["no_such_module_here_b4"]
