"""What the window shows with no stream open: one sentence and the button to connect one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from moderator.ui.kit.plain import PlainLabel


def centred_column(parent: QWidget, widgets: list[QWidget], width: int = 480) -> None:
    """Lay ``widgets`` out in a fixed-width column in the middle of ``parent``.

    A centred widget gets its size hint, not its height for a width: a wrapped label is
    told the height its text needs at the column's width, or it would be cut off.
    """
    column = QWidget(parent)
    column.setFixedWidth(width)
    inner = QVBoxLayout(column)
    inner.setSpacing(12)
    for widget in widgets:
        widget.setParent(column)
        if isinstance(widget, QLabel):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if widget.wordWrap():
                margins = inner.contentsMargins()
                text_width = width - margins.left() - margins.right()
                widget.setMinimumHeight(widget.heightForWidth(text_width))
            inner.addWidget(widget)
        else:
            inner.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
    outer = QVBoxLayout(parent)
    outer.addStretch(1)
    outer.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
    outer.addStretch(2)


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = PlainLabel(self.tr("No streams connected"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        explain = PlainLabel(
            self.tr(
                "Connect the chat of a live stream to start moderating it. "
                "Streams you connect come back by themselves the next time you start Moderator."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.connect_button = QPushButton(self.tr("Connect a stream…"), self)
        self.connect_button.setDefault(True)
        centred_column(self, [title, explain, self.connect_button])
