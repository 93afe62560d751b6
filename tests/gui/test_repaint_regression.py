"""PySide6 6.12.0 on Python 3.11 aborts ("Fatal Python error: none_dealloc") after a few
thousand delegate paints in which data() returns None. The pin keeps a working release; this
keeps it honest."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from moderator.core.models import Author, Badge, ChatMessage, MessageState
from moderator.ui.messages.message_model import MessageModel, MessageRole
from moderator.ui.messages.message_view import MessageView

#: delegate paints that get None from data(): 6.12.0 aborted after a few thousand
PAINTS = 3000
#: each grab paints every row in sight (~17 here, a third of them None)
GRABS = 800


class GappyModel(MessageModel):
    """Every third row answers None where the delegate asks for its message (as a row whose
    message is gone would), through Qt's C++ call into this Python data(): the path 6.12 broke."""

    def __init__(self) -> None:
        super().__init__()
        self.nones = 0
        self.messages_served = 0

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        value = super().data(index, role)
        if role != MessageRole:
            return value
        if index.row() % 3 == 0:
            self.nones += 1
            return None
        self.messages_served += 1
        return value


def test_thousands_of_repaints_do_not_crash(qtbot: QtBot) -> None:
    model = GappyModel()
    model.enqueue(
        ChatMessage(
            id=str(i),
            stream_key="prism:1",
            author=Author(
                f"u{i}", f"User {i}", badges=frozenset({Badge.OWNER}) if i % 7 == 0 else frozenset()
            ),
            text="word " * (i % 40),
            sent_at=datetime(2026, 1, 1, tzinfo=UTC),
            state=MessageState.DELETED if i % 5 == 0 else MessageState.NONE,
        )
        for i in range(300)
    )
    model.flush()
    view = MessageView(model)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0, "every row fits: scrolling would paint the same rows"
    model.nones = model.messages_served = 0
    for n in range(GRABS):
        if model.nones >= PAINTS and model.messages_served >= 2 * PAINTS:
            break  # enough: more grabs only cost time
        bar.setValue((n * 37) % bar.maximum())
        # grab() paints now, exposed window or not (an offscreen repaint() may paint nothing,
        # and then this test would pass on any release)
        view.viewport().grab()
        # the view's own paint hands the delegate its rows directly (no data() per row); the
        # delegate's Qt entry point still asks data() through C++, as any QAbstractItemView does
        paint_through_qt(view, range(n % 30, n % 30 + 20))
    # the paints really asked data() for rows and got None back, thousands of times
    assert model.nones >= PAINTS
    assert model.messages_served >= 2 * PAINTS


def paint_through_qt(view: MessageView, rows: range) -> None:
    image = QImage(600, 60, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = QRect(0, 0, 600, 60)
    try:
        for row in rows:
            view.message_delegate.paint(painter, option, view.model().index(row, 0))
    finally:
        painter.end()
