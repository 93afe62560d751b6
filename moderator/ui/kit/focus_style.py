"""The app's style: the platform's or Fusion, with a focus ring every button shows.

Fusion draws a dialog's default button highlighted whenever no other button has the focus, so
a keyboard user on that button sees no change when the focus arrives: the focused button gets a
ring in the highlight colour, inside its frame, in every theme (high contrast included).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtGui import QPalette as Palette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

from moderator.ui.kit.guard import guarded, nothing

#: the ring's width and its distance inside the button's frame, in pixels
RING = 2.0
INSET = 3.0


class FocusStyle(QProxyStyle):
    """``name``'s style (Fusion when it is not installed) with the focus ring on buttons."""

    def __init__(self, name: str) -> None:
        super().__init__(QStyleFactory.create(name) or QStyleFactory.create("Fusion"))
        self.setObjectName(name)

    @guarded(nothing)
    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element != QStyle.ControlElement.CE_PushButton:
            return
        if not option.state & QStyle.StateFlag.State_HasFocus:
            return
        painter.save()
        painter.setPen(QPen(option.palette.color(Palette.ColorRole.Highlight), RING))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ring = QRectF(option.rect).adjusted(INSET, INSET, -INSET, -INSET)
        painter.drawRoundedRect(ring, 2.0, 2.0)
        painter.restore()
