"""Ctrl + / Ctrl − / Ctrl 0 reach every chat-text surface a moderator reads or types in, not only
the chat lists: the send box and its completion list, the audit dock's table, the search
results, the review queue, and a user card's messages; rows follow the text, and Ctrl 0 puts
every one back as it was."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from moderator.core.automod.starter import starter_rules
from moderator.storage.settings import SettingsStore
from moderator.ui.kit.zoom import zoom
from moderator.ui.shell.automod_wiring import Automod
from tests.gui.desk import Desk, desk

__all__ = ["desk"]  # the fixture, used by name


@pytest.fixture(autouse=True)
def normal_size() -> Iterator[None]:
    yield
    zoom().reset()  # the zoom is the app's one: leave it as the next test expects


def surfaces(desk: Desk) -> dict[str, QWidget]:
    tab = desk.tabs[0]
    automod = Automod(desk.cross, starter_rules())
    message = tab.controller.model.message(0)
    card = desk.cross.show_user_card(message.author, message.stream_key)
    audit = desk.cross.audit_dock
    assert audit is not None
    return {
        "send box": tab.send_box,
        "completion list": tab.send_box.popup,
        "audit table": audit.table,
        "search results": desk.cross.open_search().table,
        "review queue": automod.panel.table,
        "user card messages": card.table,
    }


def size_of(widget: QWidget) -> tuple[float, int]:
    """The text size, and the row height for a table."""
    row = widget.verticalHeader().defaultSectionSize() if isinstance(widget, QTableView) else 0
    return widget.font().pointSizeF(), row


def test_every_chat_text_surface_grows_and_comes_back(desk: Desk) -> None:
    shown = surfaces(desk)
    before = {name: size_of(w) for name, w in shown.items()}
    zoom().zoom_in()
    zoom().zoom_in()
    assert zoom().percent == 125
    for name, widget in shown.items():
        font, row = size_of(widget)
        assert font == pytest.approx(before[name][0] * 1.25), name
        if isinstance(widget, QAbstractItemView) and isinstance(widget, QTableView):
            assert row > before[name][1], name
    assert SettingsStore(desk.workspace.library.store.path).load().zoom_percent == 125
    zoom().reset()
    assert {name: size_of(w) for name, w in shown.items()} == before


def test_a_surface_opened_while_zoomed_opens_zoomed(desk: Desk) -> None:
    normal = desk.tabs[0].send_box.font().pointSizeF()
    zoom().set_percent(150)
    message = desk.tabs[1].controller.model.message(0)
    card = desk.cross.show_user_card(message.author, message.stream_key)
    assert card.table.font().pointSizeF() == pytest.approx(normal * 1.5)
    automod = Automod(desk.cross, starter_rules())
    assert automod.panel.table.font().pointSizeF() == pytest.approx(normal * 1.5)
