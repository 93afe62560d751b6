"""The header of a row (time, name) drawn from caches: a chat repeats its few hundred names and
shows one time per minute, so each string is measured and shaped once, not on every paint.

``QPainter.drawText`` shapes its string anew on each call, and ``horizontalAdvance`` measures it
anew: in a fast chat's profile these were ~40 % of painting a row. A :class:`QStaticText` keeps
the shaped glyphs; it is drawn from its top-left corner, so the cache also knows how far above
the baseline that corner is. Tables are bounded: full, they start afresh.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QStaticText, QTransform

from moderator.core.models import ChatMessage
from moderator.ui.kit.guard import message_time

#: entries kept per table before it starts afresh (names and times seen lately)
LIMIT = 4_096


class ShapedTexts:
    """Widths and shaped glyphs of short strings in one font."""

    def __init__(self, font: QFont, limit: int = LIMIT) -> None:
        self.font = QFont(font)
        self._metrics = QFontMetricsF(font)
        #: a static text is placed by its top: the baseline lies ``ascent`` below it
        self.ascent = self._metrics.ascent()
        self._limit = limit
        self._widths: dict[str, float] = {}
        self._shaped: dict[str, QStaticText] = {}

    def width(self, text: str) -> float:
        found = self._widths.get(text)
        if found is None:
            if len(self._widths) >= self._limit:
                self._widths.clear()
            found = self._widths[text] = self._metrics.horizontalAdvance(text)
        return found

    def draw(self, painter: QPainter, x: float, baseline: float, text: str) -> None:
        """Draw ``text`` with its baseline at ``baseline`` (the painter's font must be ours)."""
        shaped = self._shaped.get(text)
        if shaped is None:
            if len(self._shaped) >= self._limit:
                self._shaped.clear()
            shaped = self._shaped[text] = QStaticText(text)
            shaped.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            shaped.prepare(QTransform(), self.font)
        painter.drawStaticText(QPointF(x, baseline - self.ascent), shaped)


class ClockTexts:
    """ "12:34" for a message, worked out once per distinct time (times are shared objects:
    a busy second stamps hundreds of messages with one ``datetime``)."""

    def __init__(self, limit: int = LIMIT) -> None:
        self._limit = limit
        self._shown: dict[datetime, str] = {}

    def of(self, message: ChatMessage) -> str:
        if not message.time_known:
            return message_time(message, "%H:%M")
        shown = self._shown.get(message.sent_at)
        if shown is None:
            if len(self._shown) >= self._limit:
                self._shown.clear()
            shown = self._shown[message.sent_at] = message_time(message, "%H:%M")
        return shown
