"""All streams listens to each tab's stream state, and stops when it goes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from moderator.core.models import Author, ChatMessage
from moderator.core.stream import StreamState
from moderator.ui.across.all_streams import Follower
from moderator.ui.messages.merged_model import MergedModel
from moderator.ui.messages.message_model import MessageModel

START = datetime(2026, 1, 1, tzinfo=UTC)


def msg(i: int) -> ChatMessage:
    return ChatMessage(str(i), "prism:1", Author("u", "U"), f"line {i}", START + timedelta(i))


def test_a_closed_all_streams_tab_no_longer_hears_the_stream(qtbot: QtBot) -> None:
    state = StreamState(100)
    source = MessageModel(state=state)
    owner = QObject()
    merged = MergedModel(owner)
    Follower(source, merged, owner)
    state.offer([msg(1)])
    source.flush()
    merged.flush()
    assert merged.rowCount() == 1
    shiboken6.delete(owner)  # the All streams tab closes: its model and follower go
    state.offer([msg(2)])
    source.flush()  # would reach the deleted model if the follower had not let go
    assert source.rowCount() == 2
