"""The header caches measure and shape each time and name once, and stay bounded."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter
from pytestqt.qtbot import QtBot

from moderator.core.models import Author, ChatMessage
from moderator.ui.kit.guard import message_time
from moderator.ui.messages.header_cache import ClockTexts, ShapedTexts


def test_widths_match_the_fonts_measure_and_the_table_stays_bounded(qtbot: QtBot) -> None:
    font = QFont()
    texts = ShapedTexts(font, limit=3)
    metrics = QFontMetricsF(font)
    for word in ("Ann:", "Bob:", "Chris O'Neil:", "Dee:", "Ann:"):
        assert texts.width(word) == metrics.horizontalAdvance(word)
    assert len(texts._widths) <= 3


def test_drawn_text_sits_on_the_same_baseline_as_draw_text(qtbot: QtBot) -> None:
    font = QFont()
    texts = ShapedTexts(font)

    def picture(shaped: bool) -> QImage:
        image = QImage(120, 40, QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.setFont(font)
        if shaped:
            texts.draw(painter, 5.0, 25.0, "12:34 Ann:")
        else:
            painter.drawText(QPointF(5.0, 25.0), "12:34 Ann:")
        painter.end()
        return image

    assert picture(True) == picture(False)


def test_the_clock_text_is_the_shown_time_and_unknown_times_say_so() -> None:
    clock = ClockTexts(limit=2)
    author = Author("u", "U")
    at = datetime(2026, 1, 1, 12, 34, tzinfo=UTC)
    known = ChatMessage("1", "prism:1", author, "hi", at)
    unknown = ChatMessage("2", "prism:1", author, "hi", at, time_known=False)
    assert clock.of(known) == message_time(known, "%H:%M")
    assert clock.of(unknown) == message_time(unknown, "%H:%M") != clock.of(known)
