"""PySide6 6.12.0 on Python 3.11 aborts ("Fatal Python error: none_dealloc") after a few
thousand delegate paints in which data() returns None. The pin keeps a working release; this
keeps it honest."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from moderator.core.models import Author, Badge, ChatMessage, MessageState
from moderator.ui.message_model import MessageModel
from moderator.ui.message_view import MessageView

PAINTS = 3000


def test_thousands_of_repaints_do_not_crash(qtbot: QtBot) -> None:
    model = MessageModel()
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
    for n in range(PAINTS):
        bar.setValue((n * 37) % max(1, bar.maximum()))
        view.viewport().repaint()
    assert model.rowCount() == 300
