"""How a session's status looks: a coloured dot and a sentence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from moderator.core.events import SessionStatus, StatusChanged

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


def status_text(event: StatusChanged) -> str:
    label = event.status.value.capitalize()
    if event.retry_in is not None and event.status in (
        SessionStatus.RETRYING,
        SessionStatus.RATE_LIMITED,
    ):
        label = f"{label}, next try in {event.retry_in:.0f} s"
    elif event.retry_in is not None and event.status is SessionStatus.ERROR:
        label = f"{label}, trying again in {event.retry_in:.0f} s"
    return f"{label}: {event.detail}" if event.detail else label


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
