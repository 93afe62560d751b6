"""The settings' pictures box, and what the store does with the saved settings."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from moderator.storage.settings import Settings
from moderator.ui.dialogs.avatar_settings import parse_hosts
from moderator.ui.dialogs.settings_dialog import SettingsDialog
from moderator.ui.messages.avatar_store import AvatarStore
from tests.gui.conftest import Runner, until


def test_the_box_shows_and_edits_the_pictures_settings(qtbot: QtBot) -> None:
    saved = Settings(avatars=True, avatar_hosts={"allmine": ["cdn.allmine.tv"]})
    dialog = SettingsDialog(saved, keyring_available=True)
    qtbot.addWidget(dialog)
    box = dialog.pictures
    assert box.enabled.isChecked()
    assert box.hosts.toPlainText() == "allmine: cdn.allmine.tv"
    assert "prism: *.pstatic.net" in box.hosts.placeholderText()
    box.enabled.setChecked(False)
    box.hosts.setPlainText("allmine: img.allmine.tv, *.allmine-cdn.com\nfacebook: x.com\nprism:")
    assert not box.error.isHidden() and "facebook: x.com" in box.error.text()
    edited = dialog.settings()
    assert edited.avatars is False
    assert edited.avatar_hosts == {"allmine": ["img.allmine.tv", "*.allmine-cdn.com"], "prism": []}
    box.hosts.setPlainText("ibmvideo: *.stream-io-cdn.com")
    assert box.error.isHidden()


def test_hosts_that_are_not_hosts_are_refused() -> None:
    for line in (
        "prism: https://x.com",
        "prism: x.com/path",
        "prism: *",
        "prism: localhost",
        "prism x.com",
        "prism: a..com",
    ):
        assert parse_hosts(line) == ({}, [line]), line


class Source:
    def __init__(self) -> None:
        self.pictures: dict[str, bytes] = {}
        self.asked: list[str] = []

    async def fetch(self, provider: str, url: str) -> bytes | None:
        self.asked.append(url)
        return self.pictures.get(url)


def test_saved_settings_reach_the_store_and_the_fetcher(qtbot: QtBot, arun: Runner[None]) -> None:
    source = Source()
    given: list[dict[str, list[str]]] = []
    store = AvatarStore(source, on_hosts=given.append)
    url = "https://img.allmine.tv/a.png"

    async def scenario() -> None:
        assert store.image("allmine:1", url) is None
        await until(lambda: store.settled(url), what="the refusal")
        assert store.image("allmine:1", url) is None
        assert source.asked == [url], "a refused picture is not asked again"
        with qtbot.waitSignal(store.toggled):
            store.apply(Settings(avatars=False, avatar_hosts={"allmine": ["img.allmine.tv"]}))
        assert given == [{"allmine": ["img.allmine.tv"]}]
        assert not store.enabled and store.image("allmine:1", url) is None
        store.apply(Settings(avatars=True, avatar_hosts={"allmine": ["img.allmine.tv"]}))
        assert len(given) == 1, "the same hosts are not given again"
        store.image("allmine:1", url)
        await until(lambda: store.settled(url), what="the second ask")
        assert source.asked == [url, url], "allowed now: asked again"

    arun(scenario())
