"""What a moderator sees when something unexpected breaks: what, where the log is, copy details."""

from __future__ import annotations

import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from moderator.logs import redact


def details_of(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    return redact("".join(traceback.format_exception(kind, error, tb)))


def show_crash(summary: str, details: str, log_path: str, parent: QWidget | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Something went wrong")
    box.setText(f"{summary}\n\nModerator keeps running; your streams stay connected.")
    box.setInformativeText(f"The log has the details: {log_path}")
    box.setDetailedText(details)
    copy = box.addButton("Copy details", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.open()
