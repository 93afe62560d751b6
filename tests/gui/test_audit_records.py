"""What a tab writes to the audit log: one record per batch of reads (not one per message),
the timeout's length and the reason, and the platform account as the moderator."""

from __future__ import annotations

import getpass
from datetime import timedelta
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from moderator.core.actions import ActionKind
from moderator.fakelink import connections
from moderator.fakes.base import FakeService
from moderator.fakes.registry import FAKES
from tests.gui.conftest import Runner, until
from tests.gui.tabkit import MemoryAudit, open_tab, select_rows, viewer_rows


def fake(name: str) -> FakeService:
    service = FAKES[name](seed=6)
    service.add_chatter(80)
    return service


@pytest.mark.parametrize("platform", ["prism", "brilliant"])  # read kept locally / on the site
def test_mark_read_up_to_writes_one_record(qtbot: QtBot, arun: Runner[Any], platform: str) -> None:
    audit = MemoryAudit()
    tab, _ = open_tab(qtbot, fake(platform), arun, rows=20, audit=audit)
    model = tab.controller.model
    select_rows(tab, [15])
    unread = sum(1 for r in range(16) if not model.message(r).is_read)
    assert unread > 1
    tab.actions_.tab_actions["mark_read_up_to"].trigger()

    async def settled() -> None:
        await until(lambda: bool(audit.records), what="the audit record")
        await until(lambda: not any(m.is_pending for m in model.messages()), what="reads done")
        await tab.controller.close()

    arun(settled())
    reads = [r for r in audit.records if r.action == "mark read"]
    assert len(reads) == 1, [r.message_id for r in reads]
    assert reads[0].detail == f"{unread} messages"
    assert reads[0].message_id == model.message(15).id  # the one read up to


def test_timeout_records_its_length_and_reason(qtbot: QtBot, arun: Runner[Any]) -> None:
    audit = MemoryAudit()
    tab, _ = open_tab(qtbot, fake("prism"), arun, rows=20, audit=audit)
    target = tab.controller.model.message(viewer_rows(tab)[0])
    tab.controller.act(
        ActionKind.TIMEOUT, [target], duration=timedelta(minutes=10), reason="spam links"
    )

    async def recorded() -> None:
        await until(lambda: bool(audit.results("timeout")), what="the timeout")
        await tab.controller.close()

    arun(recorded())
    (entry,) = [r for r in audit.records if r.action == "timeout"]
    assert entry.detail == "for 10 minutes; reason: spam links"


@pytest.mark.parametrize("platform", sorted(FAKES))
def test_the_moderator_is_the_platform_account_not_the_os_user(
    qtbot: QtBot, arun: Runner[Any], platform: str
) -> None:
    audit = MemoryAudit()
    service = fake(platform)
    tab, _ = open_tab(qtbot, service, arun, rows=10, audit=audit)
    target = tab.controller.model.message(viewer_rows(tab)[0])
    tab.controller.act(ActionKind.MARK_READ, [target])

    async def recorded() -> None:
        await until(lambda: bool(audit.records), what="the record")
        await tab.controller.close()

    arun(recorded())
    actor = audit.records[0].actor
    assert actor and actor != getpass.getuser()
    settings = connections(service, "http://fake.test")[0]
    if platform == "liveperson":
        assert actor == getattr(settings, "username")  # noqa: B009 - only LivePerson has one


def test_where_the_platform_names_nobody_the_sender_of_our_messages_is_the_moderator(
    qtbot: QtBot, arun: Runner[Any]
) -> None:
    audit = MemoryAudit()
    tab, _ = open_tab(qtbot, fake("prism"), arun, rows=10, audit=audit)
    controller = tab.controller
    assert controller.moderation.actor == "PRISM account"  # nothing known yet: not the OS user
    controller.send("hello chat")

    async def learned() -> None:
        controller.session.poke()
        await until(lambda: controller.moderation.account != "", what="our own name")

    arun(learned())
    controller.model.flush()
    sent = next(m for m in controller.model.messages() if m.text == "hello chat")
    controller.act(ActionKind.MARK_READ, [sent])

    async def recorded() -> None:
        await until(lambda: bool(audit.records), what="the record")
        await controller.close()

    arun(recorded())
    assert audit.records[0].actor == sent.author.name
