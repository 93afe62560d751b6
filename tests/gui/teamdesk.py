"""Two moderators' apps in one test, each with its own profile (audit log, settings, records
waiting for the team), window, workspace and audit dock, sharing one PRISM live through the fake
and one team database on a real PostgreSQL server."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from pytestqt.qtbot import QtBot

from moderator import teamwire
from moderator.catalog import build_services
from moderator.core.audit import AuditRecord
from moderator.core.automod.rules import Rule, RuleKind, RuleSet
from moderator.core.models import ChatMessage
from moderator.core.notes import Notes
from moderator.fakelink import connections
from moderator.fakes.prism import PrismFake
from moderator.providers import create_provider
from moderator.storage.audit import AuditLog
from moderator.storage.automod import save_rules
from moderator.storage.notes import NoteFile
from moderator.storage.read_state import ReadState
from moderator.storage.secrets import SessionOnlyStore
from moderator.storage.settings import Settings, SettingsStore
from moderator.storage.streams import StreamLibrary
from moderator.storage.team.url import parse
from moderator.ui.bridge.controller import StreamController
from moderator.ui.shell.automod_wiring import Automod
from moderator.ui.shell.cross_streams import CrossStreams
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.workspace import Workspace
from moderator.ui.stream.stream_tab import StreamTab
from tests.gui.conftest import Runner, until
from tests.gui.tabkit import Gate
from tests.pgcluster import Cluster
from tests.teamkit import PASSWORDS, TeamDb, online, set_up

ROWS = 15
#: what automod holds in the team tests: nothing the fake's chatter says
SPAM = "FREE FOLLOWERS at bit.ly/totally-legit"
RULES = RuleSet(rules=(Rule(name="Spam", kind=RuleKind.WORDS, words=("free followers",)),))


class SeeingGate(Gate):
    """The gate, also keeping every credential the client sent to the platform."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        super().__init__(inner)
        self.credentials: set[str] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for header in ("authorization", "x-api-key", "cookie"):
            value = request.headers.get(header, "")
            if value:
                self.credentials.add(value.split(" ", 1)[-1])
        return await super().handle_async_request(request)


@dataclass
class App:
    name: str
    window: MainWindow
    workspace: Workspace
    cross: CrossStreams
    audit: AuditLog
    wiring: teamwire.TeamWiring
    tab: StreamTab
    read_state: ReadState
    automod: Automod
    notes: NoteFile

    def dock_records(self) -> list[AuditRecord]:
        dock = self.cross.audit_dock
        assert dock is not None
        dock.refresh()
        return [dock.model.record(r) for r in range(dock.model.rowCount())]

    def row(self, message_id: str) -> ChatMessage:
        model = self.tab.controller.model
        row = model.row_of(message_id)
        assert row is not None, f"{message_id} not in {self.name}'s tab"
        return model.message(row)


@dataclass
class TeamDesk:
    db: TeamDb
    prism: PrismFake
    gate: SeeingGate
    ana: App
    bo: App

    def platform_secrets(self) -> set[str]:
        found = set(self.gate.credentials)
        for settings in connections(self.prism, "http://fake.test"):
            for value in settings.model_dump().values():
                secret = getattr(value, "get_secret_value", None)
                if secret is not None and secret():
                    found.add(secret())
        return found


def open_app(
    name: str, db: TeamDb, gate: SeeingGate, prism: PrismFake, root: Path, qtbot: QtBot
) -> App:
    profile = root / name
    profile.mkdir(parents=True, exist_ok=True)
    audit = AuditLog(profile / "audit.sqlite3")
    secrets = SessionOnlyStore()
    secrets.set(teamwire.password_key(parse(db.url(name))), PASSWORDS[name])
    wiring = teamwire.open_team(db.url(name), profile, secrets, audit)
    read_state = ReadState(profile / "read_state.sqlite3")
    wiring.share_reads(read_state)
    window = MainWindow()
    qtbot.addWidget(window)
    library = StreamLibrary(
        SettingsStore(profile / "s.json"), Settings(undo_delay_seconds=0), SessionOnlyStore()
    )
    workspace = Workspace(
        window,
        wiring.services(build_services(gate)),
        library,
        make_controller=lambda p: StreamController(
            wiring.provider(p),
            window,
            audit=wiring.audit_or(audit),
            read_state=wiring.read_or(read_state),
        ),
    )
    wiring.attach(workspace)
    notes = NoteFile(profile / "author_notes.sqlite3")
    cross = CrossStreams(workspace, archive=None, audit=audit, notes=Notes(notes))
    rules_file = profile / "automod.json"
    automod = Automod(cross, RULES, save=lambda r: save_rules(rules_file, r))
    wiring.join(cross, automod)
    provider = create_provider(connections(prism, "http://fake.test")[0], gate)
    provider.poll_interval = 0.05
    tab = workspace.open_provider(provider)
    window.resize(900, 600)
    window.show()
    return App(name, window, workspace, cross, audit, wiring, tab, read_state, automod, notes)


@pytest.fixture
def team_desk(
    pg_cluster: Cluster,
    pg_database: str,
    tmp_path: Path,
    qtbot: QtBot,
    arun: Runner[Any],
    qloop: asyncio.AbstractEventLoop,
) -> Iterator[TeamDesk]:
    asyncio.set_event_loop(qloop)
    arun(set_up(pg_cluster, pg_database))
    prism = PrismFake(seed=9)
    prism.add_chatter(2 * ROWS)
    gate = SeeingGate(httpx.ASGITransport(app=prism.app))
    db = TeamDb(pg_cluster, pg_database, tmp_path)
    ana = open_app("ana", db, gate, prism, tmp_path, qtbot)
    bo = open_app("bo", db, gate, prism, tmp_path, qtbot)
    desk = TeamDesk(db, prism, gate, ana, bo)

    async def ready() -> None:
        for app in (ana, bo):
            await online(app.wiring.team)
            await until(lambda a=app: a.tab.controller.model.rowCount() >= ROWS, what="chat")  # type: ignore[misc]

    arun(ready())
    yield desk
    for app in (ana, bo):
        arun(app.workspace.close_all())
        arun(app.wiring.close())
        app.audit.close()
        app.read_state.close()
        app.notes.close()
