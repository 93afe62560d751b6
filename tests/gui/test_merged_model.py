"""The All streams model takes late arrivals in a handful of inserts, never a reset."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from moderator.core.models import Author, ChatMessage, MessageState
from moderator.core.stream import StreamState
from moderator.ui.messages.merged_model import MAX_RANGES, SUB_SHARE, TURN_BUDGET, MergedModel
from moderator.ui.messages.message_model import ROWS_PER_TURN
from moderator.ui.messages.message_view import MessageView

START = datetime(2026, 1, 1, 12, tzinfo=UTC)


def msg(stream: str, i: int, at: datetime) -> ChatMessage:
    return ChatMessage(
        id=str(i), stream_key=stream, author=Author(f"u{i % 7}", f"User {i % 7}"),
        text=f"line {i}", sent_at=at,
    )  # fmt: skip


class Signals:
    def __init__(self, model: MergedModel) -> None:
        self.inserts: list[tuple[int, int]] = []
        self.removes = 0
        self.resets = 0
        model.rowsInserted.connect(lambda _p, first, last: self.inserts.append((first, last)))
        model.rowsRemoved.connect(lambda *_: setattr(self, "removes", self.removes + 1))
        model.modelReset.connect(lambda: setattr(self, "resets", self.resets + 1))


def prism_rows(model: MergedModel, count: int, seconds: float) -> None:
    """Microsecond-stamped rows over ``seconds``, already in the model."""
    step = seconds / count
    model.enqueue(msg("prism:1", i, START + timedelta(seconds=i * step)) for i in range(count))
    model.flush()


def assert_in_time_order(model: MergedModel) -> None:
    times = [m.sent_at for m in model.messages()]
    assert times == sorted(times)


def test_1000_second_stamped_late_arrivals_take_a_handful_of_inserts(qtbot: QtBot) -> None:
    model = MergedModel()
    view = MessageView(model)
    qtbot.addWidget(view)
    prism_rows(model, 3_000, 3.0)
    signals = Signals(model)
    # a platform with second-precision stamps: its lines of the last 3 s arrive "late"
    late = [msg("allmine:1", i, START + timedelta(seconds=i % 3)) for i in range(1_000)]
    model.enqueue(late)
    model.flush()
    assert model.rowCount() == 4_000
    assert len(signals.inserts) <= 3 and signals.resets == 0 and signals.removes == 0
    assert sum(last - first + 1 for first, last in signals.inserts) == 1_000
    assert_in_time_order(model)
    assert len(view.heights) == model.rowCount()
    late_one = late[500]
    row = model.row_of_key(late_one.stream_key, late_one.id)
    assert row is not None and model.message(row) is late_one


def test_1000_scattered_late_arrivals_go_in_at_a_few_places(qtbot: QtBot) -> None:
    model = MergedModel()
    view = MessageView(model)
    qtbot.addWidget(view)
    prism_rows(model, 2_000, 2.0)
    signals = Signals(model)
    # another microsecond stream 1.5 s behind: its rows fall between PRISM's, each apart
    late = [msg("ibm:1", i, START + timedelta(seconds=0.5005 + i * 0.001)) for i in range(1_000)]
    model.enqueue(late)
    model.flush()
    assert model.rowCount() == 3_000
    assert len(signals.inserts) <= MAX_RANGES and signals.removes == signals.resets == 0
    assert len(view.heights) == model.rowCount()
    rows = [model.row_of_key(m.stream_key, m.id) for m in model.messages()]
    assert rows == list(range(3_000))  # every row found where it is
    prism = [m.sent_at for m in model.messages() if m.stream_key == "prism:1"]
    ibm = [m for m in model.messages() if m.stream_key == "ibm:1"]
    assert prism == sorted(prism) and ibm == late
    # each late row sits at most one of the chosen places below its exact one
    for message in ibm:
        row = model.row_of_key(message.stream_key, message.id)
        assert row is not None
        newer_above = [m for m in model.messages()[:row] if m.sent_at > message.sent_at]
        assert len(newer_above) <= 1_000 // MAX_RANGES + 1


def test_scattered_late_arrivals_near_the_end_replace_the_tail_in_order(qtbot: QtBot) -> None:
    model = MergedModel()
    view = MessageView(model)
    qtbot.addWidget(view)
    prism_rows(model, 2_000, 2.0)
    signals = Signals(model)
    late = [msg("ibm:1", i, START + timedelta(seconds=1.9005 + i * 0.001)) for i in range(50)]
    model.enqueue(late)
    model.flush()
    assert signals.removes == 1 and len(signals.inserts) == 1 and signals.resets == 0
    assert_in_time_order(model)
    assert len(view.heights) == model.rowCount() == 2_050
    rows = [model.row_of_key(m.stream_key, m.id) for m in model.messages()]
    assert rows == list(range(2_050))


def test_older_pages_go_in_above_in_one_insert(qtbot: QtBot) -> None:
    model = MergedModel()
    prism_rows(model, 100, 1.0)
    signals = Signals(model)
    older = [msg("prism:1", 1_000 + i, START - timedelta(seconds=100 - i)) for i in range(50)]
    assert model.prepend(older) == 50
    assert signals.inserts == [(0, 49)] and signals.resets == 0
    assert_in_time_order(model)


def counted_turns(model: MergedModel) -> list[int]:
    """Rows merged in each turn of the model's timer."""
    turns: list[int] = []
    share = model._merge_share

    def one_turn() -> None:
        before = model.rowCount()
        share()
        turns.append(model.rowCount() - before)

    model._merge_timer.timeout.disconnect()
    model._merge_timer.timeout.connect(one_turn)
    return turns


