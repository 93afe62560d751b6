"""A moderator's desk for the GUI tests across streams: the real window, workspace and
CrossStreams against two PRISM lives, a Brilliant Directories site and an Allmine stream through
httpx.ASGITransport, with an archive and an audit log in a temporary profile.

Tabs keep few rows (``LIMIT``), so most of each backlog is trimmed into the archive: what is
found must come from both places, each message once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytestqt.qtbot import QtBot

from moderator.catalog import build_services
from moderator.core.audit import AuditRecord
from moderator.core.models import ChatMessage
from moderator.core.search import SearchQuery
from moderator.fakelink import connections
from moderator.fakes.allmine import AllmineFake
from moderator.fakes.brilliant import BrilliantFake
from moderator.fakes.prism import PrismFake
from moderator.providers import create_provider
from moderator.storage.archive import Archive
from moderator.storage.audit import AuditLog
from moderator.storage.secrets import SessionOnlyStore
from moderator.storage.settings import Settings, SettingsStore
from moderator.storage.streams import StreamLibrary
from moderator.ui.bridge.controller import StreamController
from moderator.ui.shell.cross_streams import CrossStreams
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.workspace import Workspace
from moderator.ui.stream.stream_tab import StreamTab
from tests.gui.conftest import Runner, until

LIMIT = 12
#: messages each stream's fake holds (chatter spread over its lives, streams or threads)
BACKLOGS = [30, 30, 30, 20]


@dataclass
class Desk:
    window: MainWindow
    workspace: Workspace
    cross: CrossStreams
    archive: Archive
    audit: AuditLog
    prism: PrismFake
    brilliant: BrilliantFake
    allmine: AllmineFake
    tabs: list[StreamTab]

    def controller(self, index: int) -> StreamController:
        return self.tabs[index].controller

    def per_stream(self) -> list[int]:
        keys = [key for key, _ in self.every_message()]
        return [keys.count(t.controller.provider.stream.key) for t in self.tabs]

    def every_message(self) -> dict[tuple[str, str], ChatMessage]:
        """What the archive and the tabs hold together, by stream and id."""
        found = {(m.stream_key, m.id): m for m in self.archive.search(SearchQuery(limit=10**6))}
        for tab in self.tabs:
            found.update({(m.stream_key, m.id): m for m in tab.controller.model.messages()})
        return found


def providers(prism: PrismFake, brilliant: BrilliantFake, allmine: AllmineFake) -> list[Any]:
    made = []
    for fake, index in ((prism, 0), (prism, 1), (brilliant, 0), (allmine, 0)):
        settings = connections(fake, "http://fake.test")[index]
        provider = create_provider(settings, httpx.ASGITransport(app=fake.app))
        provider.poll_interval = 0.05
        made.append(provider)
    return made


@pytest.fixture
def desk(
    tmp_path: Path, qtbot: QtBot, arun: Runner[Any], qloop: asyncio.AbstractEventLoop
) -> Iterator[Desk]:
    asyncio.set_event_loop(qloop)  # tabs start their sessions from Qt slots
    prism = PrismFake(seed=5)
    prism.add_chatter(60)
    brilliant = BrilliantFake(seed=5)
    brilliant.add_chatter(30)
    allmine = AllmineFake(seed=5)
    allmine.add_chatter(40)
    archive = Archive(tmp_path / "archive.sqlite3")
    audit = AuditLog(tmp_path / "audit.sqlite3")
    window = MainWindow()
    qtbot.addWidget(window)
    library = StreamLibrary(
        SettingsStore(tmp_path / "s.json"), Settings(undo_delay_seconds=0), SessionOnlyStore()
    )
    workspace = Workspace(
        window,
        build_services(httpx.ASGITransport(app=prism.app)),
        library,
        make_controller=lambda p: StreamController(p, window, archive=archive, limit=LIMIT),
    )
    cross = CrossStreams(workspace, archive=archive, audit=audit)
    tabs = [workspace.open_provider(p) for p in providers(prism, brilliant, allmine)]
    window.resize(1000, 700)
    window.show()
    kept = Desk(window, workspace, cross, archive, audit, prism, brilliant, allmine, tabs)
    arun(until(lambda: kept.per_stream() == BACKLOGS, what="every backlog"))
    yield kept
    arun(workspace.close_all())
    archive.close()
    audit.close()


def record(desk: Desk, message: ChatMessage, result: str, error: str = "") -> None:
    desk.audit.record(
        AuditRecord.of(
            actor="tester",
            platform=message.stream_key.partition(":")[0],
            action="delete",
            message=message,
            result=result,
            error=error,
        )
    )


def newest(desk: Desk, tab: int) -> ChatMessage:
    return desk.controller(tab).model.messages()[-1]
