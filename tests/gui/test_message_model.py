from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from moderator.core.models import Author, ChatMessage, MessageState
from moderator.core.stream import StreamState
from moderator.ui.messages.message_model import ROWS_PER_TURN, MessageModel, MessageRole


def msg(i: int, text: str = "hello") -> ChatMessage:
    return ChatMessage(
        id=str(i),
        stream_key="prism:1",
        author=Author(f"u{i % 3}", f"User {i % 3}"),
        text=f"{text} {i}",
        sent_at=datetime(2026, 1, 1, tzinfo=UTC),
    )


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester) -> None:
    model = MessageModel()
    model.enqueue(msg(i) for i in range(20))
    model.flush()
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.enqueue(msg(i) for i in range(20, 30))
    model.flush()
    model.change_state("3", add=MessageState.DELETED)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_arrivals_are_batched_into_one_insert(qtbot: QtBot) -> None:
    model = MessageModel()
    inserts: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserts.append((first, last)))
    for i in range(50):
        model.enqueue([msg(i)])
    assert model.rowCount() == 0
    qtbot.waitUntil(lambda: model.rowCount() == 50)
    assert inserts == [(0, 49)]


def test_duplicates_are_not_inserted_twice() -> None:
    model = MessageModel()
    model.enqueue([msg(1), msg(2), msg(1)])
    model.flush()
    model.enqueue([msg(2)])
    model.flush()
    assert [m.id for m in model.messages()] == ["1", "2"]


def test_state_change_updates_the_row_and_signals() -> None:
    model = MessageModel()
    model.enqueue([msg(1)])
    model.flush()
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    updated = model.change_state("1", add=MessageState.READ)
    assert updated is not None
    assert updated.is_read
    assert model.index(0).data(MessageRole).is_read
    assert changed == [0]
    assert model.change_state("nope", add=MessageState.READ) is None


def test_trim_drops_the_oldest_beyond_the_limit() -> None:
    model = MessageModel(limit=10)
    model.enqueue(msg(i) for i in range(25))
    model.flush()
    assert model.trim() == 15
    assert next(m.id for m in model.messages()) == "15"
    assert model.row_of("24") == 9
    assert model.row_of("3") is None


def test_a_long_queue_goes_in_by_shares_one_per_turn(qtbot: QtBot) -> None:
    """The frame budget: a backlog never makes one insert (and one measuring pass) of
    thousands of rows in a single turn of the GUI loop."""
    model = MessageModel()
    inserts: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserts.append((first, last)))
    model.enqueue(msg(i) for i in range(2 * ROWS_PER_TURN + 7))
    qtbot.waitUntil(lambda: model.rowCount() == 2 * ROWS_PER_TURN + 7)
    share = ROWS_PER_TURN
    assert inserts == [(0, share - 1), (share, 2 * share - 1), (2 * share, 2 * share + 6)]


def test_the_model_follows_changes_made_to_its_state_directly() -> None:
    state = StreamState(5)
    model = MessageModel(state=state)
    trimmed: list[list[str]] = []
    changed: list[tuple[int, int]] = []
    model.rows_trimmed.connect(lambda rows: trimmed.append([m.id for m in rows]))
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    state.offer(msg(i) for i in range(8))
    state.admit()
    assert model.rowCount() == 8 and model.unread_count() == 8
    state.change_many(["4", "6", "5", "1"], add=MessageState.READ)
    # each run of neighbouring rows once: row 1 apart, not a span that takes in 2 and 3
    assert changed == [(1, 1), (4, 6)] and model.unread_count() == 4
    assert model.last_read_row() == 6
    state.trim()
    assert trimmed == [["0", "1", "2"]] and model.rowCount() == 5
    assert model.message(0).id == "3" and model.last_read_row() == 3
