"""A message someone else removed on the platform is its own state: italic, not struck through
like this moderator's deletes, with a tooltip and an audit entry; the moderator's own delete,
echoed back by the platform, stays a plain delete."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from moderator.core.actions import ActionKind
from moderator.core.models import ChatMessage
from moderator.fakes.ibmvideo import IbmVideoFake
from moderator.fakes.ibmvideo.common import stamp
from moderator.ui.messages.delegate import MessageDelegate
from tests.gui.conftest import Runner, until
from tests.gui.tabkit import MemoryAudit, current, open_tab, row_in, select_rows, viewer_rows


def removed_elsewhere(fake: IbmVideoFake, message: ChatMessage) -> None:
    """Another moderator deletes it: the fake does what its delete endpoint does."""
    with fake.lock:
        found = fake.find_message(message.id)
        assert found is not None
        channel, raw = found
        raw.update(type="deleted", deleted_at=stamp(datetime.now(UTC)))
        event = fake.event("message.deleted", channel, message=raw, hard_delete=False)
        fake.hub.publish(channel.cid, event)


def test_removed_on_the_platform_is_not_the_moderators_delete(
    qtbot: QtBot, arun: Runner[Any]
) -> None:
    fake = IbmVideoFake(seed=4)
    fake.add_chatter(20)
    audit = MemoryAudit()
    tab, _ = open_tab(qtbot, fake, arun, rows=10, audit=audit)
    rows = viewer_rows(tab)
    theirs, ours = (tab.controller.model.message(r) for r in rows[-2:])
    removed_elsewhere(fake, theirs)
    select_rows(tab, [rows[-1]])
    tab.perform(ActionKind.DELETE)
    arun(until(lambda: current(tab, theirs).is_deleted, what="the platform's news"))
    arun(until(lambda: current(tab, ours).is_deleted, what="our delete"))
    assert current(tab, theirs).is_removed
    assert not current(tab, ours).is_removed
    model = tab.controller.model
    tip = model.index(row_in(model, theirs.id)).data(Qt.ItemDataRole.ToolTipRole)
    assert "Removed on the platform by someone else" in tip
    delegate = tab.view.itemDelegate()
    assert isinstance(delegate, MessageDelegate)
    font = tab.view.font()
    width = tab.view.viewport().width()
    assert not delegate.layout(current(tab, theirs), font, width).text.font().strikeOut()
    assert delegate.layout(current(tab, ours), font, width).text.font().strikeOut()
    arun(until(lambda: len(audit.records) >= 2, what="the audit"))
    assert [(r.action, r.message_id, r.actor) for r in audit.records if r.result == "seen"] == [
        ("removed on the platform", theirs.id, "someone else")
    ]
    assert audit.results("delete") == ["done"]
    arun(tab.controller.close())
