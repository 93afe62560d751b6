"""A view in a background tab measures nothing while rows arrive; it catches up when shown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from moderator.core.models import Author, ChatMessage
from moderator.ui.messages.message_model import MessageModel
from moderator.ui.messages.message_view import MessageView

START = datetime(2026, 1, 1, tzinfo=UTC)


def msg(i: int) -> ChatMessage:
    return ChatMessage(str(i), "prism:1", Author("u", "U"), f"line {i}", START + timedelta(i))


def test_a_background_tab_lays_out_no_rows_until_it_is_shown(qtbot: QtBot) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    model = MessageModel()
    view = MessageView(model)
    tabs.addTab(QWidget(), "shown")
    tabs.addTab(view, "background")
    tabs.resize(500, 400)
    tabs.show()
    qtbot.waitExposed(tabs)
    model.enqueue(msg(i) for i in range(200))
    model.flush()
    assert not any(view.heights.is_known(row) for row in range(200))
    assert view.verticalScrollBar().maximum() > 0  # the range follows the estimates
    tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: view.heights.is_known(199))
    measured = sum(view.heights.is_known(row) for row in range(200))
    assert measured < 60  # only the rows in sight
