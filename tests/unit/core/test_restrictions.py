"""What Moderator knows of each author's ban or timeout on one stream: what this moderator did
and saw go through, timeouts ending on their own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from moderator.core.actions import ActionKind
from moderator.core.restrictions import Restrictions, describe
from moderator.errors import PermissionDenied
from tests.unit.core.moderation_kit import Desk, chat

NOON = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = NOON

    def __call__(self) -> datetime:
        return self.now


def test_a_ban_lasts_a_timeout_ends_and_an_unban_lifts_either() -> None:
    clock = Clock()
    known = Restrictions(clock)
    known.apply(ActionKind.BAN, "ann")
    known.apply(ActionKind.TIMEOUT, "bob", timedelta(minutes=10))
    known.apply(ActionKind.DELETE, "cid")  # not an author action: nothing known
    ann, bob = known.of("ann"), known.of("bob")
    assert ann is not None and ann.until is None
    assert bob is not None and bob.until == NOON + timedelta(minutes=10)
    assert known.of("cid") is None
    assert describe(ann, UTC) == "banned"
    assert describe(bob, UTC) == "timed out until 12:10"
    clock.now = NOON + timedelta(minutes=10, seconds=1)
    assert known.of("bob") is None and known.of("ann") is not None
    known.apply(ActionKind.UNBAN, "ann")
    assert known.of("ann") is None


async def test_the_pipeline_learns_only_what_went_through() -> None:
    desk = Desk([chat(1, "ann"), chat(2, "bob")])
    desk.platform.refuse["bob"] = PermissionDenied("not allowed")
    desk.pipeline.act(ActionKind.TIMEOUT, desk.rows.lines, duration=timedelta(hours=1))
    await desk.settle()
    known = desk.pipeline.restrictions.of("ann")
    assert known is not None and known.kind is ActionKind.TIMEOUT
    assert desk.pipeline.restrictions.of("bob") is None
    desk.pipeline.act(ActionKind.UNBAN, desk.rows.lines[:1])
    await desk.settle()
    assert desk.pipeline.restrictions.of("ann") is None


async def test_a_ban_refreshes_every_row_of_the_author_and_no_other() -> None:
    desk = Desk([chat(1, "ann"), chat(2, "bob"), chat(3, "ann")])
    touched: list[str] = []
    change = desk.rows.change_state

    def counted(message_id: str, *args: object, **kwargs: object) -> None:
        touched.append(message_id)
        change(message_id, *args, **kwargs)  # type: ignore[arg-type]

    desk.rows.change_state = counted  # type: ignore[method-assign]
    desk.pipeline.act(ActionKind.BAN, desk.rows.lines[:1])
    await desk.settle()
    assert "3" in touched and "2" not in touched  # its markers are painted anew