def test_a_burst_from_the_tabs_is_merged_by_shares_one_per_turn(qtbot: QtBot) -> None:
    model = MergedModel(limit=10_000)
    model.clock = lambda: 0.0  # a fast machine: the time budget is never spent
    signals = Signals(model)
    turns = counted_turns(model)
    count = 2 * ROWS_PER_TURN + 5
    model.enqueue(msg("prism:1", i, START + timedelta(seconds=i)) for i in range(count))
    qtbot.waitUntil(lambda: model.rowCount() == count)
    assert turns == [ROWS_PER_TURN, ROWS_PER_TURN, 5]
    assert signals.inserts == [
        (first, min(first + SUB_SHARE, count) - 1) for first in range(0, count, SUB_SHARE)
    ]
    assert_in_time_order(model)


def test_a_slow_merge_stops_the_turn_when_its_time_is_spent(qtbot: QtBot) -> None:
    model = MergedModel(limit=10_000)
    now = [0.0]

    def slow_clock() -> float:  # every share takes longer than a turn's budget
        now[0] += 2 * TURN_BUDGET
        return now[0]

    model.clock = slow_clock
    turns = counted_turns(model)
    count = 3 * SUB_SHARE + 7
    model.enqueue(msg("prism:1", i, START + timedelta(seconds=i)) for i in range(count))
    qtbot.waitUntil(lambda: model.rowCount() == count)
    assert turns == [SUB_SHARE, SUB_SHARE, SUB_SHARE, 7], "one share a turn, then the next turn"
    assert_in_time_order(model)


def test_the_merged_model_follows_a_streams_state_appends_and_changes() -> None:
    state = StreamState(100)
    model = MergedModel(limit=1_000)
    feed = model.follow(state)
    state.offer(msg("prism:1", i, START + timedelta(seconds=i)) for i in range(5))
    state.admit()
    model.flush()
    assert [m.id for m in model.messages()] == ["0", "1", "2", "3", "4"]
    state.prepend([msg("prism:1", 99, START - timedelta(days=1))])  # old chat: not merged
    state.change_many(["3"], add=MessageState.DELETED)
    model.flush()
    assert model.rowCount() == 5 and model.message(3).is_deleted
    state.forget(feed)
    state.offer([msg("prism:1", 7, START + timedelta(seconds=7))])
    state.admit()
    model.flush()
    assert model.rowCount() == 5
