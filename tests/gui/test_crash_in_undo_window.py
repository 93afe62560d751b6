"""kill -9 inside an undo window loses nothing: a real Moderator process deletes with a long
undo delay and is killed; the next start asks "1 delete was waiting when Moderator closed",
and the answer is honoured once and audited (finding 11). The fake is served on 127.0.0.1 so
the killed process and the restarted window talk to the same platform."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from moderator.catalog import build_services
from moderator.fakelink import connections
from moderator.fakes.prism import PrismFake
from moderator.fakes.server import FakeServer
from moderator.providers import create_provider
from moderator.storage.audit import AuditLog
from moderator.storage.outbox import Outbox
from moderator.storage.secrets import SessionOnlyStore
from moderator.storage.settings import Settings, SettingsStore
from moderator.storage.streams import StreamLibrary
from moderator.ui.bridge.controller import StreamController
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.workspace import Workspace
from moderator.ui.stream.stream_tab import StreamTab
from tests.gui.conftest import Runner, until
from tests.gui.message_mock import MessageMock

pytestmark = pytest.mark.skipif(os.name != "posix", reason="kill -9")
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def served() -> Iterator[tuple[PrismFake, str]]:
    fake = PrismFake(seed=4, lives=1)
    fake.add_chatter(30)
    server = FakeServer([fake], rate=0)
    urls = server.start()
    try:
        yield fake, urls[fake.name]
    finally:
        server.stop()


def killed_inside_the_undo_window(fake: PrismFake, url: str, profile: Path) -> str:
    """Run a Moderator that deletes with a 10-minute undo delay; kill -9 it; the message id."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    args = [url, fake.access_token, fake.refresh_token, str(profile)]
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.undo_child", *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        with ThreadPoolExecutor(1) as reader:
            line = reader.submit(child.stdout.readline).result(timeout=60)
        assert line.startswith("held "), child.stderr.read() if child.stderr else line
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    return line.split()[1]


class Restarted:
    """The window of the next start, on the same profile, with the PRISM tab reopened."""

    def __init__(self, fake: PrismFake, url: str, profile: Path, qtbot: QtBot) -> None:
        self.outbox = Outbox(profile / "outbox.sqlite3")
        self.audit = AuditLog(profile / "audit.sqlite3")
        self.window = MainWindow()
        qtbot.addWidget(self.window)
        store = SettingsStore(profile / "settings.json")
        self.workspace = Workspace(
            self.window,
            build_services(),
            StreamLibrary(store, Settings(), SessionOnlyStore()),
            make_controller=lambda p: StreamController(
                p, self.window, outbox=self.outbox, audit=self.audit
            ),
            audit=self.audit,
        )
        self.tab: StreamTab = self.workspace.open_provider(
            create_provider(connections(fake, url)[0])
        )

    def question(self) -> QMessageBox:
        (box,) = [b for b in self.window.findChildren(QMessageBox) if b.isVisible()]
        return box

    def answer(self, label: str) -> None:
        box = self.question()
        (button,) = [b for b in box.buttons() if b.text() == label]
        button.click()

    def results(self, message_id: str) -> list[str]:
        return [r.result for r in self.audit.all() if r.message_id == message_id]

    def close(self, arun: Runner[Any]) -> None:
        arun(self.workspace.close_all())
        self.outbox.close()
        self.audit.close()


@pytest.fixture
def restart(
    served: tuple[PrismFake, str],
    tmp_path: Path,
    qtbot: QtBot,
    arun: Runner[Any],
    qloop: asyncio.AbstractEventLoop,
) -> Iterator[Any]:
    asyncio.set_event_loop(qloop)
    fake, url = served
    opened: list[Restarted] = []

    def start() -> Restarted:
        opened.append(Restarted(fake, url, tmp_path, qtbot))
        return opened[-1]

    yield start
    for one in opened:
        one.close(arun)


def test_a_delete_killed_in_its_undo_window_is_sent_once_when_the_moderator_says_so(
    served: tuple[PrismFake, str], tmp_path: Path, restart: Any, arun: Runner[Any]
) -> None:
    fake, url = served
    target = killed_inside_the_undo_window(fake, url, tmp_path)
    assert fake.message_facts("1001", target).exists, "nothing was sent before the kill"
    app = restart()
    question = app.question().text()
    assert question.startswith("1 delete was waiting")
    assert question.endswith("when Moderator closed. Send it now, or discard it?")
    app.answer("Send now")
    arun(until(lambda: not fake.message_facts("1001", target).exists, what="the delete"))
    arun(until(lambda: "done" in app.results(target), what="the audit record"))
    assert app.results(target) == ["released", "done"]
    assert app.outbox.held_from_before("prism:1001") == []
    rows = app.outbox._db.connection.execute(
        "SELECT state, attempts FROM outbox WHERE dedupe_key LIKE ?", (f"%|{target}",)
    ).fetchall()
    assert rows == [("done", 1)], "sent exactly once"


def test_a_discarded_delete_is_not_sent_is_audited_and_not_asked_again(
    served: tuple[PrismFake, str], tmp_path: Path, restart: Any, arun: Runner[Any]
) -> None:
    fake, url = served
    target = killed_inside_the_undo_window(fake, url, tmp_path)
    app = restart()
    app.answer("Discard")
    assert app.results(target) == ["discarded"]
    assert app.outbox.waiting("prism:1001") == []
    app.close(arun)
    again = restart()
    assert not [b for b in again.window.findChildren(QMessageBox) if b.isVisible()]
    assert fake.message_facts("1001", target).exists


def test_closing_the_question_unanswered_asks_again_next_time(
    served: tuple[PrismFake, str], tmp_path: Path, restart: Any, arun: Runner[Any]
) -> None:
    fake, url = served
    target = killed_inside_the_undo_window(fake, url, tmp_path)
    first = restart()
    first.answer("Ask me next time")
    first.close(arun)
    second = restart()
    assert second.question().text().startswith("1 delete was waiting")
    assert fake.message_facts("1001", target).exists


def test_the_question_goes_through_the_message_bridge(
    served: tuple[PrismFake, str],
    tmp_path: Path,
    restart: Any,
    arun: Runner[Any],
    message_mock: MessageMock,
) -> None:
    fake, url = served
    target = killed_inside_the_undo_window(fake, url, tmp_path)
    app = restart()
    asked = message_mock.question()
    assert asked.text == app.question().text()
    assert asked.answers == ("Send now", "Discard", "Ask me next time")
    assert asked.later == "Ask me next time"
    message_mock.answer("Discard")  # as the box's button would
    assert app.results(target) == ["discarded"]
    assert fake.message_facts("1001", target).exists
