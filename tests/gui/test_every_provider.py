"""Every provider through the real tab: each action it supports works against its fake from the
keyboard, each one it lacks is refused with the platform's reason, and nothing is faked."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from moderator.core.actions import ActionKind
from moderator.core.models import Badge, MessageKind
from moderator.core.provider import Capability
from moderator.fakelink import connections
from moderator.fakes.base import FakeService
from moderator.fakes.registry import FAKES
from moderator.providers import create_provider
from moderator.ui.actions.restrict_dialog import RestrictDialog
from moderator.ui.bridge.controller import StreamController
from moderator.ui.stream.stream_tab import StreamTab
from tests.gui.conftest import Runner, until
from tests.gui.tabkit import current

CHECKS = [
    (ActionKind.DELETE, Capability.DELETE),
    (ActionKind.MARK_READ, Capability.MARK_READ),
    (ActionKind.FLAG, Capability.FLAG),
    (ActionKind.TIMEOUT, Capability.TIMEOUT),
]


@pytest.fixture(params=sorted(FAKES))
def fake(request: pytest.FixtureRequest) -> FakeService:
    service = FAKES[request.param](seed=11)
    service.add_chatter(12)
    return service


@pytest.fixture
def tab(qtbot: QtBot, fake: FakeService, arun: Runner[Any]) -> Iterator[StreamTab]:
    provider = create_provider(
        connections(fake, "http://fake.test")[0], httpx.ASGITransport(app=fake.app)
    )
    controller = StreamController(provider)
    widget = StreamTab(controller)
    qtbot.addWidget(widget)
    widget.show()

    async def loaded() -> None:
        controller.start()
        await until(lambda: controller.model.rowCount() >= 3, what="the backlog")

    arun(loaded())
    yield widget
    arun(controller.close())


def pick_viewer_line(tab: StreamTab) -> int:
    model = tab.controller.model
    for row in range(model.rowCount() - 1, -1, -1):
        message = model.message(row)
        if message.kind is MessageKind.CHAT and message.author.badges <= {Badge.VISITOR}:
            index = model.index(row)
            tab.view.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            return row
    raise AssertionError("no viewer line to act on")


@pytest.mark.parametrize(("kind", "capability"), CHECKS)
def test_action_from_the_tab_reaches_the_platform_or_is_explained(
    tab: StreamTab, fake: FakeService, arun: Runner[Any], kind: ActionKind, capability: Capability
) -> None:
    row = pick_viewer_line(tab)
    model = tab.controller.model
    message = model.message(row)
    stream = tab.controller.provider.stream.stream_id
    supported = capability in tab.controller.provider.capabilities
    tab.shortcut_actions[kind].trigger()
    if kind is ActionKind.TIMEOUT and supported:
        dialog = tab.actions_.dialog  # the timeout asks how long first: Enter takes 10 min
        assert isinstance(dialog, RestrictDialog)
        assert tab.controller.provider.display_name in dialog.question.text()
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    async def settled() -> None:
        await until(lambda: not current(tab, message).is_pending, what="the action")

    arun(settled())
    after = current(tab, message)
    if not supported and kind is not ActionKind.MARK_READ:
        assert tab.notice_bar.isVisibleTo(tab)
        assert tab.notice_label.text() == tab.controller.provider.unsupported_reason(capability)
        return
    assert not tab.notice_bar.isVisibleTo(tab), tab.notice_label.text()
    facts = fake.message_facts(stream, message.id)
    if kind is ActionKind.DELETE:
        assert after.is_deleted
        assert facts.deleted or not facts.exists
    elif kind is ActionKind.MARK_READ:
        assert after.is_read
        assert facts.read == supported
    elif kind is ActionKind.FLAG:
        assert facts.flagged
    elif kind is ActionKind.TIMEOUT:
        assert fake.restriction(stream, message.author.id) == "timeout"
