"""What a moderator sees when something unexpected breaks: what, where the log is, copy details."""

from __future__ import annotations

import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from moderator.logs import redact
from moderator.ui.kit.plain import plain_box

# A parentless dialog lives only as long as Python holds it: keep each open one here.
_open: list[QMessageBox] = []


def details_of(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    return redact("".join(traceback.format_exception(kind, error, tb)))


def show_crash(summary: str, details: str, log_path: str, parent: QWidget | None = None) -> None:
    if _open:
        # an error that repeats (in a paint, say) must not stack dialogs; the log has each one
        return
    summary, details = redact(summary), redact(details)
    box = plain_box(QMessageBox(parent))
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Something went wrong"))
    keeps = QCoreApplication.translate(
        "CrashDialog", "Moderator keeps running; your streams stay connected."
    )
    box.setText(f"{summary}\n\n{keeps}")
    details_at = QCoreApplication.translate("CrashDialog", "The log has the details: {path}")
    box.setInformativeText(details_at.format(path=log_path))
    box.setDetailedText(details)
    copy = box.addButton(
        QCoreApplication.translate("CrashDialog", "Copy details"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    _open.append(box)
    # let go on the next turn of the loop, not inside the dialog's own signal
    box.finished.connect(lambda _result: QTimer.singleShot(0, lambda: _open.remove(box)))
    box.open()
