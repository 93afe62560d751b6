"""Exactly once, through the real controller and outbox: an action whose answer was lost is not
applied a second time, and one that never reached the platform still goes out.

Counted at the fake: by the moderator's own lines in its store and by its log of the requests it
applied (``FakeService.requests``), not by what the client believed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytestqt.qtbot import QtBot

from moderator.core.actions import ActionKind
from moderator.core.events import SessionStatus
from moderator.core.models import ChatMessage
from moderator.fakelink import connections
from moderator.fakes.chatter import Viewer
from moderator.fakes.faults import FaultKind, FaultPlan
from moderator.fakes.prism import MODERATOR, PrismFake
from moderator.providers import create_provider
from moderator.storage.outbox import Outbox
from moderator.ui.bridge.controller import StreamController
from tests.gui.conftest import Runner, until
from tests.gui.message_mock import MessageMock
from tests.gui.tabkit import current_in
from tests.gui.test_outbox_flow import Switchable

LIVE = "1001"
VIEWER = Viewer("v-gg", "Someone else", "viewer")


class OnNext(FaultPlan):
    """One fault, on the next request that ``wanted(method, path)`` picks; then none."""

    def __init__(self, kind: FaultKind, wanted: Callable[[str, str], bool]) -> None:
        super().__init__(rate=0.0, kinds=frozenset({kind}), delay=0.05)
        self.kind = kind
        self.wanted = wanted
        self.fired = 0

    def choose(self, path: str, method: str = "GET") -> FaultKind | None:
        if self.fired or not self.wanted(method, path):
            return None
        self.fired += 1
        self.injected[self.kind] += 1
        return self.kind


@pytest.fixture
def fake() -> PrismFake:
    service = PrismFake(seed=4)
    service.add_chatter(20)
    return service


def controller_for(fake: PrismFake, outbox: Outbox) -> tuple[StreamController, Switchable]:
    link = Switchable(httpx.ASGITransport(app=fake.app))
    provider = create_provider(connections(fake, "http://prism.test")[0], link)
    provider.poll_interval = 0.05
    controller = StreamController(provider, outbox=outbox)
    controller.session._backoff._cap = 0.2  # retry quickly in tests
    return controller, link


def own_lines(fake: PrismFake, text: str) -> int:
    with fake.lock:
        messages = fake.lives[LIVE].messages
        return sum(1 for m in messages if m["message"] == text and m["authorId"] == MODERATOR.id)


async def outage(controller: StreamController, link: Switchable) -> None:
    """The network goes away long enough for the session to notice, then comes back."""
    link.down = True
    await until(lambda: controller.status.status is SessionStatus.RETRYING, what="retrying")
    link.down = False
    await until(lambda: controller.status.status is SessionStatus.LIVE, what="live again")


def test_a_send_whose_answer_was_lost_is_not_sent_again(
    qtbot: QtBot, fake: PrismFake, arun: Runner[Any], tmp_path: Path
) -> None:
    controller, link = controller_for(fake, Outbox(tmp_path / "outbox.sqlite3"))
    text = "answer lost, sent once"

    async def scenario() -> None:
        controller.start()
        await until(lambda: controller.model.rowCount() >= 10, what="the backlog")
        fake.faults = OnNext(FaultKind.LOST, lambda method, path: method == "PUT")
        controller.send(text)
        await until(lambda: controller.waiting_count() == 1, what="the send to wait")
        assert own_lines(fake, text) == 1  # the platform has it; the client does not know
        await outage(controller, link)
        await until(lambda: controller.waiting_count() == 0, what="the outbox to settle")
        await until(lambda: text in [m.text for m in controller.model.messages()], what="echo")
        await controller.close()

    arun(scenario())
    assert own_lines(fake, text) == 1
    assert fake.requests.count("PUT", f"/live/{LIVE}/chat") == 1


def test_a_viewers_identical_line_does_not_stop_a_send_that_never_went_out(
    qtbot: QtBot, fake: PrismFake, arun: Runner[Any], tmp_path: Path
) -> None:
    controller, link = controller_for(fake, Outbox(tmp_path / "outbox.sqlite3"))

    async def scenario() -> None:
        controller.start()
        await until(lambda: controller.model.rowCount() >= 10, what="the backlog")
        with fake.lock:  # someone else says it just before the moderator does
            fake.post(fake.lives[LIVE], VIEWER, "GG")
        await until(lambda: "GG" in [m.text for m in controller.model.messages()], what="GG")
        link.down = True
        controller.send("GG")
        await until(lambda: controller.waiting_count() == 1, what="the send to wait")
        with fake.lock:  # and again while the moderator's GG waits
            fake.post(fake.lives[LIVE], VIEWER, "GG")
        await until(lambda: controller.status.status is SessionStatus.RETRYING, what="retrying")
        link.down = False
        await until(lambda: controller.waiting_count() == 0, what="the outbox to settle")
        await until(lambda: own_lines(fake, "GG") == 1, what="the moderator's GG")
        await controller.close()

    arun(scenario())
    assert own_lines(fake, "GG") == 1
    assert fake.texts(LIVE).count("GG") == 3


def last_chat(controller: StreamController) -> ChatMessage:
    rows = controller.model.messages()
    return next(m for m in reversed(rows) if m.author.id != MODERATOR.id)


def test_a_delete_whose_answer_was_lost_is_applied_once_and_confirmed(
    qtbot: QtBot, fake: PrismFake, arun: Runner[Any], tmp_path: Path
) -> None:
    controller, link = controller_for(fake, Outbox(tmp_path / "outbox.sqlite3"))
    target: list[ChatMessage] = []

    async def scenario() -> None:
        controller.start()
        await until(lambda: controller.model.rowCount() >= 10, what="the backlog")
        target.append(last_chat(controller))
        fake.faults = OnNext(FaultKind.LOST, lambda method, path: method == "DELETE")
        controller.act(ActionKind.DELETE, target)
        await until(lambda: controller.waiting_count() == 1, what="the delete to wait")
        await outage(controller, link)
        await until(lambda: current_in(controller.model, target[0].id).is_deleted, what="confirmed")
        assert controller.waiting_count() == 0
        await controller.close()

    arun(scenario())
    assert not fake.message_facts(LIVE, target[0].id).exists
    assert fake.requests.count("DELETE", f"/chat/{target[0].id}") == 1


def test_a_waiting_delete_the_platform_applies_twice_is_done_not_failed(
    qtbot: QtBot, fake: PrismFake, arun: Runner[Any], tmp_path: Path, message_mock: MessageMock
) -> None:
    controller, link = controller_for(fake, Outbox(tmp_path / "outbox.sqlite3"))
    target: list[ChatMessage] = []

    async def scenario() -> None:
        controller.start()
        await until(lambda: controller.model.rowCount() >= 10, what="the backlog")
        target.append(last_chat(controller))
        link.down = True
        controller.act(ActionKind.DELETE, target)
        await until(lambda: controller.waiting_count() == 1, what="the delete to wait")
        fake.faults = OnNext(FaultKind.TWICE, lambda method, path: method == "DELETE")
        await until(lambda: controller.status.status is SessionStatus.RETRYING, what="retrying")
        link.down = False
        await until(lambda: current_in(controller.model, target[0].id).is_deleted, what="confirmed")
        assert controller.waiting_count() == 0
        await controller.close()

    arun(scenario())
    assert not message_mock.told("Could not"), message_mock.texts()
    assert fake.requests.count("DELETE", f"/chat/{target[0].id}") == 1


def test_a_ban_whose_answer_was_lost_ends_banned_and_is_not_repeated_once_confirmed(
    qtbot: QtBot, fake: PrismFake, arun: Runner[Any], tmp_path: Path
) -> None:
    controller, link = controller_for(fake, Outbox(tmp_path / "outbox.sqlite3"))
    target: list[ChatMessage] = []

    async def scenario() -> None:
        controller.start()
        await until(lambda: controller.model.rowCount() >= 10, what="the backlog")
        target.append(last_chat(controller))
        fake.faults = OnNext(FaultKind.LOST, lambda method, path: "/ban/" in path)
        controller.act(ActionKind.BAN, target)
        await until(lambda: controller.waiting_count() == 1, what="the ban to wait")
        assert fake.restriction(LIVE, target[0].author.id) == "banned"  # applied already
        await outage(controller, link)
        await until(lambda: controller.waiting_count() == 0, what="the outbox to settle")
        await controller.close()

    arun(scenario())
    assert fake.restriction(LIVE, target[0].author.id) == "banned"
    # PRISM cannot be asked whether a ban is in place: the outbox sends it once more, and a ban
    # applied twice is one ban (the author's state is the same); never a third time
    assert fake.requests.count("PUT", f"/ban/{target[0].author.id}") == 2
