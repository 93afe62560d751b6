"""The Allmine paging cursor as a pure state machine, over a list that changes between reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from moderator.providers.allmine.paging import OVERLAP, Cursor, Mark, Order, Seen, detect_order

T0 = datetime(2026, 1, 15, 10, 30, tzinfo=UTC)


class Chat:
    """A chat list served page by page in either order, like the platform does."""

    def __init__(self, order: Order, spacing: timedelta = timedelta(milliseconds=300)) -> None:
        self.order = order
        self.spacing = spacing
        self.items: list[Seen] = []

    def say(self, count: int, *, step: timedelta | None = None) -> None:
        for _ in range(count):
            last = self.items[-1].at if self.items else T0
            self.items.append(
                Seen(f"m{len(self.items):04d}", last + (self.spacing if step is None else step))
            )

    def page(self, number: int, limit: int) -> tuple[list[Seen], bool, int]:
        ordered = self.items[::-1] if self.order == "desc" else self.items
        pages = -(-len(ordered) // limit)
        return ordered[(number - 1) * limit : number * limit], number < pages, pages


def fetch(
    chat: Chat, cursor: Cursor, *, limit: int, budget: int, between: int = 0
) -> tuple[list[Seen], Cursor, bool]:
    """One client fetch: up to ``budget`` pages, ``between`` new messages after each read."""
    got: list[Seen] = []
    number: int | None = cursor.first_page()
    for _ in range(budget):
        assert number is not None
        items, has_next, pages = chat.page(number, limit)
        chat.say(between)
        step = cursor.step(number, items, has_next=has_next, total_pages=pages)
        got += step.fresh
        cursor = Cursor.load(step.cursor.dump())  # every cursor survives its string form
        number = step.next_page
        if number is None:
            return got, cursor, False
    return got, cursor, True


@pytest.mark.parametrize("order", ["desc", "asc"])
@pytest.mark.parametrize("between", [0, 1, 3, 7])
@pytest.mark.parametrize("spacing_ms", [5, 300])
def test_nothing_skipped_nothing_repeated_while_chat_moves(
    order: Order, between: int, spacing_ms: int
) -> None:
    chat = Chat(order, timedelta(milliseconds=spacing_ms))
    chat.say(12)
    first, cursor, _ = fetch(chat, Cursor(), limit=5, budget=3)
    # the backlog is the page holding the newest messages: 5 newest first, the short last page
    assert {s.id for s in first} == {s.id for s in chat.items[7 if order == "desc" else 10 :]}
    start = len(chat.items) - len(first)
    chat.say(23)
    got: list[Seen] = []
    for _ in range(40):
        more_items, cursor, more = fetch(chat, cursor, limit=5, budget=2, between=between)
        got += more_items
        if not more and not between:
            break
    quiet = 0
    while quiet < 2:  # the chat calms down: what came during the last walks arrives now
        tail, cursor, more = fetch(chat, cursor, limit=5, budget=50)
        got += tail
        quiet = quiet + 1 if not tail and not more else 0
    ids = [s.id for s in first + got]
    assert len(ids) == len(set(ids)), "a message came twice"
    assert set(ids) == {s.id for s in chat.items[start:]}, "a message was skipped"


def test_first_read_of_an_oldest_first_chat_is_its_last_page() -> None:
    chat = Chat("asc")
    chat.say(12)
    got, cursor, more = fetch(chat, Cursor(), limit=5, budget=3)
    assert [s.id for s in got] == ["m0010", "m0011"]
    assert (cursor.order, cursor.page, more) == ("asc", 3, False)


def test_messages_within_one_millisecond_are_told_apart_by_id() -> None:
    chat = Chat("desc")
    chat.say(3, step=timedelta(0))
    first, cursor, _ = fetch(chat, Cursor(), limit=5, budget=3)
    chat.say(2, step=timedelta(0))  # same date as the mark
    second, _, _ = fetch(chat, cursor, limit=5, budget=3)
    assert len(first) == 3
    assert [s.id for s in second] == ["m0004", "m0003"]


def test_a_message_stored_late_within_the_overlap_is_caught_once() -> None:
    mark = Mark().advance([Seen("a", T0), Seen("b", T0 + timedelta(seconds=1))])
    late = Seen("late", T0 + timedelta(milliseconds=500))
    assert mark.fresh([late, Seen("a", T0)]) == [late]
    assert mark.advance([late]).fresh([late]) == []
    assert mark.fresh([Seen("old", T0 - OVERLAP)]) == []


def test_order_is_told_from_dates_or_left_open() -> None:
    one, two = Seen("1", T0), Seen("2", T0 + timedelta(seconds=1))
    assert detect_order([two, one]) == "desc"
    assert detect_order([one, two]) == "asc"
    assert detect_order([one]) is None
    assert detect_order([one, one]) is None
    # within one millisecond the ObjectId (seconds, then a counter) tells the order
    assert detect_order([Seen("b", T0), Seen("a", T0)]) == "desc"


@pytest.mark.parametrize("text", ["", "not json", '{"v": 99}', '{"v": 1, "o": "sideways"}', "[]"])
def test_an_unreadable_cursor_starts_over(text: str) -> None:
    assert Cursor.load(text, order="asc") == Cursor(order="asc")
