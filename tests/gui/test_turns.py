"""A big arrival is spread over turns of the GUI loop: rows go in a share at a time, the rows in
sight are measured in a turn after their insert and painted in a turn after that, and the
list paints between shares (nothing waits for the whole arrival)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from moderator.core.models import Author, ChatMessage
from moderator.ui.messages.message_model import BATCH_MS, CONTINUE_MS, ROWS_PER_TURN, MessageModel
from moderator.ui.messages.message_view import MessageView
from tests.gui.tabkit import shown_list

ARRIVAL = 6_000
START = datetime(2026, 1, 1, tzinfo=UTC)


class Turns(QObject):
    """What happened, in order: 'insert' (a share went in), 'measure' (rows were measured) and
    'paint'; and whether anything was measured while a share was going in."""

    def __init__(self, view: MessageView, model: MessageModel) -> None:
        super().__init__(view)
        self.log: list[str] = []
        self.measured_in_insert = 0
        self._inserting = False
        view.viewport().installEventFilter(self)
        share = model._flush_share
        measure = view._measure_until

        def flush_share() -> None:
            self._inserting = True
            try:
                share()
            finally:
                self._inserting = False
            self.log.append("insert")

        def measure_rows(y: int, vh: int, deadline: float) -> tuple[bool, bool]:
            done = measure(y, vh, deadline)
            self.measured_in_insert += self._inserting
            self.log.append("measure")
            return done

        model._flush_timer.timeout.disconnect()
        model._flush_timer.timeout.connect(flush_share)
        view._measure_until = measure_rows  # type: ignore[method-assign]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return False

    def between(self, first: str, then: str) -> bool:
        """Some ``then`` comes after a ``first`` and before the last ``first``."""
        inserts = [n for n, what in enumerate(self.log) if what == first]
        return any(what == then for what in self.log[inserts[0] : inserts[-1]])


def message(i: int) -> ChatMessage:
    return ChatMessage(
        str(i),
        "prism:1",
        Author(f"u{i % 50}", f"User {i % 50}"),
        f"line {i} " * (i % 7 + 1),
        START + timedelta(milliseconds=i),
    )


def shown(qtbot: QtBot) -> tuple[MessageModel, MessageView]:
    return shown_list(qtbot, (600, 400))


def test_a_huge_arrival_goes_in_over_several_turns_and_the_list_paints_between(
    qtbot: QtBot,
) -> None:
    model, view = shown(qtbot)
    turns = Turns(view, model)
    model.enqueue(message(i) for i in range(ARRIVAL))
    qtbot.waitUntil(lambda: model.rowCount() == ARRIVAL and not model.state.queued())
    qtbot.waitUntil(lambda: turns.log[-1] == "paint")
    inserts = turns.log.count("insert")
    assert inserts >= ARRIVAL // ROWS_PER_TURN, "a share of the queue per turn"
    assert turns.between("insert", "paint"), "the list paints before the arrival is all in"
    assert turns.measured_in_insert == 0, "rows are measured in a turn of their own"
    assert turns.log.count("measure") > 0
    assert view.pinned
    bottom = view.visualRect(model.index(ARRIVAL - 1)).bottom()
    assert bottom <= view.viewport().height(), "the newest row is in sight, measured"
    assert view.heights.is_known(ARRIVAL - 1)
    # no pictures drawn of rows the next share replaced: about the last screen only
    in_sight = view.viewport().height() // view.heights.estimate + 1
    assert view.row_images.drawn < 1.5 * in_sight, (view.row_images.drawn, in_sight)
    # nor painted live from them at every share: a frame waits for the next share (up to
    # AHEAD_TURNS turns, so a long arrival still shows it coming)
    assert view.row_images.live <= 2 * in_sight, (view.row_images.live, in_sight)


def test_a_paint_that_comes_first_measures_the_rows_it_shows(qtbot: QtBot) -> None:
    model, view = shown(qtbot)
    model.enqueue(message(i) for i in range(300))
    model.flush()  # inserted now; the measuring turn has not come yet
    assert not view.heights.is_known(299)
    image: Any = view.viewport().grab()  # an expose or a grab paints before it
    assert not image.isNull()
    assert view.heights.is_known(299), "the paint measured the rows in sight first"


def test_the_first_arrival_after_a_pause_goes_in_at_once_and_a_busy_chat_in_batches(
    qtbot: QtBot,
) -> None:
    model, _view = shown(qtbot)
    model.enqueue([message(0)])  # a quiet chat: nothing admitted lately
    assert model._flush_timer.interval() == CONTINUE_MS
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    model.enqueue([message(1)])  # right after a batch: it waits for the rest of BATCH_MS
    assert BATCH_MS - 10 <= model._flush_timer.interval() <= BATCH_MS
    qtbot.waitUntil(lambda: model.rowCount() == 2)
