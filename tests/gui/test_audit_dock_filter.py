"""The audit dock can leave the reads out, and shows what a timeout or ban carried."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Literal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moderator.core.audit import AuditRecord
from moderator.storage.audit import AuditLog
from moderator.ui.across.audit_dock import COLUMNS, AuditDock
from moderator.ui.kit.contrast import READABLE, contrast
from moderator.ui.kit.theme import palette
from tests.unit.core.scripted import message


def entry(action: str, detail: str = "") -> AuditRecord:
    return AuditRecord.of(
        actor="mod.anna",
        platform="PRISM",
        action=action,
        message=message(1, "buy followers"),
        result="done",
        detail=detail,
    )


def test_moderation_only_and_the_detail_of_a_timeout(qtbot: QtBot, tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3")
    log.record(entry("timeout", "for 10 minutes; reason: spam"))
    log.record(entry("mark read", "128 messages"))
    log.record(entry("delete"))
    dock = AuditDock(log)
    qtbot.addWidget(dock)
    dock.show()
    assert dock.model.rowCount() == 3  # everything, at first
    dock.kind_box.setCurrentIndex(dock.kind_box.findData(True))
    assert [dock.model.record(r).action for r in range(dock.model.rowCount())] == [
        "delete",
        "timeout",
    ]
    action = dock.model.index(1, COLUMNS.index("Action")).data()
    assert action == "timeout (for 10 minutes; reason: spam)"
    assert "for 10 minutes; reason: spam" in dock.model.index(1, 0).data(3)  # the tooltip
    dock.kind_box.setCurrentIndex(dock.kind_box.findData(False))
    read = dock.model.index(1, COLUMNS.index("Action")).data()
    assert read == "mark read (128 messages)"
    log.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_result_colours_read_on_the_table(
    qtbot: QtBot, tmp_path: Path, qapp: QApplication, scheme: Literal["light", "dark"]
) -> None:
    kept = qapp.palette()
    qapp.setPalette(palette(scheme))
    try:
        log = AuditLog(tmp_path / "audit.sqlite3")
        for result in ("failed", "waiting", "local"):
            log.record(replace(entry("delete"), result=result))
        dock = AuditDock(log)
        qtbot.addWidget(dock)
        dock.show()
        base = qapp.palette().color(QPalette.ColorRole.Base)
        column = COLUMNS.index("Result")
        for row in range(dock.model.rowCount()):
            colour = dock.model.index(row, column).data(Qt.ItemDataRole.ForegroundRole)
            assert contrast(colour, base) >= READABLE, dock.model.record(row).result
        log.close()
    finally:
        qapp.setPalette(kept)
