"""The moderation pipeline with its outbox, without Qt: an unreachable platform queues the action
once, a crash in the undo window loses nothing, a later delivery that finds the work already
done sends nothing twice, and read state stays on this computer where the platform has none."""

from __future__ import annotations

import asyncio
from pathlib import Path

from moderator.core.actions import ActionKind
from moderator.core.delivery import deliver
from moderator.core.models import MessageKind, MessageState
from moderator.core.outcome import Outcome
from moderator.errors import ProviderUnavailable
from moderator.storage.outbox import Outbox
from moderator.storage.read_state import ReadState
from tests.unit.core.moderation_kit import Desk, Platform, chat
from tests.unit.storage.test_outbox_durable import gone_pid

STREAM = "test:1"


def never(_text: str, _since: float) -> bool:
    return False


async def test_unreachable_queues_once_and_stays_pending(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    desk = Desk([chat(1)], Platform({"1": ProviderUnavailable("down")}), outbox=outbox)
    batch = desk.pipeline.act(ActionKind.DELETE, desk.rows.lines)
    assert batch is not None
    await desk.settle()
    assert batch.states["1"] is Outcome.WAITING
    assert [(e.kind, e.message and e.message.id) for e in outbox.waiting(STREAM)] == [
        ("delete", "1")
    ]
    assert desk.rows.state("1") == MessageState.PENDING  # until the outbox delivers it
    assert desk.audit.results("delete") == ["waiting"]
    assert "waits and goes out when the connection is back" in desk.heard.notices()[0]
    assert "queued" in desk.heard.names()


async def test_a_delivery_later_confirms_the_row_and_records_once(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    platform = Platform({"ann": ProviderUnavailable("down")})
    desk = Desk([chat(1, "ann")], platform, outbox=outbox)
    desk.pipeline.act(ActionKind.BAN, desk.rows.lines)
    await desk.settle()
    platform.refuse.clear()
    (entry,) = outbox.waiting(STREAM)
    delivery = await deliver(platform, outbox, entry, already_arrived=never)
    desk.pipeline.delivered(delivery)
    assert platform.calls == [("ban", "ann")]
    assert desk.rows.state("1") == MessageState.NONE
    assert [m.text for m in desk.rows.lines if m.kind is MessageKind.MODERATION] == [
        "Ann was banned by you"
    ]
    assert desk.audit.results("ban") == ["waiting", "done"]
    assert outbox.waiting(STREAM) == []


async def test_a_delete_the_platform_already_reported_gone_is_not_sent_again(
    tmp_path: Path,
) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    platform = Platform({"1": ProviderUnavailable("down")})
    desk = Desk([chat(1)], platform, outbox=outbox)
    desk.pipeline.act(ActionKind.DELETE, desk.rows.lines)
    await desk.settle()
    platform.refuse.clear()
    (entry,) = outbox.waiting(STREAM)
    delivery = await deliver(
        platform,
        outbox,
        entry,
        already_arrived=lambda _t, _s: False,
        already_gone={"1"}.__contains__,
    )
    desk.pipeline.delivered(delivery)
    assert platform.calls == []  # it went through the first time; its answer was lost
    assert desk.rows.state("1") == MessageState.DELETED
    assert desk.audit.results("delete") == ["waiting", "done"]


async def test_a_crash_in_the_undo_window_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    crashed = Outbox(path, pid=gone_pid())
    desk = Desk([chat(1), chat(2)], outbox=crashed)
    desk.pipeline.undo_delay = 60
    desk.pipeline.act(ActionKind.DELETE, desk.rows.lines)  # and Moderator ends here
    for task in desk.tasks:
        task.cancel()
    await asyncio.gather(*desk.tasks, return_exceptions=True)
    assert desk.platform.calls == []
    restarted = Desk([chat(1), chat(2)], outbox=Outbox(path))
    held = restarted.pipeline.held_from_before()
    assert sorted(e.message.id for e in held if e.message) == ["1", "2"]
    restarted.pipeline.resolve_held(held, send=True)
    assert restarted.audit.results("delete") == ["released", "released"]
    assert len(Outbox(path).waiting(STREAM)) == 2
    assert restarted.heard.names() == ["queued", "stored"]  # the stream delivers them now


async def test_an_undone_window_leaves_nothing_held(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    desk = Desk([chat(1)], outbox=Outbox(path, pid=gone_pid()))
    desk.pipeline.undo_delay = 60
    batch = desk.pipeline.act(ActionKind.DELETE, desk.rows.lines)
    assert batch is not None
    assert len(Outbox(path).held_from_before(STREAM)) == 1
    desk.pipeline.undo(batch)
    await desk.settle()
    assert Outbox(path).held_from_before(STREAM) == []
    assert Outbox(path).waiting(STREAM) == []


async def test_read_state_stays_on_this_computer_where_the_platform_has_none(
    tmp_path: Path,
) -> None:
    read_state = ReadState(tmp_path / "read.sqlite3")
    desk = Desk([chat(i) for i in range(3)], read_state=read_state)
    assert desk.pipeline.act(ActionKind.MARK_READ, desk.rows.lines) is None
    assert all(m.is_read for m in desk.rows.lines)
    assert read_state.read_among(STREAM, ["0", "1", "2"]) == {"0", "1", "2"}
    assert desk.audit.results("mark read") == ["local"]  # one record for the three
    assert desk.platform.calls == []


async def test_a_message_removed_on_the_platform_by_someone_else_is_its_own_state() -> None:
    desk = Desk([chat(1), chat(2), chat(3)])
    desk.pipeline.undo_delay = 60
    desk.pipeline.act(ActionKind.DELETE, desk.rows.lines[1:2])  # ours, in its window
    desk.pipeline.removed_on_platform("1")  # someone else's
    desk.pipeline.removed_on_platform("2")  # the platform's news of ours
    desk.pipeline.removed_on_platform("99")  # a row no longer shown
    assert desk.rows.state("1") == MessageState.DELETED | MessageState.REMOVED
    assert MessageState.REMOVED not in desk.rows.state("2")
    assert desk.rows.state("3") == MessageState.NONE
    (record,) = desk.audit.records
    assert (record.action, record.message_id, record.result) == (
        "removed on the platform",
        "1",
        "seen",
    )
    assert record.actor == "someone else"
    desk.pipeline.removed_on_platform("1")  # told twice: one record
    assert len(desk.audit.records) == 1
    for task in desk.tasks:
        task.cancel()
