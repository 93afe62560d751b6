"""Pages cross as columns with times as numbers: every time comes back as the old interning
gave it (in UTC where it can be moved there, as it was where it cannot), columns whose values
are all equal cross as one value, and the GUI's tables stay bounded."""

from __future__ import annotations

import pickle
from dataclasses import fields, replace
from datetime import UTC, datetime, timedelta, timezone

import pytest

from moderator.core.models import Author, ChatMessage, MessageKind, MessageState, in_utc
from moderator.core.provider import Page
from moderator.netproc import rows, wire

ANN = Author("a1", "Ann")
T0 = datetime(2026, 5, 1, 12, 0, 0, 123456, tzinfo=UTC)
ODD = timezone(timedelta(hours=5, minutes=45, seconds=30, microseconds=7))


def crossed(data: object) -> object:
    return pickle.loads(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))


def message(n: int, sent: datetime = T0, **changes: object) -> ChatMessage:
    base = ChatMessage(str(n), "prism:1", ANN, f"line {n}", sent)
    return replace(base, **changes)  # type: ignore[arg-type]


def round_trip(messages: list[ChatMessage], decoder: wire.Decoder | None = None) -> Page:
    page = Page(messages, "c")
    return (decoder or wire.Decoder("prism:1")).page(crossed(wire.encode_page(page)))  # type: ignore[arg-type]


TIMES = [
    T0,
    datetime(2026, 5, 1, 17, 45, 30, 999999, tzinfo=ODD),  # odd offset, to the microsecond
    datetime(2026, 5, 1, 12, 0, 0, 1),  # no zone: read as UTC
    datetime(2199, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),  # the last a float would blur
    datetime(2000, 1, 1, tzinfo=timezone(timedelta(hours=-11))),
    datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),  # before the epoch
    datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))),  # cannot move to UTC: as it was
    datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-3))),
]


@pytest.mark.parametrize("sent", TIMES, ids=str)
def test_a_time_comes_back_as_the_old_interning_gave_it(sent: datetime) -> None:
    try:
        expected = in_utc(sent)
    except (OverflowError, ValueError):
        expected = sent
    for known in (True, False):
        back = round_trip([message(1, sent, time_known=known)]).messages[0]
        assert back.sent_at == expected
        assert back.sent_at.utcoffset() == expected.utcoffset()
        assert back.sent_at.tzinfo is expected.tzinfo or back.sent_at.tzinfo == expected.tzinfo
        assert (back.sent_at.fold, back.time_known) == (expected.fold, known)


def test_times_go_as_whole_microseconds_where_they_can() -> None:
    assert rows.wire_time(T0) == 1777636800123456
    assert rows.wire_time(TIMES[1]) == rows.wire_time(in_utc(TIMES[1]))
    unmovable = TIMES[6]
    assert rows.wire_time(unmovable) is unmovable


def test_equal_instants_at_offsets_that_cannot_move_do_not_share_one() -> None:
    # both before year 1 in UTC
    plus = datetime(1, 1, 1, 3, tzinfo=timezone(timedelta(hours=5)))
    plus_other = datetime(1, 1, 1, 4, tzinfo=timezone(timedelta(hours=6)))
    assert plus == plus_other
    back = round_trip([message(1, plus), message(2, plus_other)]).messages
    assert [m.sent_at.utcoffset() for m in back] == [timedelta(hours=5), timedelta(hours=6)]


def test_a_mixed_page_of_varied_and_equal_columns_comes_back_equal() -> None:
    bob = Author("b2", "Bob", "https://x/b.png")
    varied = [
        message(n, T0 + timedelta(seconds=n % 3), author=bob if n % 2 else ANN) for n in range(7)
    ]
    varied[3] = replace(varied[3], html="<i>x</i>", kind=MessageKind.SYSTEM, thread="t")
    varied[5] = replace(varied[5], state=MessageState.DELETED | MessageState.REMOVED)
    same = [replace(message(n), html="<b>same</b>", thread_label="Room") for n in range(4)]
    for messages in (varied, same, varied[:1], []):
        back = round_trip(messages).messages
        assert back == messages
        for one, two in zip(back, messages, strict=True):
            for field in fields(ChatMessage):
                assert getattr(one, field.name) == getattr(two, field.name), field.name
            assert hash(one) == hash(two)


def test_a_column_of_equal_values_crosses_as_one() -> None:
    authors, columns = wire.encode_messages([message(n) for n in range(5)])
    ids, ats, texts, times, *rest = columns
    assert len(ids) == len(texts) == 5
    assert [len(c) for c in (ats, times, *rest)] == [1] * (2 + len(rest))
    assert authors == [("a1", "Ann", None, ())]


def test_the_tables_of_texts_and_times_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rows, "TEXTS", 50)
    decoder = wire.Decoder("prism:1")
    for page in range(20):
        batch = [message(page * 10 + n, T0 + timedelta(seconds=page * 10 + n)) for n in range(10)]
        assert round_trip(batch, decoder).messages == batch
        assert len(decoder._texts) <= 60 and len(decoder._times) <= 60
