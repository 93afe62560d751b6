"""The moderator's workflow around the tabs, with the window built twice from one profile:
connected streams come back in order, secrets live in the keyring and never in settings.json,
closing forgets, a missing secret asks to sign in again, settings round-trip, themes switch."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from moderator.catalog import build_services
from moderator.core.events import SessionStatus
from moderator.core.provider import ChatProvider
from moderator.fakelink import connections
from moderator.fakes.brilliant import BrilliantFake
from moderator.storage.secrets import KeyringStore, SessionOnlyStore
from moderator.storage.settings import SettingsStore
from moderator.storage.streams import StreamLibrary
from moderator.ui.bridge.controller import StreamController
from moderator.ui.dialogs.connect_dialog import ConnectDialog
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.sign_in_tab import SignInAgainTab
from moderator.ui.shell.workspace import Workspace
from moderator.ui.stream.stream_tab import StreamTab
from tests.gui.conftest import Runner, until
from tests.keyrings import MemoryKeyring

BASE = "http://fake.test"


@pytest.fixture
def fake() -> BrilliantFake:
    service = BrilliantFake(seed=3)
    service.add_chatter(8)
    return service


class Profile:
    """One profile directory; each :meth:`start` builds the window as the app does."""

    def __init__(self, root: Path, fake: BrilliantFake, qtbot: QtBot, arun: Runner[Any]) -> None:
        self.path = root / "settings.json"
        self.fake = fake
        self.qtbot = qtbot
        self.arun = arun
        self.open: list[Workspace] = []

    def start(self, secrets: Any = None) -> Workspace:
        store = SettingsStore(self.path)
        library = StreamLibrary(store, store.load(), secrets or KeyringStore())
        window = MainWindow()
        self.qtbot.addWidget(window)
        workspace = Workspace(
            window,
            build_services(httpx.ASGITransport(app=self.fake.app)),
            library,
            make_controller=lambda p: StreamController(p, window),
        )
        workspace.restore()
        self.open.append(workspace)
        return workspace

    def stop(self, workspace: Workspace) -> None:
        self.arun(workspace.close_all())
        workspace.window.close()

    def settings_json(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.path.read_text(encoding="utf-8"))
        return data


@pytest.fixture
def profile(
    tmp_path: Path,
    fake: BrilliantFake,
    qtbot: QtBot,
    arun: Runner[Any],
    qloop: asyncio.AbstractEventLoop,
) -> Iterator[Profile]:
    # tabs start their sessions from Qt slots, outside arun: on the one shared qasync loop
    asyncio.set_event_loop(qloop)
    kept = Profile(tmp_path, fake, qtbot, arun)
    yield kept
    for workspace in kept.open:
        arun(workspace.close_all())


def connect_through_dialog(workspace: Workspace, fake: BrilliantFake, label: str) -> None:
    """What the moderator does: Streams → Connect a stream…, fill in, Connect."""
    before = workspace.window.tabs.count()
    workspace.window.connect_requested.emit()
    dialog = workspace.window.findChildren(ConnectDialog)[-1]
    dialog.provider_box.setCurrentIndex(dialog.provider_box.findData("brilliant"))
    good = connections(fake, BASE)[0]
    dialog.form.set_values(
        {
            "site_url": good.site_url,
            "api_key": good.api_key,
            "owner_token": good.owner_token,
            "label": label,
        }
    )
    dialog.connect_button.click()
    assert workspace.window.tabs.count() == before + 1


def titles(workspace: Workspace) -> list[str]:
    """Tab titles without their unread counts ("One (8)" is "One")."""
    tabs = workspace.window.tabs
    return [re.sub(r" \([\d,]+\)$", "", tabs.tabText(i)) for i in range(tabs.count())]


def test_streams_come_back_in_order_and_secrets_stay_in_the_keyring(
    profile: Profile, memory_keyring: MemoryKeyring, fake: BrilliantFake, arun: Runner[Any]
) -> None:
    first = profile.start()
    assert first.window.empty_state.isVisibleTo(first.window)
    for label in ("One", "Two", "Three"):
        connect_through_dialog(first, fake, label)
    first.window.tabs.tabBar().moveTab(2, 0)
    assert titles(first) == ["Three", "One", "Two"]
    text = profile.path.read_text(encoding="utf-8")
    assert connections(fake, BASE)[0].api_key.get_secret_value() not in text
    assert any(key[1].endswith(":api_key") for key in memory_keyring.values)
    profile.stop(first)

    second = profile.start()
    assert titles(second) == ["Three", "One", "Two"]
    tab = second.window.stream_tabs()[0]
    arun(until(lambda: tab.controller.status.status is SessionStatus.LIVE, what="live"))


def test_closing_a_tab_forgets_the_stream(
    profile: Profile, memory_keyring: MemoryKeyring, fake: BrilliantFake
) -> None:
    workspace = profile.start()
    connect_through_dialog(workspace, fake, "One")
    connect_through_dialog(workspace, fake, "Two")
    workspace.window.tabs.setCurrentIndex(0)
    workspace.window.close_tab_action.trigger()
    assert titles(workspace) == ["Two"]
    assert [s["public"]["label"] for s in profile.settings_json()["streams"]] == ["Two"]
    workspace.window.close_tab_action.trigger()
    assert profile.settings_json()["streams"] == []
    assert workspace.window.empty_state.isVisibleTo(workspace.window)
    assert not memory_keyring.values  # nobody uses the key any more


def test_a_missing_secret_gives_a_sign_in_again_tab_that_reopens_the_dialog(
    profile: Profile, fake: BrilliantFake
) -> None:
    first = profile.start(SessionOnlyStore())
    connect_through_dialog(first, fake, "One")
    connect_through_dialog(first, fake, "Two")
    profile.stop(first)

    second = profile.start(SessionOnlyStore())  # a new session: nothing remembered
    placeholders = [second.window.tabs.widget(i) for i in range(second.window.tabs.count())]
    assert all(isinstance(w, SignInAgainTab) for w in placeholders)
    tab = placeholders[1]
    assert isinstance(tab, SignInAgainTab) and "sign in again" in tab.sentence.text()
    tab.button.click()
    dialog = second.window.findChildren(ConnectDialog)[0]
    assert dialog.form.texts()["label"] == "Two" and dialog.form.texts()["api_key"] == ""
    assert not dialog.provider_box.isEnabled()
    dialog.form.set_values({"api_key": connections(fake, BASE)[0].api_key})
    dialog.connect_button.click()
    assert isinstance(second.window.tabs.widget(1), StreamTab)
    assert titles(second)[1] == "Two"
    assert [s["public"]["label"] for s in profile.settings_json()["streams"]] == ["One", "Two"]


def test_settings_round_trip_and_theme_switch(profile: Profile, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    from moderator.ui.kit.theme import ThemeManager

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    workspace = profile.start(SessionOnlyStore())
    workspace.themes = ThemeManager(app)
    dialog = workspace.open_settings()
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.undo_delay.setValue(0)
    dialog.notifications.setChecked(False)
    dialog.buffer_size.setValue(50_000)
    dialog.highlights.setPlainText("giveaway\n\n  spoiler  \n")
    dialog.store_button("session").setChecked(True)
    dialog.accept()
    assert workspace.themes.scheme() == "dark"
    saved = profile.settings_json()
    assert saved["theme"] == "dark" and saved["undo_delay_seconds"] == 0
    assert saved["notifications"] is False and saved["buffer_size"] == 50_000
    assert saved["highlights"] == ["giveaway", "spoiler"] and saved["secret_store"] == "session"

    again = profile.start(SessionOnlyStore()).open_settings()
    assert again.theme.currentData() == "dark" and again.undo_delay.text().startswith("Off")
    assert again.highlights.toPlainText() == "giveaway\nspoiler"
    again.theme.setCurrentIndex(again.theme.findData("light"))
    again.accept()
    workspace.themes.apply("light")
    assert workspace.themes.scheme() == "light"
    workspace.themes.apply("system")


def test_the_encrypted_store_needs_a_passphrase(profile: Profile) -> None:
    dialog = profile.start(SessionOnlyStore()).open_settings()
    dialog.store_button("encrypted").setChecked(True)
    dialog.accept()
    assert dialog.isVisible() and "passphrase" in dialog.error.text()


def test_demo_style_unsaved_tabs_close_without_touching_settings(
    profile: Profile, fake: BrilliantFake
) -> None:
    workspace = profile.start(SessionOnlyStore())
    provider: ChatProvider = workspace.services.create(connections(fake, BASE)[0])
    tab = workspace.open_provider(provider)
    workspace.close_tab(tab)
    assert workspace.window.tabs.count() == 0 and not profile.path.exists()


def test_the_streams_menu_has_its_shortcuts(profile: Profile) -> None:
    window = profile.start(SessionOnlyStore()).window
    shortcuts = {
        action.text(): action.shortcut().toString()
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
    }
    assert shortcuts["&Connect a stream…"] == "Ctrl+N"
    assert shortcuts["Close &tab"] == "Ctrl+W"
    assert shortcuts["&Settings…"] == "Ctrl+,"
    assert not window.close_tab_action.isEnabled()  # nothing to close yet
    window.empty_state.connect_button.click()
    assert window.findChildren(ConnectDialog)


def test_a_live_tab_signed_out_signs_in_again_and_keeps_its_messages(
    profile: Profile, fake: BrilliantFake, arun: Runner[Any], memory_keyring: MemoryKeyring
) -> None:
    workspace = profile.start()
    connect_through_dialog(workspace, fake, "Support")
    tab = workspace.window.stream_tabs()[-1]
    controller = tab.controller
    arun(until(lambda: controller.model.rowCount() > 0, what="the first messages"))
    before = [m.id for m in controller.model.messages()]
    saved = workspace.saved[tab]
    # the site owner revokes the key: the next read is refused and the tab is signed out
    workspace.library.secrets.set(saved.secrets["api_key"], "revoked")
    revoked = connections(fake, BASE)[0].model_copy(update={"api_key": SecretStr("revoked")})
    arun(controller.reconnect(workspace.services.create(revoked)))
    arun(until(lambda: controller.status.status is SessionStatus.SIGNED_OUT, what="signed out"))
    assert tab.sign_in_button.isVisibleTo(tab)
    assert [m.id for m in controller.model.messages()] == before, "messages stay"

    tabs = workspace.window.tabs.count()
    tab.sign_in_button.click()
    dialog = workspace.window.findChildren(ConnectDialog)[-1]
    assert dialog.form.model is type(connections(fake, BASE)[0])
    dialog.form.set_values({"api_key": connections(fake, BASE)[0].api_key})
    dialog.connect_button.click()
    arun(until(lambda: controller.status.status is SessionStatus.LIVE, what="live again"))
    assert workspace.window.tabs.count() == tabs, "the same tab carries on"
    assert not tab.sign_in_button.isVisibleTo(tab)
    fake.add_chatter(3)
    controller.session.poke()  # read now, not after Brilliant's 5 s poll pause
    arun(until(lambda: controller.model.rowCount() > len(before), what="new messages"))
    assert [m.id for m in controller.model.messages()][: len(before)] == before
    restored = workspace.library.restore(workspace.saved[tab], type(connections(fake, BASE)[0]))
    assert restored.api_key.get_secret_value() != "revoked"  # type: ignore[attr-defined]
