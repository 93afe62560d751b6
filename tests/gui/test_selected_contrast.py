"""A selected row keeps its author's name and a deleted message's grey readable (4.5:1) on
the selection colour, in the light and the dark theme; a plain row keeps its colours."""

from __future__ import annotations

import zlib
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from moderator.core.models import Author, ChatMessage, MessageState
from moderator.ui.kit.contrast import READABLE, contrast
from moderator.ui.kit.theme import palette
from moderator.ui.messages.message_model import MessageModel
from moderator.ui.messages.message_view import MessageView
from moderator.ui.messages.row_colours import GREY, NAME_COLORS, name_color

PURPLE = "#9334e6"


class RecordingPainter(QPainter):
    """A painter that remembers every pen colour the delegate chooses."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.pens: list[QColor] = []

    def setPen(self, pen: Any) -> None:
        if isinstance(pen, QColor):
            self.pens.append(QColor(pen))
        super().setPen(pen)


def shown(colour: QColor, back: QColor) -> QColor:
    """``colour`` as painted over ``back`` (translucent pens blend in)."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + back.redF() * (1 - alpha),
        colour.greenF() * alpha + back.greenF() * (1 - alpha),
        colour.blueF() * alpha + back.blueF() * (1 - alpha),
    )


def author_with(colour: str) -> Author:
    index = NAME_COLORS.index(colour)
    ident = next(f"a{i}" for i in range(10_000) if zlib.crc32(f"a{i}".encode()) % 8 == index)
    return Author(ident, "Purple Person")


def pens_for(qtbot: QtBot, message: ChatMessage, scheme: str, selected: bool) -> list[QColor]:
    model = MessageModel()
    model.enqueue([message])
    model.flush()
    view = MessageView(model)
    qtbot.addWidget(view)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.palette = palette(scheme)  # type: ignore[arg-type]
    option.rect = view.rect().adjusted(0, 0, 0, -view.height() + 60)
    option.state |= QStyle.StateFlag.State_Selected if selected else QStyle.StateFlag.State_None
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    painter = RecordingPainter(image)
    view.message_delegate.paint(painter, option, model.index(0))
    painter.end()
    return painter.pens


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_selected_purple_name_and_deleted_grey_read_on_the_highlight(
    qtbot: QtBot, scheme: str
) -> None:
    author = author_with(PURPLE)
    assert name_color(author.id).name() == PURPLE
    highlight = palette(scheme).color(QPalette.ColorRole.Highlight)  # type: ignore[arg-type]
    message = ChatMessage("1", "prism:1", author, "hello", datetime(2026, 1, 1, tzinfo=UTC))
    pens = pens_for(qtbot, message, scheme, selected=True)
    assert pens and all(contrast(shown(p, highlight), highlight) >= READABLE for p in pens)
    deleted = message.with_state(add=MessageState.DELETED)
    pens = pens_for(qtbot, deleted, scheme, selected=True)
    assert all(contrast(p, highlight) >= READABLE for p in pens if p.alphaF() == 1)


def test_a_plain_row_keeps_the_author_colour(qtbot: QtBot) -> None:
    author = author_with(PURPLE)
    message = ChatMessage("1", "prism:1", author, "hello", datetime(2026, 1, 1, tzinfo=UTC))
    names = {p.name() for p in pens_for(qtbot, message, "dark", selected=False)}
    assert PURPLE in names
    deleted = message.with_state(add=MessageState.DELETED)
    assert GREY.name() in {p.name() for p in pens_for(qtbot, deleted, "dark", selected=False)}
