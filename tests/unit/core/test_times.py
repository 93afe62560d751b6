"""Impossible message times are caught where messages are made, never shown as if true."""

from __future__ import annotations

import gc
from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import TypeAdapter

from moderator.core.models import EARLIEST, LATEST, checked_time

ARRIVED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
HOSTILE = [
    datetime(1, 1, 1, tzinfo=UTC),  # Go's zero time
    datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))),
    datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-12))),
    datetime(1970, 1, 1, tzinfo=UTC),  # a zero Unix stamp
    datetime(3000, 1, 1, tzinfo=UTC),
]


@pytest.mark.parametrize("moment", HOSTILE, ids=str)
def test_an_impossible_time_becomes_the_arrival_time_marked_unknown(moment: datetime) -> None:
    assert checked_time(moment, ARRIVED) == (ARRIVED, False)


def test_a_missing_time_is_unknown_too() -> None:
    assert checked_time(None, ARRIVED) == (ARRIVED, False)


def test_an_impossible_time_with_no_arrival_time_falls_back_to_now() -> None:
    sent_at, known = checked_time(datetime(1, 1, 1, tzinfo=UTC))
    assert not known
    assert abs(sent_at - datetime.now(UTC)) < timedelta(minutes=1)


def test_a_real_time_is_kept_as_the_same_instant() -> None:
    moment = datetime(2015, 8, 30, 18, 8, tzinfo=timezone(timedelta(hours=3)))
    sent_at, known = checked_time(moment, ARRIVED)
    assert known
    assert sent_at == moment and sent_at.tzinfo is UTC  # the same instant, in the shared UTC


def test_a_time_without_zone_is_read_as_utc() -> None:
    assert checked_time(datetime(2026, 1, 15, 10, 30), ARRIVED) == (
        datetime(2026, 1, 15, 10, 30, tzinfo=UTC),
        True,
    )


def test_every_kept_time_can_be_shown_in_any_zone() -> None:
    for edge in (EARLIEST, LATEST):
        for hours in (-12, 14):
            edge.astimezone(timezone(timedelta(hours=hours)))


@pytest.mark.parametrize("written", ["2026-03-01T12:00:00Z", "2026-03-01T21:00:00+09:00"])
def test_a_parsed_time_shares_one_utc_zone_not_an_object_per_message(written: str) -> None:
    """pydantic gives each parsed time its own zone object, tracked by the collector: 100k
    buffered messages made 100k more objects for every old-generation collection to walk."""
    parsed = TypeAdapter(datetime).validate_python(written)
    assert parsed.tzinfo is not UTC and gc.is_tracked(parsed.tzinfo)
    sent_at, known = checked_time(parsed)
    assert known and sent_at == parsed and sent_at.tzinfo is UTC
