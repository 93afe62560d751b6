"""The app as app.py builds it, with a team URL in its settings and the password in the keyring:
it joins the team at start, says so in the status bar, and a delete is shared."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from moderator import teamwire
from moderator.app import _open_streams, parse_args
from moderator.core.team_actions import TeamAudit, TeamProvider
from moderator.core.team_records import TeamNotes, TeamStrikes
from moderator.fakelink import connections
from moderator.fakes.prism import PrismFake
from moderator.paths import Profile
from moderator.providers import create_provider
from moderator.startup import load_startup
from moderator.storage.secrets import KeyringStore
from moderator.storage.team.url import parse
from moderator.ui.shell.main_window import MainWindow
from tests.gui.conftest import Runner, until
from tests.keyrings import MemoryKeyring
from tests.pgcluster import Cluster
from tests.teamkit import PASSWORDS, set_up


def test_the_app_joins_the_team_of_its_settings(
    tmp_path: Path,
    qtbot: QtBot,
    arun: Runner[Any],
    qloop: asyncio.AbstractEventLoop,
    memory_keyring: MemoryKeyring,
    pg_cluster: Cluster,
    pg_database: str,
) -> None:
    asyncio.set_event_loop(qloop)
    arun(set_up(pg_cluster, pg_database))
    url = f"postgresql://ana@127.0.0.1:{pg_cluster.port}/{pg_database}"
    config = tmp_path / "config"
    config.mkdir(parents=True)
    (config / "settings.json").write_text(json.dumps({"team_url": url}), encoding="utf-8")
    KeyringStore().set(parse(url).secret_key, PASSWORDS["ana"])
    profile = Profile.at(tmp_path).create()
    startup = load_startup(profile, demo=False, ask=lambda _prompt: None)
    window = MainWindow(log_path=str(profile.log_file))
    qtbot.addWidget(window)
    args = parse_args(["--profile", str(tmp_path)])
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    _, workspace, stores = _open_streams(args, profile, window, app, startup)
    label = window.findChild(QLabel, "team_state")
    try:
        assert label is not None
        arun(until(lambda: label.text() == "Team: online", what="online"))
        assert "connected to ana@127.0.0.1" in label.toolTip()
        fake = PrismFake(seed=2)
        provider = create_provider(
            connections(fake, "http://fake.test")[0], httpx.ASGITransport(app=fake.app)
        )
        tab = workspace.open_provider(provider)
        # the tab's platform calls go through the team's guard, its audit lines to the team
        assert isinstance(tab.controller.provider, TeamProvider)
        assert isinstance(tab.controller.moderation.audit, TeamAudit)
        assert (profile.data_dir / teamwire.PENDING_FILE).exists()
        # notes, automod's strikes and review decisions are the team's too
        [wiring] = teamwire._open
        assert isinstance(wiring.share.cross.extras.notes.store, TeamNotes)
        assert wiring.share.cross is workspace.cross_streams
        assert isinstance(wiring.share.automod.gate.strikes, TeamStrikes)
    finally:
        arun(workspace.close_all())
        arun(teamwire.close_all())
        stores.close()
