"""Ctrl + / Ctrl − / Ctrl 0: the chat text and row heights of every list grow and shrink
together, and the size is kept in the settings for the next start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from moderator.catalog import build_services
from moderator.core.keymap import binding
from moderator.storage.secrets import SessionOnlyStore
from moderator.storage.settings import Settings, SettingsStore
from moderator.storage.streams import StreamLibrary
from moderator.ui.bridge.controller import StreamController
from moderator.ui.kit.zoom import NORMAL, zoom
from moderator.ui.messages.message_model import MessageModel
from moderator.ui.messages.message_view import MessageView
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.workspace import Workspace
from tests.gui.conftest import Runner
from tests.gui.desk import Desk, desk

__all__ = ["desk"]  # the fixture, used by name


@pytest.fixture(autouse=True)
def normal_size() -> Iterator[None]:
    yield
    zoom().reset()  # the zoom is the app's one: leave it as the next test expects


def measured(view: MessageView) -> list[int]:
    """The heights of the rows in sight, measured by the delegate."""
    view.settle()
    top = view.verticalScrollBar().value()
    first = view.heights.row_at(top)
    last = view.heights.row_at(top + view.viewport().height())
    rows = range(max(0, first), min(len(view.heights), last + 1))
    assert all(view.heights.is_known(r) for r in rows)
    return [view.heights.height(r) for r in rows]


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert isinstance(found, QAction), name
    return found


def table_row(table: QTableView) -> int:
    return table.verticalHeader().defaultSectionSize()


def test_zoom_keys_scale_every_list_and_the_size_is_saved(desk: Desk, arun: Runner[Any]) -> None:
    window, view = desk.window, desk.tabs[0].view
    overview = desk.cross.show_all_streams()
    assert overview is not None
    search = desk.cross.open_search().table
    before_rows, before_table = measured(view), table_row(search)
    before_font = view.font().pointSizeF()
    zoom_in = action(window, "zoom_in")
    assert QKeySequence("Ctrl++") in zoom_in.shortcuts()
    assert zoom_in.shortcuts()[0] == QKeySequence(binding("zoom_in").key)
    zoom_in.trigger()
    zoom_in.trigger()
    assert zoom().percent == 125
    assert view.font().pointSizeF() == pytest.approx(before_font * 1.25)
    after_rows = measured(view)
    # the same rows are taller (a row at the bottom may have left the screen)
    shared = min(len(before_rows), len(after_rows))
    assert sum(after_rows[-shared:]) > sum(before_rows[-shared:])
    assert min(after_rows) > min(before_rows)
    assert overview.view.font().pointSizeF() == pytest.approx(before_font * 1.25)
    assert table_row(search) > before_table
    saved = SettingsStore(desk.workspace.library.store.path).load()
    assert saved.zoom_percent == 125
    action(window, "zoom_reset").trigger()
    assert measured(view)[-shared:] == before_rows[-shared:]
    assert table_row(search) == before_table
    assert SettingsStore(desk.workspace.library.store.path).load().zoom_percent == NORMAL
    action(window, "zoom_out").trigger()
    assert zoom().percent == 90
    assert view.font().pointSizeF() < before_font


def test_the_saved_size_is_restored_on_restart(qtbot: QtBot, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(zoom_percent=150))
    window = MainWindow()
    qtbot.addWidget(window)
    base = window.font().pointSizeF()
    library = StreamLibrary(store, store.load(), SessionOnlyStore())
    Workspace(
        window,
        build_services(),
        library,
        make_controller=lambda p: StreamController(p, window),
    )
    assert zoom().percent == 150
    view = MessageView(MessageModel())
    qtbot.addWidget(view)
    assert view.font().pointSizeF() == pytest.approx(base * 1.5)
    assert QKeySequence("Ctrl+0") in action(window, "zoom_reset").shortcuts()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert zoom().percent == 125
    assert store.load().zoom_percent == 125
    assert view.font().pointSizeF() == pytest.approx(base * 1.25)
