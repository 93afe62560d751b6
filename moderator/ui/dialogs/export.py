"""Asking where to export to: one save dialog for the audit log and the chat archive.

The dialog opens in the Documents folder the first time, then in the folder last exported to,
remembered across restarts in the profile (:func:`remember_in`, called once at start).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from moderator.ui.kit.i18n import QT_TRANSLATE_NOOP

FILTERS = {
    "csv": QT_TRANSLATE_NOOP("Export", "CSV, for spreadsheets (*.csv)"),
    "jsonl": QT_TRANSLATE_NOOP("Export", "JSON Lines, for scripts (*.jsonl)"),
}
_KEY = "export/folder"


class FolderMemory:
    """The folder last exported to: in an INI file when given one, else for this session."""

    def __init__(self, path: Path | None = None) -> None:
        self._store = QSettings(str(path), QSettings.Format.IniFormat) if path else None
        self._session = ""

    def folder(self) -> str:
        remembered = str(self._store.value(_KEY, "")) if self._store is not None else ""
        remembered = remembered or self._session
        if remembered and Path(remembered).is_dir():
            return remembered
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def remember(self, folder: Path) -> None:
        self._session = str(folder)
        if self._store is not None:
            self._store.setValue(_KEY, str(folder))
            self._store.sync()


_memory = FolderMemory()


def remember_in(path: Path) -> FolderMemory:
    """Keep the last export folder in ``path`` (in the profile) from now on."""
    global _memory
    _memory = FolderMemory(path)
    return _memory


def ask_export_path(parent: QWidget, title: str, name: str, kind: str) -> Path | None:
    """The file the moderator chose (with the format's suffix), or None if they cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path(_memory.folder()) / name),
        QCoreApplication.translate("Export", FILTERS[kind]),
    )
    if not chosen:
        return None
    path = Path(chosen)
    _memory.remember(path.parent)
    return path if path.suffix.lower() == f".{kind}" else path.with_name(f"{path.name}.{kind}")
