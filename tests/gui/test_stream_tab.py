"""The tab against the PRISM fake through a real httpx transport: menus, keys, and round trips."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from moderator.core.actions import ActionKind
from moderator.core.events import SessionStatus
from moderator.core.models import ChatMessage
from moderator.fakelink import connections
from moderator.fakes.prism import PrismFake
from moderator.providers import create_provider
from moderator.ui.bridge.controller import StreamController
from moderator.ui.stream.stream_tab import StreamTab
from tests.gui.conftest import Runner, until
from tests.gui.tabkit import Gate, current


@pytest.fixture
def fake() -> PrismFake:
    service = PrismFake(seed=3)
    service.add_chatter(30)
    return service


@pytest.fixture
def gate(fake: PrismFake) -> Gate:
    return Gate(httpx.ASGITransport(app=fake.app))


@pytest.fixture
def tab(qtbot: QtBot, fake: PrismFake, gate: Gate, arun: Runner[Any]) -> Iterator[StreamTab]:
    settings = connections(fake, "http://prism.test")[0]
    provider = create_provider(settings, gate)
    provider.poll_interval = 0.05
    controller = StreamController(provider)
    widget = StreamTab(controller)
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.show()

    async def loaded() -> None:
        controller.start()
        await until(lambda: controller.model.rowCount() >= 15, what="the backlog")

    arun(loaded())
    yield widget
    arun(controller.close())


def select(tab: StreamTab, row: int) -> ChatMessage:
    index = tab.controller.model.index(row)
    tab.view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    tab.view.setCurrentIndex(index)
    return tab.controller.model.message(row)


def viewer_row(tab: StreamTab) -> int:
    model = tab.controller.model
    return next(r for r in range(model.rowCount()) if not model.message(r).author.badges)


def test_menu_offers_what_prism_supports_and_explains_the_rest(tab: StreamTab) -> None:
    message = select(tab, viewer_row(tab))
    menu = tab.build_menu([message])
    actions = {a.data(): a for a in menu.actions() if a.data()}
    assert actions[ActionKind.DELETE.value].isEnabled()
    assert actions[ActionKind.BAN.value].isEnabled()
    hard = actions[ActionKind.HARD_DELETE.value]
    assert not hard.isEnabled()
    assert "permanent" in hard.toolTip()
    flag = actions[ActionKind.FLAG.value]
    assert not flag.isEnabled()
    assert "flag" in flag.toolTip().lower()
    read = actions[ActionKind.MARK_READ.value]
    assert read.isEnabled()
    assert "kept on this computer" in read.toolTip()


def test_delete_key_deletes_on_the_platform_and_greys_the_row(
    tab: StreamTab, fake: PrismFake, arun: Runner[Any]
) -> None:
    row = viewer_row(tab)
    message = select(tab, row)
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    model = tab.controller.model

    async def deleted() -> None:
        await until(lambda: current(tab, message).is_deleted, what="the row to be marked deleted")

    arun(deleted())
    assert model.message(row).id == message.id  # the row greyed is the one deleted
    assert not current(tab, message).is_pending
    # by id: the chatter repeats ~25 texts, so a text check passes with the message still there
    assert message.id not in fake.message_ids("1001")
    assert fake.message_facts("1001", message.id).deleted
    others = [m.id for m in model.messages() if not m.is_deleted]
    assert set(others) <= set(fake.message_ids("1001"))


def test_mark_read_shortcut_keeps_read_state_locally(tab: StreamTab, arun: Runner[Any]) -> None:
    row = viewer_row(tab)
    select(tab, row)
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_R)
    model = tab.controller.model

    async def read() -> None:
        await until(lambda: model.message(row).is_read, what="the row to be read")

    arun(read())


def test_failed_delete_rolls_back_with_a_sentence(
    tab: StreamTab, gate: Gate, arun: Runner[Any]
) -> None:
    row = viewer_row(tab)
    message = select(tab, row)
    gate.forbidden = {message.id}  # the platform refuses this account that message
    tab.perform(ActionKind.DELETE)
    model = tab.controller.model

    async def rolled_back() -> None:
        await until(lambda: tab.notice_bar.isVisible(), what="the notice")
        await until(lambda: not model.message(row).is_pending, what="the rollback")

    arun(rolled_back())
    assert not model.message(row).is_deleted
    assert "may not" in tab.notice_label.text()


def test_send_box_round_trip_and_status_line(
    tab: StreamTab, fake: PrismFake, arun: Runner[Any]
) -> None:
    assert tab.controller.status.status is SessionStatus.LIVE
    assert tab.status_label.text().startswith("Live")
    # typed text, then the emoji pasted (QTest cannot type characters outside the BMP)
    QTest.keyClicks(tab.send_box, "hello from the tests")
    tab.send_box.insert(" 👋")
    QTest.keyClick(tab.send_box, Qt.Key.Key_Return)
    model = tab.controller.model

    async def arrived() -> None:
        await until(
            lambda: any(m.text == "hello from the tests 👋" for m in model.messages()),
            what="the echo",
        )

    arun(arrived())
    assert "hello from the tests 👋" in fake.texts("1001")
    assert tab.send_box.text() == ""


def test_health_line_shows_last_message_and_unreadable_ones(
    tab: StreamTab, fake: PrismFake, arun: Runner[Any]
) -> None:
    assert tab.last_label.text().startswith("last message ")
    assert not tab.rejected_label.isVisibleTo(tab)
    with fake.lock:  # the platform sends a message nobody can read, then a good one
        live = fake.lives["1001"]
        fake._next_id += 1
        live.messages.append({"messageId": fake._next_id, "message": "no author at all"})
        fake.post(live, fake.chatter.viewers[0], "after the broken one")
    model = tab.controller.model

    async def skipped() -> None:
        await until(lambda: tab.rejected_label.isVisibleTo(tab), what="the skipped count")
        await until(lambda: model.messages()[-1].text == "after the broken one", what="the next")

    arun(skipped())
    assert tab.rejected_label.text() == "⚠ 1 unreadable message skipped"
