"""The moderation pipeline without Qt: undo windows, bulk runs, retry, outcomes, the chat line
and the audit record, the way a surface's request travels once the moderator has answered."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from moderator.core.actions import ActionKind
from moderator.core.models import MessageKind, MessageState
from moderator.core.outcome import Outcome
from moderator.core.request import ActionRequest, Ask, Surface, policy
from moderator.errors import PermissionDenied, ProviderUnavailable
from tests.unit.core.moderation_kit import Desk, Platform, chat

PENDING = MessageState.PENDING
DELETED = MessageState.DELETED


def test_every_surface_gets_the_same_policy() -> None:
    for origin in Surface:
        ban = ActionRequest(ActionKind.BAN, [chat(1)], origin=origin)
        assert policy(ban, 5.0).ask is Ask.RESTRICT
        timeout = ActionRequest(ActionKind.TIMEOUT, [chat(1)], origin=origin)
        assert policy(timeout, 5.0).ask is Ask.RESTRICT
        hard = ActionRequest(ActionKind.HARD_DELETE, [chat(1)], origin=origin)
        assert policy(hard, 5.0).ask is Ask.CONFIRM
        delete = policy(ActionRequest(ActionKind.DELETE, [chat(1)], origin=origin), 5.0)
        assert (delete.ask, delete.undo_window) == (Ask.NOTHING, 5.0)
        read = policy(ActionRequest(ActionKind.MARK_READ, [chat(1)], origin=origin), 5.0)
        assert (read.ask, read.undo_window) == (Ask.NOTHING, 0.0)
    assert policy(ActionRequest(ActionKind.DELETE, [chat(1)]), 0.0).undo_window == 0.0


async def test_undo_in_the_window_sends_nothing_and_records_it() -> None:
    desk = Desk([chat(1), chat(2)])
    desk.pipeline.undo_delay = 60
    batch = desk.pipeline.act(ActionKind.DELETE, desk.rows.lines)
    assert batch is not None and batch.waiting
    assert all(PENDING in m.state for m in desk.rows.lines)
    assert desk.heard.names() == ["offered"]
    desk.pipeline.undo(batch)
    await asyncio.wait_for(desk.settle(), 2)  # its task ends now, not after the 60 s window
    assert desk.platform.calls == []
    assert [m.state for m in desk.rows.lines] == [MessageState.NONE] * 2
    assert set(batch.states.values()) == {Outcome.UNDONE}
    assert desk.audit.results("delete") == ["undone", "undone"]
    assert "closed" in desk.heard.names() and "started" not in desk.heard.names()


async def test_send_now_ends_the_window_and_deletes() -> None:
    desk = Desk([chat(1)])
    desk.pipeline.undo_delay = 60
    batch = desk.pipeline.act(ActionKind.DELETE, desk.rows.lines)
    assert batch is not None
    desk.pipeline.send_now(batch)
    await desk.settle()
    assert desk.platform.calls == [("delete", "1")]
    assert desk.rows.state("1") == DELETED
    assert desk.audit.results("delete") == ["done"]
    names = desk.heard.names()
    assert names.index("closed") < names.index("started") < names.index("finished")


async def test_a_ban_bans_each_author_once_and_says_so_in_the_chat() -> None:
    desk = Desk([chat(1, "ann"), chat(2, "ann"), chat(3, "bob")])
    batch = desk.pipeline.submit(
        ActionRequest(ActionKind.TIMEOUT, desk.rows.lines[:], timedelta(minutes=10), "spam")
    )
    assert batch is not None and batch.total == 2
    await desk.settle()
    assert sorted(desk.platform.calls) == [("timeout", "ann"), ("timeout", "bob")]
    lines = [m for m in desk.rows.lines if m.kind is MessageKind.MODERATION]
    assert sorted(m.text for m in lines) == [
        "Ann was timed out for 10 minutes by you",
        "Bob was timed out for 10 minutes by you",
    ]
    assert {m.stream_key for m in lines} == {"test:1"}
    assert [r.detail for r in desk.audit.records] == ["for 10 minutes; reason: spam"] * 2


async def test_a_failed_ban_leaves_no_line_and_says_why() -> None:
    desk = Desk([chat(1, "ann")], Platform({"ann": PermissionDenied("not allowed")}))
    desk.pipeline.act(ActionKind.BAN, desk.rows.lines)
    await desk.settle()
    assert not any(m.kind is MessageKind.MODERATION for m in desk.rows.lines)
    assert desk.rows.state("1") == MessageState.NONE  # the pending mark is gone
    assert desk.audit.results("ban") == ["failed"]
    assert desk.heard.notices()[0].startswith("Could not ban Ann's message:")


async def test_a_bulk_run_ends_each_item_and_retry_sends_only_what_failed() -> None:
    messages = [chat(i) for i in range(10)]
    platform = Platform(
        {"3": PermissionDenied("not allowed"), "7": PermissionDenied("not allowed")}
    )
    desk = Desk(messages, platform)
    batch = desk.pipeline.act(ActionKind.DELETE, messages)
    assert batch is not None
    await desk.settle()
    assert batch.done and [m.id for m in batch.failed()] == ["3", "7"]
    assert batch.summary().startswith("8 deleted, 2 failed: ")
    assert desk.heard.names().count("progressed") == 10
    assert desk.heard.notices() == []  # a bulk run sums up; no sentence per item
    platform.refuse.clear()
    platform.calls.clear()
    again = desk.pipeline.retry_failed(batch)
    assert again is not None
    await desk.settle()
    assert sorted(platform.calls) == [("delete", "3"), ("delete", "7")]
    assert all(DELETED in m.state for m in desk.rows.lines)


async def test_cancel_stops_what_was_not_sent_yet() -> None:
    messages = [chat(i) for i in range(20)]
    desk = Desk(messages)
    batch = desk.pipeline.act(ActionKind.DELETE, messages)
    assert batch is not None
    desk.pipeline.cancel(batch)
    await desk.settle()
    assert set(batch.states.values()) == {Outcome.CANCELLED}
    assert desk.platform.calls == []
    assert not any(PENDING in m.state for m in desk.rows.lines)


async def test_unreachable_without_an_outbox_fails_rather_than_waits() -> None:
    desk = Desk([chat(1)], Platform({"1": ProviderUnavailable("down")}))
    batch = desk.pipeline.act(ActionKind.DELETE, desk.rows.lines)
    assert batch is not None
    await desk.settle()
    assert batch.states["1"] is Outcome.FAILED
    assert desk.rows.state("1") == MessageState.NONE
