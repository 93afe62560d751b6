from __future__ import annotations

from datetime import UTC, datetime

import pytest

from moderator.core.buffer import MessageBuffer
from moderator.core.models import Author, ChatMessage

AUTHOR = Author("u1", "User")


def msg(i: int) -> ChatMessage:
    return ChatMessage(str(i), "prism:1", AUTHOR, f"line {i}", datetime(2026, 1, 1, tzinfo=UTC))


def test_fresh_drops_known_ids_and_repeats_within_a_batch() -> None:
    buffer = MessageBuffer(10)
    buffer.append([msg(1), msg(2)])
    assert [m.id for m in buffer.fresh([msg(2), msg(3), msg(3), msg(4)])] == ["3", "4"]


def test_drop_front_keeps_row_lookups_right() -> None:
    buffer = MessageBuffer(5)
    buffer.append([msg(i) for i in range(8)])
    assert buffer.excess() == 3
    dropped = buffer.drop_front(buffer.excess())
    assert [m.id for m in dropped] == ["0", "1", "2"]
    assert len(buffer) == 5
    assert buffer.row_of("3") == 0
    assert buffer.row_of("7") == 4
    assert buffer.row_of("1") is None
    assert "1" not in buffer
    buffer.append([msg(8)])
    assert buffer.row_of("8") == 5


def test_prepend_puts_older_rows_first_and_shifts_the_rest() -> None:
    buffer = MessageBuffer(100)
    buffer.append([msg(i) for i in range(10, 13)])
    buffer.drop_front(1)
    buffer.prepend([msg(1), msg(2)])
    assert [m.id for m in buffer.rows] == ["1", "2", "11", "12"]
    assert [buffer.row_of(i) for i in ("1", "2", "11", "12")] == [0, 1, 2, 3]


def test_replace_keeps_the_row() -> None:
    buffer = MessageBuffer(10)
    buffer.append([msg(1), msg(2)])
    changed = msg(2).with_state()
    buffer.replace(1, changed)
    assert buffer.rows[1] is changed


def test_a_buffer_holds_at_least_one_message() -> None:
    with pytest.raises(ValueError, match="at least one"):
        MessageBuffer(0)
