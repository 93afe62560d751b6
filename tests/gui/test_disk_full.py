"""A full disk while the platform is unreachable loses no delete: the tab says it could not save
and retries, the delete stays pending, is saved once there is room, and goes out once (finding
11). The full disk is SQLite's ``max_page_count``: deterministic, no tmpfs needed."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from moderator.core.actions import ActionKind
from moderator.core.events import SessionStatus
from moderator.fakes.prism import PrismFake
from moderator.storage.audit import AuditLog
from moderator.storage.outbox import Outbox
from moderator.storage.read_state import ReadState
from moderator.ui.stream.stream_tab import StreamTab
from tests.diskfull import fill_up, make_room
from tests.gui.conftest import Runner, until
from tests.gui.message_mock import MessageMock
from tests.gui.tabkit import current, open_tab, viewer_rows


@pytest.fixture
def fake() -> PrismFake:
    service = PrismFake(seed=4, lives=1)
    service.add_chatter(30)
    return service


def outbox_of(tab: StreamTab) -> Outbox:
    outbox = tab.controller.outbox
    assert isinstance(outbox, Outbox)
    return outbox


def test_a_full_disk_keeps_the_delete_pending_says_so_and_saves_it_later(
    qtbot: QtBot, fake: PrismFake, arun: Runner[Any], tmp_path: Path, message_mock: MessageMock
) -> None:
    audit = AuditLog(tmp_path / "audit.sqlite3")
    tab, gate = open_tab(qtbot, fake, arun, rows=20, outbox_path=tmp_path / "outbox.sqlite3")
    controller = tab.controller
    controller.moderation.audit = audit
    controller.moderation.writes.retry_after = 0.05
    outbox = outbox_of(tab)
    target = controller.model.message(viewer_rows(tab)[-1])

    async def scenario() -> None:
        gate.down = True
        await until(lambda: controller.status.status is SessionStatus.RETRYING, what="offline")
        fill_up(outbox._db.connection, "outbox")
        fill_up(audit._db.connection, "audit")
        controller.act(ActionKind.DELETE, [target])
        await until(lambda: message_mock.told("disk full; retrying"), what="the notice")
        told = [m for m in message_mock.messages if "disk full" in m.text]
        assert {m.stream for m in told} == {target.stream_key}, "about this stream, in its tab"
        assert current(tab, target).is_pending, "the delete stays pending in the tab"
        assert outbox.waiting(target.stream_key) == [] and audit.recent(platform="PRISM") == []
        await asyncio.sleep(0.2)  # a few failed retries: still nothing lost
        assert len(controller.moderation.writes) == 2
        make_room(outbox._db.connection)
        make_room(audit._db.connection)
        await until(lambda: controller.waiting_count() == 1, what="the delete saved")
        await until(lambda: "Saved to disk again" in tab.notice_label.text(), what="saved")
        assert [r.result for r in audit.recent(platform="PRISM")] == ["waiting"]
        gate.down = False
        await until(lambda: current(tab, target).is_deleted, what="delivery")
        assert not fake.message_facts("1001", target.id).exists
        assert controller.waiting_count() == 0
        assert sorted(r.result for r in audit.recent(platform="PRISM")) == ["done", "waiting"]
        await controller.close()

    arun(scenario())
    assert [m for m, _ in gate.requests].count("DELETE") == 1, "sent exactly once"
    audit.close()


def test_a_full_disk_during_the_undo_window_still_sends_the_delete(
    qtbot: QtBot, fake: PrismFake, arun: Runner[Any], tmp_path: Path
) -> None:
    tab, _ = open_tab(qtbot, fake, arun, rows=20, outbox_path=tmp_path / "outbox.sqlite3")
    controller = tab.controller
    controller.undo_delay = 0.3
    controller.moderation.writes.retry_after = 0.05
    outbox = outbox_of(tab)
    target = controller.model.message(viewer_rows(tab)[-1])

    async def scenario() -> None:
        fill_up(outbox._db.connection, "outbox")
        controller.act(ActionKind.DELETE, [target])
        await until(lambda: "disk full; retrying" in tab.notice_label.text(), what="the notice")
        await until(lambda: current(tab, target).is_deleted, what="the delete after the window")
        assert len(controller.moderation.writes) == 0, "a hold no longer needed is dropped"
        make_room(outbox._db.connection)
        rows = outbox._db.connection.execute(
            "SELECT state FROM outbox WHERE stream_key = ?", (target.stream_key,)
        ).fetchall()
        assert rows == [], "nothing held is left behind"
        await controller.close()

    arun(scenario())
    assert not fake.message_facts("1001", target.id).exists


def test_a_message_sent_offline_on_a_full_disk_is_kept_and_goes_out_once(
    qtbot: QtBot, fake: PrismFake, arun: Runner[Any], tmp_path: Path
) -> None:
    tab, gate = open_tab(qtbot, fake, arun, rows=20, outbox_path=tmp_path / "outbox.sqlite3")
    controller = tab.controller
    controller.moderation.writes.retry_after = 0.05
    outbox = outbox_of(tab)
    text = "kept despite the full disk"

    async def scenario() -> None:
        gate.down = True
        await until(lambda: controller.status.status is SessionStatus.RETRYING, what="offline")
        fill_up(outbox._db.connection, "outbox")
        controller.send(text)
        await until(lambda: "disk full" in tab.notice_label.text(), what="the notice")
        assert controller.waiting_count() == 0
        make_room(outbox._db.connection)
        await until(lambda: controller.waiting_count() == 1, what="the message saved")
        gate.down = False
        await until(lambda: text in [m.text for m in controller.model.messages()], what="sent")
        await until(lambda: controller.waiting_count() == 0, what="the outbox drained")
        await controller.close()

    arun(scenario())
    assert fake.texts("1001").count(text) == 1


def test_read_marks_on_a_full_disk_are_kept_and_saved_later(
    qtbot: QtBot, fake: PrismFake, arun: Runner[Any], tmp_path: Path
) -> None:
    read_state = ReadState(tmp_path / "read_state.sqlite3")
    tab, _ = open_tab(qtbot, fake, arun, rows=20, read_state=read_state)
    controller = tab.controller
    controller.moderation.writes.retry_after = 0.05
    messages = controller.model.messages()[:3]
    ids = [m.id for m in messages]
    key = controller.provider.stream.key

    async def scenario() -> None:
        fill_up(read_state._db.connection, "read_state")
        controller.act(ActionKind.MARK_READ, messages)  # raised OperationalError before
        assert all(current(tab, m).is_read for m in messages)
        await until(lambda: "disk full; retrying" in tab.notice_label.text(), what="the notice")
        assert read_state.read_among(key, ids) == set()
        controller.act(ActionKind.MARK_UNREAD, messages[:1])  # waits behind the marks
        make_room(read_state._db.connection)
        await until(lambda: read_state.read_among(key, ids) == set(ids[1:]), what="saved")
        await until(lambda: len(controller.moderation.writes) == 0, what="all saved")
        assert read_state.read_among(key, ids) == set(ids[1:]), "in the order they were made"
        await controller.close()

    arun(scenario())
    read_state.close()
