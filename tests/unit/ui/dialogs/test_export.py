"""The export dialog opens in Documents, then where the moderator last exported to, also after
a restart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from moderator.ui.dialogs import export


class Chooser:
    """The save dialog, answering with ``answer`` and keeping where it was opened."""

    def __init__(self) -> None:
        self.answer = ""
        self.opened_at: list[Path] = []

    def __call__(self, _parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        self.opened_at.append(Path(start).parent)
        return self.answer, ""


@pytest.fixture
def chooser(monkeypatch: pytest.MonkeyPatch) -> Chooser:
    fake = Chooser()
    monkeypatch.setattr(export, "_memory", export.FolderMemory())  # restored after the test
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return fake


def test_first_documents_then_the_last_folder_across_restarts(
    qtbot: QtBot, tmp_path: Path, chooser: Chooser
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    memory = tmp_path / "profile" / "export.ini"
    export.remember_in(memory)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chooser.answer = str(tmp_path / "out" / "audit")
    (tmp_path / "out").mkdir()
    assert export.ask_export_path(parent, "t", "audit.csv", "csv") == tmp_path / "out/audit.csv"
    assert chooser.opened_at[0] == Path(documents)
    chooser.answer = ""  # cancelled: nothing changes
    assert export.ask_export_path(parent, "t", "chat.jsonl", "jsonl") is None
    assert chooser.opened_at[1] == tmp_path / "out"
    export.remember_in(memory)  # the next start
    export.ask_export_path(parent, "t", "chat.jsonl", "jsonl")
    assert chooser.opened_at[2] == tmp_path / "out"


def test_a_folder_gone_since_falls_back_to_documents(
    qtbot: QtBot, tmp_path: Path, chooser: Chooser
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    export.remember_in(tmp_path / "export.ini").remember(tmp_path / "gone")
    export.ask_export_path(parent, "t", "audit.csv", "csv")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert chooser.opened_at == [Path(documents)]
