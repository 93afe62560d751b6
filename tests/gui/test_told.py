"""What the app tells the moderator goes through the one message bridge and shows where it
belongs: on the surface they acted on, in the stream's tab, or in the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox

from moderator.core.actions import ActionKind
from moderator.ui.kit import messages
from moderator.ui.kit.messages import Level
from tests.gui.conftest import Runner
from tests.gui.desk import Desk, desk
from tests.gui.message_mock import MessageMock

__all__ = ["desk"]  # the fixture, used by name


def open_boxes(desk: Desk) -> list[str]:
    return [b.text() for b in desk.window.findChildren(QMessageBox) if b.isVisible()]


def test_a_refusal_in_all_streams_is_told_there_not_in_the_tab(
    desk: Desk, message_mock: MessageMock
) -> None:
    all_streams = desk.cross.show_all_streams()
    assert all_streams is not None
    router = desk.cross.router
    refused = next(
        (kind, m)
        for tab in desk.tabs
        for m in tab.controller.model.messages()
        for kind in ActionKind
        if not (entry := router.entry(m, kind)).enabled and entry.tooltip
    )
    kind, message = refused
    all_streams.presenter.perform(kind, [message])
    told = message_mock.getmsg(Level.WARNING)
    assert told.place is all_streams
    assert told.text == router.entry(message, kind).tooltip
    assert all_streams.notice.isVisibleTo(all_streams) and all_streams.notice.text() == told.text
    assert not any(tab.notice_bar.isVisibleTo(tab) for tab in desk.tabs)
    assert open_boxes(desk) == []


def test_a_stream_notice_shows_in_its_tab_only(desk: Desk, message_mock: MessageMock) -> None:
    first, second = desk.tabs[0], desk.tabs[1]
    first.controller.notice.emit("Not sent: the platform refused it.")
    assert message_mock.getmsg().stream == first.controller.provider.stream.key
    assert first.notice_bar.isVisibleTo(first)
    assert first.notice_label.text() == "Not sent: the platform refused it."
    assert not second.notice_bar.isVisibleTo(second)
    assert desk.window.statusBar().currentMessage() == ""


def test_a_failed_export_is_an_error_in_the_window(
    desk: Desk, message_mock: MessageMock, arun: Runner[Any], tmp_path: Path
) -> None:
    assert arun(desk.cross.export_archive(tmp_path)) == 0  # a folder: it cannot be written
    error = message_mock.getmsg(Level.ERROR)
    assert error.text.startswith("The chat archive could not be exported:")
    assert desk.window.statusBar().currentMessage() == error.text
    assert open_boxes(desk) == [error.text]


def test_a_finished_export_is_news_in_the_status_bar_only(
    desk: Desk, message_mock: MessageMock, arun: Runner[Any], tmp_path: Path
) -> None:
    path = tmp_path / "chat.csv"
    count = arun(desk.cross.export_archive(path))
    assert message_mock.texts(Level.INFO) == [
        f"Exporting the chat to {path}…",
        f"Exported {count} messages to {path}.",
    ]
    assert desk.window.statusBar().currentMessage() == f"Exported {count} messages to {path}."
    assert open_boxes(desk) == []


def test_a_warning_for_a_stream_without_a_tab_goes_to_the_status_bar(
    desk: Desk, message_mock: MessageMock
) -> None:
    messages.warning("Saved to disk again.", stream="prism:closed-meanwhile")
    assert desk.window.statusBar().currentMessage() == "Saved to disk again."
    assert open_boxes(desk) == [], "a warning does not interrupt with a box"
    assert not any(tab.notice_bar.isVisibleTo(tab) for tab in desk.tabs)
    assert message_mock.texts(Level.WARNING) == ["Saved to disk again."]
