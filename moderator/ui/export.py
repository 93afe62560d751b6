"""Asking where to export to: one save dialog for the audit log and the chat archive."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

FILTERS = {"csv": "CSV, for spreadsheets (*.csv)", "jsonl": "JSON Lines, for scripts (*.jsonl)"}


def ask_export_path(parent: QWidget, title: str, name: str, kind: str) -> Path | None:
    """The file the moderator chose (with the format's suffix), or None if they cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / name), FILTERS[kind]
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")
