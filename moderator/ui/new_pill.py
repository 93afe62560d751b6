"""The "N new messages ↓" pill over the bottom of a paused list: click it to catch up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QToolButton

MARGIN = 10


class NewMessagesPill(QToolButton):
    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self.count = 0
        self.setObjectName("newMessagesPill")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Jump to the newest message and follow the chat again (End)")
        self.setAccessibleName("New messages below")
        self.setStyleSheet(
            "#newMessagesPill { background: #1a73e8; color: white; border: none;"
            " border-radius: 13px; padding: 4px 14px; font-weight: bold; }"
            "#newMessagesPill:hover { background: #1765cc; }"
        )
        self.hide()

    def add(self, count: int) -> None:
        if count <= 0:
            return
        self.count += count
        noun = "message" if self.count == 1 else "messages"
        self.setText(f"{self.count:,} new {noun} ↓")
        self.adjustSize()
        self.place()
        self.show()
        self.raise_()

    def clear(self) -> None:
        self.count = 0
        self.hide()

    def place(self) -> None:
        """Centred over the bottom of the viewport."""
        port = self._area.viewport().geometry()
        x = port.left() + (port.width() - self.width()) // 2
        y = port.bottom() - self.height() - MARGIN
        self.move(max(port.left(), x), max(port.top(), y))
