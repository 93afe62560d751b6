"""The window built as app.py builds it, from a profile whose files are damaged: the streams come
back where they can, and the window says what happened and where the damaged copy is
(findings 8 and 9)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from moderator.app import _open_streams, parse_args
from moderator.core.identity import AuthorKey
from moderator.paths import Profile
from moderator.startup import load_startup
from moderator.storage.secrets import EncryptedFileStore
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.sign_in_tab import SignInAgainTab
from tests.gui.conftest import Runner

PRISM = {
    "provider": "prism",
    "public": {
        "request_timeout": 10.0,
        "base_url": "http://127.0.0.1:9",
        "live_id": "1001",
        "client_id": "",
        "label": "",
        "authorize_url": "",
    },
    "secrets": {"access_token": "prism:1001:access_token"},
}


class Started:
    """One start of the app on ``root`` (the window, the workspace, the databases)."""

    def __init__(self, root: Path, qtbot: QtBot, answers: list[str | None]) -> None:
        self.profile = Profile.at(root).create()
        self.prompts: list[str] = []
        replies = iter(answers)

        def ask(prompt: str) -> str | None:
            self.prompts.append(prompt)
            return next(replies)

        self.startup = load_startup(self.profile, demo=False, ask=ask)
        self.window = MainWindow(log_path=str(self.profile.log_file))
        qtbot.addWidget(self.window)
        args = parse_args(["--profile", str(root)])
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        _, self.workspace, self.stores = _open_streams(
            args, self.profile, self.window, app, self.startup
        )

    def notices(self) -> list[str]:
        return [box.text() for box in self.window.findChildren(QMessageBox)]

    def signed_out(self) -> list[tuple[str, str]]:
        tabs = self.window.tabs
        return [
            (tabs.tabText(i), w.sentence.text())
            for i in range(tabs.count())
            if isinstance(w := tabs.widget(i), SignInAgainTab)
        ]


@pytest.fixture
def start(
    tmp_path: Path, qtbot: QtBot, arun: Runner[Any], qloop: asyncio.AbstractEventLoop
) -> Iterator[Any]:
    asyncio.set_event_loop(qloop)
    started: list[Started] = []

    def run(answers: list[str | None] | None = None) -> Started:
        started.append(Started(tmp_path, qtbot, answers or []))
        return started[-1]

    yield run
    for one in started:
        arun(one.workspace.close_all())
        one.stores.close()


def write_settings(root: Path, text: str) -> Path:
    path = root / "config" / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_damaged_settings_file_keeps_the_streams_and_says_so(tmp_path: Path, start: Any) -> None:
    write_settings(tmp_path, json.dumps({"theme": "purple", "streams": [PRISM]}))
    app = start()
    (copy,) = (tmp_path / "config").glob("settings.json.damaged-*")
    assert any(str(copy) in text for text in app.notices()), app.notices()
    assert [title for title, _ in app.signed_out()] == ["PRISM live 1001 (sign in again)"]
    assert "No streams" not in " ".join(app.notices())


def test_a_truncated_settings_file_still_brings_the_stream_back(tmp_path: Path, start: Any) -> None:
    text = json.dumps({"streams": [PRISM, PRISM]}, indent=1)
    write_settings(tmp_path, text[: text.rindex('"live_id"')])
    app = start()
    assert len(app.signed_out()) == 1
    assert any("1 saved stream was recovered" in t for t in app.notices())


def test_secrets_without_their_data_field_never_block_the_start(tmp_path: Path, start: Any) -> None:
    write_settings(tmp_path, json.dumps({"secret_store": "encrypted", "streams": [PRISM]}))
    secrets = tmp_path / "config" / "secrets.enc"
    secrets.write_text(json.dumps({"version": 1, "salt": "c2FsdHNhbHRzYWx0c2FsdA=="}))
    app = start(["pass"])
    assert any("secrets.enc.damaged-" in t and "sign in again" in t for t in app.notices())
    ((title, sentence),) = app.signed_out()
    assert title == "PRISM live 1001 (sign in again)"
    assert "“PRISM live 1001”" in sentence and "10.0" not in sentence


def test_a_wrong_passphrase_is_asked_again_then_the_moderator_goes_on_without(
    tmp_path: Path, start: Any
) -> None:
    write_settings(tmp_path, json.dumps({"secret_store": "encrypted", "streams": [PRISM]}))
    EncryptedFileStore(tmp_path / "config" / "secrets.enc", "right").set(
        "prism:1001:access_token", "tok"
    )
    app = start(["wrong", None])
    assert "Wrong passphrase" in app.prompts[1]
    ((_, sentence),) = app.signed_out()
    assert "signed out, sign in again" in sentence
    assert app.workspace.store_notice and "locked" in app.workspace.store_notice


def test_the_app_keeps_the_moderators_links_in_the_profile(tmp_path: Path, start: Any) -> None:
    first = start()
    one, other = AuthorKey("prism:1001", "u1"), AuthorKey("allmine:aksam", "c7")
    first.workspace.cross_streams.identities.link(one, other)
    first.stores.links.close()
    again = start()  # the app started again over the same profile
    assert again.workspace.cross_streams.identities.person(one) == {one, other}
    assert (tmp_path / "data" / "author_links.sqlite3").exists()
