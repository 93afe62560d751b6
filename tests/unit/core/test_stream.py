from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from moderator.core.buffer import BLOCK
from moderator.core.models import Author, ChatMessage, MessageState
from moderator.core.stream import StreamListener, StreamState

AUTHOR = Author("u1", "User")


def msg(i: int | str) -> ChatMessage:
    return ChatMessage(str(i), "prism:1", AUTHOR, f"line {i}", datetime(2026, 1, 1, tzinfo=UTC))


class Recorder(StreamListener):
    def __init__(self, state: StreamState) -> None:
        self.state = state
        self.log: list[tuple[object, ...]] = []

    def waiting(self) -> None:
        self.log.append(("waiting",))

    def inserting(self, first: int, count: int) -> None:
        self.log.append(("inserting", first, count, len(self.state)))

    def inserted(self, first: int, messages: Sequence[ChatMessage]) -> None:
        self.log.append(("inserted", first, [m.id for m in messages], len(self.state)))

    def removing(self, first: int, count: int) -> None:
        self.log.append(("removing", first, count, len(self.state)))

    def removed(self, first: int, dropped: list[ChatMessage]) -> None:
        self.log.append(("removed", first, [m.id for m in dropped], len(self.state)))

    def replaced(self, changes: list[tuple[int, ChatMessage, ChatMessage]]) -> None:
        self.log.append(("replaced", [(row, new.id) for row, _old, new in changes]))


def ids(state: StreamState) -> list[str]:
    return [m.id for m in state.rows]


def test_offered_messages_become_rows_only_when_admitted_and_listeners_hear_before_and_after() -> (
    None
):
    state = StreamState(10)
    heard = Recorder(state)
    state.listen(heard)
    state.offer([msg(1), msg(2)])
    assert len(state) == 0 and state.queued() == 2
    assert state.admit() == [msg(1), msg(2)]
    assert heard.log == [
        ("waiting",),
        ("inserting", 0, 2, 0),
        ("inserted", 0, ["1", "2"], 2),
    ]


def test_admit_takes_at_most_the_budget_and_keeps_the_rest_queued_in_order() -> None:
    state = StreamState(100)
    state.offer(msg(i) for i in range(10))
    assert len(state.admit(4)) == 4
    assert state.queued() == 6
    state.admit(4)
    state.admit(4)
    assert ids(state) == [str(i) for i in range(10)] and state.queued() == 0


def test_duplicates_are_admitted_once() -> None:
    state = StreamState(100)
    state.offer([msg(1), msg(1), msg(2)])
    state.admit(1)
    state.offer([msg(1)])
    state.admit()
    assert ids(state) == ["1", "2"]


def test_row_of_finds_every_row_across_blocks_trims_and_prepends() -> None:
    count = BLOCK * 5 + 3
    state = StreamState(count - 70)
    for start in range(0, count, 37):  # batches that do not line up with the blocks
        state.offer(msg(i) for i in range(start, min(count, start + 37)))
        state.admit()
    state.trim()
    state.prepend([msg(f"old{i}") for i in range(BLOCK + 5)])
    for row, message in enumerate(state.rows):
        assert state.row_of(message.id) == row
    assert state.row_of("0") is None and state.row_of("nope") is None


def test_trim_drops_the_oldest_announces_them_and_remembers_them_as_seen() -> None:
    state = StreamState(3, remember=2)
    heard = Recorder(state)
    state.offer(msg(i) for i in range(6))
    state.admit()
    state.listen(heard)
    assert [m.id for m in state.trim()] == ["0", "1", "2"]
    assert heard.log == [("removing", 0, 3, 6), ("removed", 0, ["0", "1", "2"], 3)]
    assert state.row_of("3") == 0
    # the platform sends a trimmed message again: the session's filter knows it
    assert state.keep_new([msg(2), msg(1), msg(0), msg(9)]) == [msg(0), msg(9)]


def test_the_state_is_the_sessions_duplicate_filter() -> None:
    state = StreamState(10)
    assert state.keep_new([msg(1), msg(2), msg(1)]) == [msg(1), msg(2)]
    assert "1" in state and state.add("3") and not state.add("3")
    state.offer([msg(1), msg(2)])  # seen by the session, not rows yet: admitted
    state.admit()
    assert ids(state) == ["1", "2"]
    assert state.keep_new([msg(2)]) == []


def test_replace_many_tells_one_change_for_the_rows_and_updates_the_queue() -> None:
    state = StreamState(10)
    state.offer(msg(i) for i in range(3))
    state.admit()
    state.offer([msg(7)])
    heard = Recorder(state)
    state.listen(heard)
    read = [msg(i).with_state(MessageState.READ) for i in (2, 0, 7, 8)]
    assert state.replace_many(read) == 3
    assert heard.log == [("replaced", [(0, "0"), (2, "2")])]
    state.admit()
    assert state.rows[3].is_read and state.rows[0].is_read and not state.rows[1].is_read


def test_change_many_sets_flags_on_known_rows() -> None:
    state = StreamState(10)
    state.offer(msg(i) for i in range(3))
    state.admit()
    state.change_many(["1", "5"], add=MessageState.DELETED)
    assert [m.is_deleted for m in state.rows] == [False, True, False]


def test_a_forgotten_listener_hears_nothing() -> None:
    state = StreamState(10)
    heard = Recorder(state)
    state.listen(heard)
    state.forget(heard)
    state.offer([msg(1)])
    state.admit()
    assert heard.log == []


def test_ids_set_aside_are_seen_for_remember_more_then_forgotten_unless_rows() -> None:
    state = StreamState(limit=5, remember=2)
    assert len(state.keep_new([msg("held"), msg("approved"), msg(1)])) == 3
    state.set_aside(["held", "approved"])  # automod holds them: not offered now
    assert state.keep_new([msg("held")]) == []  # a re-sent copy stays out meanwhile
    state.offer([msg(1), msg("approved")])  # approved later: a row after all
    state.admit()
    state.keep_new([msg("x"), msg("y")])
    state.set_aside(["x", "y"])  # two more held: the oldest remembered ones go
    assert "held" not in state  # the index does not keep every held id for good
    assert state.row_of("approved") == 1  # a row is never forgotten
    assert "x" in state and "y" in state
