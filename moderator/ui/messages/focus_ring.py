"""The keyboard's place in a list, drawn: a ring around the current row while the list has
the focus, in the theme's selection colour (its text colour on a selected row), so a moderator
moving with the arrows sees where they are, selected or not, in every theme."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

#: thick enough to see at a glance (WCAG 2.4.11: a focus indicator of at least 2 px)
FOCUS_WIDTH = 2


def paint_focus(painter: QPainter, option: QStyleOptionViewItem) -> None:
    state = option.state
    if not state & QStyle.StateFlag.State_HasFocus:
        return
    selected = bool(state & QStyle.StateFlag.State_Selected)
    role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
    pen = QPen(option.palette.color(role), FOCUS_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.save()
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FOCUS_WIDTH / 2
    painter.drawRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset))
    painter.restore()
