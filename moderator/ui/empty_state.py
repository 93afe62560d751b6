"""What the window shows with no stream open: one sentence and the button to connect one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("No streams connected", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        explain = QLabel(
            "Connect the chat of a live stream to start moderating it. "
            "Streams you connect come back by themselves the next time you start Moderator.",
            self,
        )
        explain.setWordWrap(True)
        explain.setMaximumWidth(460)
        self.connect_button = QPushButton("Connect a stream…", self)
        self.connect_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, explain, self.connect_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
