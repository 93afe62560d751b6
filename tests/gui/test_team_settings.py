"""Settings → Team workspace: the URL is checked on Save, the password goes to the keyring
(never the settings file), and a bad URL at start is a sentence, not a crash."""

from __future__ import annotations

from pathlib import Path

import httpx
from pytestqt.qtbot import QtBot

from moderator import teamwire
from moderator.catalog import build_services
from moderator.fakes.brilliant import BrilliantFake
from moderator.storage.secrets import KeyringStore
from moderator.storage.settings import Settings, SettingsStore
from moderator.storage.streams import StreamLibrary
from moderator.ui.bridge.controller import StreamController
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.workspace import Workspace
from tests.keyrings import MemoryKeyring

REMOTE = "postgresql://ana@db.example.org/moderation"


def workspace(tmp_path: Path, qtbot: QtBot) -> Workspace:
    store = SettingsStore(tmp_path / "settings.json")
    library = StreamLibrary(store, store.load(), KeyringStore())
    window = MainWindow()
    qtbot.addWidget(window)
    fake = BrilliantFake(seed=1)
    return Workspace(
        window,
        build_services(httpx.ASGITransport(app=fake.app)),
        library,
        make_controller=lambda p: StreamController(p, window),
    )


def test_the_team_url_and_password_are_kept_apart(
    tmp_path: Path, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    dialog = workspace(tmp_path, qtbot).open_settings()
    dialog.team.url.setText(REMOTE + "?sslmode=require")
    dialog.team.password.setText("s3cret-team-pw")
    dialog.accept()
    assert dialog.isVisible() and "verify-full" in dialog.error.text()
    dialog.team.url.setText(REMOTE)
    dialog.accept()
    assert not dialog.isVisible()
    text = (tmp_path / "settings.json").read_text(encoding="utf-8")
    assert REMOTE in text and "s3cret-team-pw" not in text
    assert KeyringStore().get("team:ana@db.example.org/moderation") == "s3cret-team-pw"


def test_a_password_inside_the_url_is_refused(
    tmp_path: Path, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    dialog = workspace(tmp_path, qtbot).open_settings()
    dialog.team.url.setText("postgresql://ana:pw@127.0.0.1/team")
    dialog.accept()
    assert dialog.isVisible() and "secret store" in dialog.error.text()


def test_a_bad_url_at_start_is_said_and_the_moderator_goes_on_alone(tmp_path: Path) -> None:
    said: list[str] = []
    settings = Settings(team_url="postgresql://ana@db.example.org/x?sslmode=disable")
    team = teamwire.from_settings(settings.team_url, tmp_path, KeyringStore(), None, said.append)
    assert team is None and "Moderating alone" in said[0]
    assert teamwire.from_settings("", tmp_path, KeyringStore(), None, said.append) is None
