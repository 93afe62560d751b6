"""How a session's status looks: a coloured dot and a sentence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from moderator.core.events import SessionStatus, StatusChanged
from moderator.ui.kit.i18n import QT_TRANSLATE_NOOP, tr_core

STATUS_COLORS: dict[SessionStatus, str] = {
    SessionStatus.CONNECTING: "#9aa0a6",
    SessionStatus.LIVE: "#1e8e3e",
    SessionStatus.RETRYING: "#f29900",
    SessionStatus.RATE_LIMITED: "#f29900",
    SessionStatus.SIGNED_OUT: "#d93025",
    SessionStatus.ENDED: "#5f6368",
    SessionStatus.ERROR: "#d93025",
    SessionStatus.STOPPED: "#5f6368",
}


#: each status's word, translated where it is shown
STATUS_WORDS: dict[SessionStatus, str] = {
    SessionStatus.CONNECTING: QT_TRANSLATE_NOOP("Status", "Connecting"),
    SessionStatus.LIVE: QT_TRANSLATE_NOOP("Status", "Live"),
    SessionStatus.RETRYING: QT_TRANSLATE_NOOP("Status", "Retrying"),
    SessionStatus.RATE_LIMITED: QT_TRANSLATE_NOOP("Status", "Rate-limited"),
    SessionStatus.SIGNED_OUT: QT_TRANSLATE_NOOP("Status", "Signed out"),
    SessionStatus.ENDED: QT_TRANSLATE_NOOP("Status", "Ended"),
    SessionStatus.ERROR: QT_TRANSLATE_NOOP("Status", "Error"),
    SessionStatus.STOPPED: QT_TRANSLATE_NOOP("Status", "Stopped"),
}


def status_text(event: StatusChanged) -> str:
    word = STATUS_WORDS.get(event.status, event.status.value.capitalize())
    label = QCoreApplication.translate("Status", word)
    if event.retry_in is not None and event.status in (
        SessionStatus.RETRYING,
        SessionStatus.RATE_LIMITED,
    ):
        label = QCoreApplication.translate("Status", "{status}, next try in {seconds} s").format(
            status=label, seconds=f"{event.retry_in:.0f}"
        )
    elif event.retry_in is not None and event.status is SessionStatus.ERROR:
        again = QCoreApplication.translate("Status", "{status}, trying again in {seconds} s")
        label = again.format(status=label, seconds=f"{event.retry_in:.0f}")
    return f"{label}: {tr_core('Core', event.detail)}" if event.detail else label


def status_icon(status: SessionStatus, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(STATUS_COLORS[status]))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)
