"""The real window, its tabs' chat coming through the network process from a fake served on
127.0.0.1; the child killed mid-run, the tab recovers by itself with nothing lost or doubled."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moderator.catalog import build_services
from moderator.core.events import SessionStatus
from moderator.fakelink import connections
from moderator.fakes.prism import PrismFake
from moderator.netproc import wire
from moderator.netproc.process import NetworkProcess
from moderator.netproc.proxy import ProviderProxy
from moderator.storage.archive import Archive
from moderator.storage.secrets import SessionOnlyStore
from moderator.storage.settings import Settings, SettingsStore
from moderator.storage.streams import StreamLibrary
from moderator.ui.bridge.controller import StreamController
from moderator.ui.kit.i18n import Translations, tr_core
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.workspace import Workspace
from moderator.ui.stream.stream_tab import StreamTab
from moderator.wording import Said
from tests.gui.conftest import Runner, until
from tests.harness import served


@pytest.fixture
def prism() -> Iterator[tuple[PrismFake, str]]:
    fake = PrismFake(seed=9, lives=1)
    fake.add_chatter(40)
    with served(fake) as url:
        yield fake, url


@pytest.fixture
def network(qloop: asyncio.AbstractEventLoop) -> Iterator[NetworkProcess]:
    asyncio.set_event_loop(qloop)
    network = NetworkProcess(restart_gap=0)
    network.start()
    yield network
    process = network.process
    network.stop()
    assert process is not None and not process.is_alive()


def ids(tab: StreamTab) -> list[str]:
    return [m.id for m in tab.controller.model.messages()]


def test_the_window_shows_chat_through_the_child_and_survives_its_death(
    tmp_path: Path,
    qtbot: QtBot,
    arun: Runner[Any],
    prism: tuple[PrismFake, str],
    network: NetworkProcess,
) -> None:
    fake, url = prism
    archive = Archive(tmp_path / "archive.sqlite3")
    window = MainWindow()
    qtbot.addWidget(window)
    library = StreamLibrary(SettingsStore(tmp_path / "s.json"), Settings(), SessionOnlyStore())
    workspace = Workspace(
        window,
        build_services(poll_floor=0.05, network=network),
        library,
        make_controller=lambda p: StreamController(p, window, archive=archive),
    )
    settings = connections(fake, url)[0]
    provider = workspace.services.create(settings)
    assert isinstance(provider, ProviderProxy)  # no transport injected: the child's client
    tab = workspace.open_provider(provider, None)
    window.resize(900, 600)
    window.show()
    stream = settings.stream_id()
    try:
        arun(until(lambda: ids(tab) == fake.message_ids(stream), 30, "the backlog on screen"))
        assert tab.view.isVisible() and tab.controller.model.rowCount() == 40
        fake.add_chatter(5)
        arun(until(lambda: ids(tab) == fake.message_ids(stream), 30, "live chat"))
        old = network.process
        assert old is not None
        old.kill()
        fake.add_chatter(7)  # while the child is dead or coming back
        arun(until(lambda: network.starts == 2, 30, "a new network process"))
        arun(until(lambda: ids(tab) == fake.message_ids(stream), 60, "the chat after the death"))
        arun(until(lambda: tab.controller.status.status is SessionStatus.LIVE, 30, "live again"))
        assert len(set(ids(tab))) == len(ids(tab)) == 52  # nothing lost, nothing twice
    finally:
        arun(workspace.close_all())
        archive.close()


def test_a_lost_network_process_is_said_in_the_moderator_s_language(
    qapp: QApplication, tmp_path: Path
) -> None:
    translations = Translations()
    translations.install("de", tmp_path / "cache")
    try:
        said = wire.decode_error(wire.encode_error(wire.lost())).sentence()  # type: ignore[attr-defined]
        lost = Said("Connection lost: {reason}", reason=said)  # as the session says it
        assert "Netzwerkprozess ist abgebrochen" in tr_core("Core", lost)
    finally:
        translations.remove()
        QLocale.setDefault(QLocale.c())
