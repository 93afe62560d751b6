"""The virtual message view: geometry, selection and keys, following, trimming, the archive."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moderator.core.models import Author, ChatMessage
from moderator.fakelink import connections
from moderator.fakes.prism import PrismFake
from moderator.providers import create_provider
from moderator.storage.archive import Archive
from moderator.ui.bridge.controller import StreamController
from moderator.ui.messages.message_model import MessageModel
from moderator.ui.messages.message_view import MessageView
from moderator.ui.stream.stream_tab import StreamTab

START = datetime(2026, 1, 1, tzinfo=UTC)


def msg(i: int) -> ChatMessage:
    # every seventh message is long enough to wrap over several lines
    text = f"message {i} " + ("and a long story about the stream " * 6 if i % 7 == 0 else "")
    return ChatMessage(
        str(i),
        "prism:1001",
        Author(f"u{i % 5}", f"User {i % 5}"),
        text,
        START + timedelta(seconds=i),
    )


def add(model: MessageModel, first: int, count: int) -> None:
    model.enqueue(msg(i) for i in range(first, first + count))
    model.flush()


@pytest.fixture
def view(qtbot: QtBot) -> MessageView:
    model = MessageModel(limit=1000)
    add(model, 0, 300)
    shown = MessageView(model)
    qtbot.addWidget(shown)
    shown.resize(500, 400)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def model_of(view: MessageView) -> MessageModel:
    model = view.model()
    assert isinstance(model, MessageModel)
    return model


def visible_rows(view: MessageView) -> list[int]:
    model, screen = model_of(view), view.viewport().rect()
    return [
        r for r in range(model.rowCount()) if view.visualRect(model.index(r)).intersects(screen)
    ]


def test_rows_tile_the_viewport_and_index_at_agrees(view: MessageView) -> None:
    model = model_of(view)
    rows = visible_rows(view)
    assert len(rows) > 3
    rects = [view.visualRect(model.index(r)) for r in rows]
    for row, rect in zip(rows, rects, strict=True):
        assert view.indexAt(rect.center()).row() == row
        assert view.indexAt(rect.topLeft()).row() == row
        assert view.indexAt(rect.bottomLeft()).row() == row
    for upper, lower in itertools.pairwise(rects):
        assert upper.bottom() + 1 == lower.top()  # no gaps, no overlaps
    wrapped = [rect.height() for row, rect in zip(rows, rects, strict=True) if row % 7 == 0]
    plain = [rect.height() for row, rect in zip(rows, rects, strict=True) if row % 7]
    assert wrapped
    assert max(plain) < min(wrapped)


def test_pinned_view_follows_new_messages(view: MessageView) -> None:
    model = model_of(view)
    assert view.pinned
    add(model, 300, 40)
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum()
    last = view.visualRect(model.index(model.rowCount() - 1))
    assert last.bottom() < view.viewport().height() + 1
    assert last.bottom() >= view.viewport().height() - 4


def test_no_trimming_while_scrolled_up(qtbot: QtBot) -> None:
    model = MessageModel(limit=50)
    add(model, 0, 50)
    view = MessageView(model)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    view.verticalScrollBar().setValue(0)
    assert not view.pinned
    top = model.message(0)
    add(model, 50, 30)
    assert model.rowCount() == 80
    assert view.indexAt(view.viewport().rect().topLeft()).data(Qt.ItemDataRole.UserRole + 1) == top
    view.scroll_to_newest()
    add(model, 80, 1)
    assert model.rowCount() == 50
    assert view.pinned


def test_extended_selection_with_keys_and_clicks(view: MessageView) -> None:
    model = model_of(view)
    view.setFocus()
    rows = visible_rows(view)
    first = rows[1]
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(first)).center()
    )
    assert view.currentIndex().row() == first
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert [m.id for m in view.selected_messages()] == [str(first + i) for i in range(3)]
    target = view.visualRect(model.index(rows[-2])).center()
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, target
    )
    # a plain event after the Ctrl+click, or Qt keeps Ctrl held for the next tests' shortcuts
    QTest.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=target)
    assert len(view.selected_messages()) == 4


def test_home_end_and_page_keys_move_and_scroll(view: MessageView) -> None:
    model = model_of(view)
    view.setFocus()
    view.setCurrentIndex(model.index(model.rowCount() - 1))
    QTest.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().row() == 0
    assert view.verticalScrollBar().value() == 0
    assert not view.pinned
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    paged = view.currentIndex().row()
    assert paged > 3
    assert view.viewport().rect().intersects(view.visualRect(model.index(paged)))
    QTest.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == model.rowCount() - 1
    assert view.pinned


def test_select_all_and_accessibility(view: MessageView) -> None:
    view.setFocus()
    view.selectAll()  # Ctrl+A: a QTest Ctrl press leaves Ctrl held for later tests' shortcuts
    assert len(view.selected_messages()) == model_of(view).rowCount()
    face = QAccessible.queryAccessibleInterface(view)
    assert face is not None
    assert face.role() == QAccessible.Role.List
    assert face.text(QAccessible.Text.Name) == "Chat messages"


@pytest.fixture
def tab(qtbot: QtBot, tmp_path: Path) -> Iterator[StreamTab]:
    fake = PrismFake(seed=2, lives=1)
    provider = create_provider(
        connections(fake, "http://prism.test")[0], httpx.ASGITransport(app=fake.app)
    )
    archive = Archive(tmp_path / "archive.sqlite3")
    controller = StreamController(provider, limit=60, archive=archive)
    widget = StreamTab(controller)
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    yield widget
    archive.close()


def test_scrolling_to_the_top_brings_back_archived_messages(tab: StreamTab) -> None:
    model, view = tab.controller.model, tab.view
    for start in range(0, 200, 20):
        add(model, start, 20)
    assert model.rowCount() == 60
    assert model.message(0).id == "140"
    view.verticalScrollBar().setValue(0)  # the moderator drags the bar to the top
    assert model.rowCount() == 200  # the 140 trimmed rows are back above the 60
    assert model.message(0).id == "0"
    assert model.message(139).id == "139"
    reading = view.indexAt(view.viewport().rect().topLeft()).row()
    assert model.message(reading).id == "140"  # what was on screen stays on screen
    model.enqueue([msg(500)])
    model.flush()
    assert model.rowCount() == 201  # scrolled up: nothing is trimmed


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_an_insert_is_painted_in_a_later_turn_of_the_loop(view: MessageView, qtbot: QtBot) -> None:
    # inserting and painting in one turn made the GUI late by both at once (issue 12)
    paints = PaintCounter()
    view.viewport().installEventFilter(paints)
    QApplication.sendPostedEvents()
    paints.count = 0
    add(model_of(view), 300, 250)
    QApplication.sendPostedEvents()  # what would run in the insert's own turn
    assert paints.count == 0
    qtbot.waitUntil(lambda: paints.count > 0)
    assert view.viewport().updatesEnabled()
    assert visible_rows(view)[-1] == model_of(view).rowCount() - 1  # and it shows the newest
