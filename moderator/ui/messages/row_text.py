"""The text pieces of a chat row kept apart from the delegate: fonts derived from the view's,
line wrapping under the header, and what a tooltip over a row's chip or button says."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from moderator.core.models import ChatMessage
from moderator.ui.messages.header_cache import ShapedTexts
from moderator.ui.messages.inline_buttons import InlineButtons

WRAP = QTextOption()
WRAP.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)


def tip_at(
    inline: InlineButtons | None,
    note: str,
    note_area: QRectF,
    rect: QRect,
    pos: QPoint,
    message: ChatMessage,
    row: int,
) -> str:
    """An inline button's tooltip (its action, or why it is off), the note over the note chip,
    or "" (the row's own tooltip then shows)."""
    if inline is not None and inline.shows_on(row, message):
        kind = inline.hit(rect, pos)
        if kind is not None:
            return inline.tooltip(message, kind)
    return note if note and note_area.contains(QPointF(pos)) else ""


class Fonts:
    """The fonts and metrics derived from the view's font, made once rather than per row."""

    def __init__(self, font: QFont) -> None:
        self.base = QFont(font)
        self.small = small_font(font)
        self.bold = bold_font(font)
        self.small_m = QFontMetricsF(self.small)
        self.bold_m = QFontMetricsF(self.bold)
        self.line_h = QFontMetricsF(font).height()
        self.badge_h = self.small_m.height() + 2
        self.small_base = baseline(self.small_m, self.line_h)
        self.bold_base = baseline(self.bold_m, self.line_h)
        #: the header's times and names, measured and shaped once each
        self.small_shaped = ShapedTexts(self.small)
        self.bold_shaped = ShapedTexts(self.bold)
        #: (strike out, italic, bold) -> font for the message text
        self.text = {
            (strike, italic, bold): styled_font(font, strike, italic, bold)
            for strike in (False, True)
            for italic in (False, True)
            for bold in (False, True)
        }


def baseline(metrics: QFontMetricsF, line_h: float) -> float:
    """Where text in these metrics sits to be centred on a line of ``line_h``."""
    return (line_h + metrics.ascent() - metrics.descent()) / 2


def wrap(
    text: str, font: QFont, width: float, first_indent: float, line_h: float, reserve: float = 0.0
) -> QTextLayout:
    """Lay the text out: its first line after the header (and short of ``reserve`` at its end,
    where buttons go), the rest at full width."""
    layout = QTextLayout(text, font)
    layout.setTextOption(WRAP)
    layout.beginLayout()
    y = 0.0
    first = True
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        indent = first_indent if first and first_indent < width * 0.6 else 0.0
        if first and indent == 0.0 and first_indent > 0:
            y += line_h  # a long header gets the first line to itself
        line.setLineWidth(max(10.0, width - indent - (reserve if first else 0.0)))
        line.setPosition(QPointF(indent, y))
        y += line.height()
        first = False
    layout.endLayout()
    return layout


def small_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(6.0, font.pointSizeF() - 1.5))
    return small


def bold_font(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def styled_font(font: QFont, strike: bool, italic: bool, bold: bool) -> QFont:
    styled = QFont(font)
    styled.setStrikeOut(strike)
    styled.setItalic(italic)
    styled.setBold(bold)
    return styled
