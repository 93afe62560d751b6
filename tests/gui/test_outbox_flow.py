"""Actions taken while the platform is unreachable wait, and go out once it is back — also
after a restart — without being applied twice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from pytestqt.qtbot import QtBot

from moderator.core.actions import ActionKind
from moderator.core.events import SessionStatus
from moderator.fakelink import connections
from moderator.fakes.prism import PrismFake
from moderator.providers import create_provider
from moderator.storage.outbox import Outbox
from moderator.ui.bridge.controller import StreamController
from moderator.ui.stream.stream_tab import StreamTab
from tests.gui.conftest import Runner, until
from tests.gui.tabkit import current


class Switchable(httpx.AsyncBaseTransport):
    """A real transport to the fake that can be cut like a dropped Wi-Fi link."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.down = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            raise httpx.ConnectError("network is unreachable", request=request)
        return await self.inner.handle_async_request(request)


@pytest.fixture
def fake() -> PrismFake:
    service = PrismFake(seed=4)
    service.add_chatter(20)
    return service


def make_tab(qtbot: QtBot, fake: PrismFake, outbox: Outbox) -> tuple[StreamTab, Switchable]:
    link = Switchable(httpx.ASGITransport(app=fake.app))
    provider = create_provider(connections(fake, "http://prism.test")[0], link)
    provider.poll_interval = 0.05
    controller = StreamController(provider, outbox=outbox)
    controller.session._backoff._cap = 0.2  # retry quickly in tests
    tab = StreamTab(controller)
    qtbot.addWidget(tab)
    return tab, link


def test_a_delete_waits_offline_then_goes_out_once(
    qtbot: QtBot, fake: PrismFake, arun: Runner[Any], tmp_path: Path
) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    tab, link = make_tab(qtbot, fake, outbox)
    model = tab.controller.model

    async def scenario() -> None:
        tab.controller.start()
        await until(lambda: model.rowCount() >= 10, what="the backlog")
        target = model.message(model.rowCount() - 1)
        link.down = True
        tab.controller.act(ActionKind.DELETE, [target])
        await until(lambda: tab.controller.waiting_count() == 1, what="the action to wait")
        assert current(tab, target).is_pending
        assert tab.waiting_label.isVisibleTo(tab)
        assert "goes out when the connection is back" in tab.notice_label.text()
        await until(lambda: tab.controller.status.status is SessionStatus.RETRYING, what="retrying")
        link.down = False
        await until(lambda: current(tab, target).is_deleted, what="delivery")
        assert not fake.message_facts("1001", target.id).exists
        assert tab.controller.waiting_count() == 0
        assert not tab.waiting_label.isVisibleTo(tab)
        await tab.controller.close()

    arun(scenario())


def test_waiting_actions_survive_a_restart(
    qtbot: QtBot, fake: PrismFake, arun: Runner[Any], tmp_path: Path
) -> None:
    path = tmp_path / "outbox.sqlite3"
    first, link = make_tab(qtbot, fake, Outbox(path))

    async def before_restart() -> str:
        first.controller.start()
        await until(lambda: first.controller.model.rowCount() >= 10, what="the backlog")
        target = first.controller.model.message(0)
        link.down = True
        first.controller.act(ActionKind.DELETE, [target])
        first.controller.send("sent while offline")
        await until(lambda: first.controller.waiting_count() == 2, what="two waiting")
        await first.controller.close()
        return target.id

    target_id = arun(before_restart())
    assert fake.message_facts("1001", target_id).exists
    second, _ = make_tab(qtbot, fake, Outbox(path))

    async def after_restart() -> None:
        second.controller.start()
        await until(lambda: second.controller.waiting_count() == 0, what="the outbox to drain")
        await until(
            lambda: "sent while offline" in [m.text for m in second.controller.model.messages()],
            what="the queued send to arrive",
        )
        await second.controller.close()

    arun(after_restart())
    assert not fake.message_facts("1001", target_id).exists
    assert fake.texts("1001").count("sent while offline") == 1
