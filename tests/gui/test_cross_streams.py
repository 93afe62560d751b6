"""The views across streams, with the real window and workspace against two PRISM lives, a
Brilliant Directories site and an Allmine stream through httpx.ASGITransport: the audit dock,
the exports, search over the archive and the open tabs, the user card, the All streams tab and
the shortcuts page.

Tabs keep few rows (``LIMIT``), so most of each backlog is trimmed into the archive: what is
found must come from both places, each message once.
"""

from __future__ import annotations

import asyncio
import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from moderator.catalog import build_services
from moderator.core.actions import ActionKind
from moderator.core.audit import AuditRecord
from moderator.core.models import Badge, ChatMessage, MessageKind
from moderator.core.provider import Capability
from moderator.core.search import SearchQuery
from moderator.fakes.allmine import AllmineFake
from moderator.fakes.brilliant import BrilliantFake
from moderator.fakes.prism import PrismFake
from moderator.providers import create_provider
from moderator.storage.archive import Archive
from moderator.storage.audit import AuditLog
from moderator.storage.secrets import SessionOnlyStore
from moderator.storage.settings import Settings, SettingsStore
from moderator.storage.streams import StreamLibrary
from moderator.ui.author_clicks import name_rect
from moderator.ui.controller import StreamController
from moderator.ui.cross_streams import CrossStreams
from moderator.ui.main_window import MainWindow
from moderator.ui.stream_tab import StreamTab
from moderator.ui.user_card import UserCard
from moderator.ui.workspace import Workspace
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
    library = StreamLibrary(SettingsStore(tmp_path / "s.json"), Settings(), SessionOnlyStore())
    workspace = Workspace(
        window,
        build_services(httpx.ASGITransport(app=prism.app)),
        library,
        make_controller=lambda p: StreamController(p, window, archive=archive, limit=LIMIT),
    )
    cross = CrossStreams(workspace, archive=archive, audit=audit)
    providers = [
        create_provider(
            fake.connections("http://fake.test")[index], httpx.ASGITransport(app=fake.app)
        )
        for fake, index in ((prism, 0), (prism, 1), (brilliant, 0), (allmine, 0))
    ]
    for provider in providers:
        provider.poll_interval = 0.05
    tabs = [workspace.open_provider(p) for p in providers]
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


# -- audit log dock ---------------------------------------------------------------------------


def test_audit_dock_shows_records_newest_first_follows_filters_and_exports(
    desk: Desk, arun: Runner[Any], tmp_path: Path
) -> None:
    dock = desk.cross.audit_dock
    assert dock is not None and not dock.isVisible()
    record(desk, newest(desk, 0), "done")
    record(desk, newest(desk, 2), "failed", "The site refused.")
    toggle = next(a for a in desk.window.view_menu.actions() if a.text() == "Audit &log")
    toggle.trigger()
    assert dock.isVisible()
    assert [dock.model.record(r).result for r in range(dock.model.rowCount())] == [
        "failed",
        "done",
    ]
    assert dock.model.index(0, 7).data() == "failed: The site refused."
    record(desk, newest(desk, 1), "waiting")
    arun(until(lambda: dock.model.rowCount() == 3, what="the new record in the dock"))
    assert dock.model.record(0).result == "waiting"
    dock.result_box.setCurrentIndex(dock.result_box.findData("failed"))
    assert dock.model.rowCount() == 1
    dock.platform_box.setCurrentIndex(dock.platform_box.findData("prism"))
    assert dock.model.rowCount() == 0
    assert dock.export(tmp_path / "audit.csv") == 3
    with (tmp_path / "audit.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["result"] for r in rows] == ["done", "failed", "waiting"]
    assert dock.export(tmp_path / "audit.jsonl") == 3
    lines = (tmp_path / "audit.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[1])["error"] == "The site refused."


def test_hidden_dock_reads_nothing_until_shown(desk: Desk) -> None:
    dock = desk.cross.audit_dock
    assert dock is not None
    dock.show()
    dock.hide()
    record(desk, newest(desk, 0), "done")
    assert dock.model.rowCount() == 0
    dock.show()
    assert dock.model.rowCount() == 1


def test_chat_export_holds_archive_and_open_tabs_each_once(
    desk: Desk, arun: Runner[Any], tmp_path: Path
) -> None:
    assert desk.archive.count(desk.controller(0).provider.stream.key) > 0
    count = arun(desk.cross.export_archive(tmp_path / "chat.csv"))
    with (tmp_path / "chat.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    keys = [(r["stream_key"], r["id"]) for r in rows]
    assert count == len(rows) == len(set(keys))
    assert set(keys) >= set(desk.every_message()) - {("", "")}
    count = arun(desk.cross.export_archive(tmp_path / "chat.jsonl"))
    records = [json.loads(line) for line in (tmp_path / "chat.jsonl").open(encoding="utf-8")]
    assert len(records) == count >= len(rows)


# -- search -----------------------------------------------------------------------------------


def test_search_finds_archived_and_in_memory_messages_once(desk: Desk) -> None:
    dialog = desk.cross.open_search()
    dialog.run()
    found = dialog.model.messages()
    keys = [(m.stream_key, m.id) for m in found]
    assert len(keys) == len(set(keys))
    every = desk.every_message()
    assert set(keys) == set(every)
    archived = desk.archive.older(desk.controller(0).provider.stream.key, None, 1)[0]
    assert (archived.stream_key, archived.id) in keys
    assert (newest(desk, 1).stream_key, newest(desk, 1).id) in keys
    assert f"{len(every)} messages" in dialog.summary.text()
    assert [m.sent_at for m in found] == sorted((m.sent_at for m in found), reverse=True)


def test_search_filters_by_author_and_platform(desk: Desk) -> None:
    dialog = desk.cross.open_search()
    name = newest(desk, 2).author.name
    dialog.author_edit.setText(name[1:4].upper())
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("brilliant"))
    dialog.run()
    found = dialog.model.messages()
    assert found
    assert all(m.stream_key.startswith("brilliant:") for m in found)
    assert all(name[1:4].casefold() in m.author.name.casefold() for m in found)
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("prism"))
    dialog.author_edit.clear()
    dialog.text_edit.setText(newest(desk, 1).text[:12])
    dialog.run()
    assert (newest(desk, 1).stream_key, newest(desk, 1).id) in {
        (m.stream_key, m.id) for m in dialog.model.messages()
    }


def test_action_from_a_search_result_reaches_the_right_stream(
    desk: Desk, arun: Runner[Any]
) -> None:
    second = desk.controller(1).provider.stream
    archived = next(
        m
        for m in desk.archive.older(second.key, None, 50)
        if m.kind is MessageKind.CHAT and not m.author.badges
    )
    dialog = desk.cross.open_search()
    dialog.text_edit.setText(archived.text)
    dialog.run()
    row = next(
        r
        for r in range(dialog.model.rowCount())
        if (dialog.model.message(r).stream_key, dialog.model.message(r).id)
        == (second.key, archived.id)
    )
    dialog.table.selectRow(row)
    delete = next(a for a in dialog.table.actions() if a.text() == "Delete")
    delete.trigger()
    arun(
        until(
            lambda: desk.prism.message_facts(second.stream_id, archived.id).deleted,
            what="the delete on the second PRISM live",
        )
    )
    first = desk.controller(0).provider.stream.stream_id
    assert not desk.prism.lives[first].deleted


def test_results_of_a_closed_stream_say_why_actions_are_off(desk: Desk) -> None:
    site = desk.controller(2).provider.stream.key
    desk.workspace.close_tab(desk.tabs[2])
    dialog = desk.cross.open_search()
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("brilliant"))
    dialog.run()
    message = dialog.model.message(0)
    assert message.stream_key == site
    menu = desk.cross.router.build_menu(dialog, [message], dialog.show_notice)
    entries = [a for a in menu.actions() if a.data()]
    assert entries and not any(a.isEnabled() for a in entries)
    assert "is not open" in entries[0].toolTip()
    assert "(closed)" in dialog.model.index(0, 1).data()


# -- user card --------------------------------------------------------------------------------


def shared_author(desk: Desk) -> ChatMessage:
    """A viewer who wrote both on PRISM and on Allmine."""
    every = desk.every_message().values()
    site_names = {m.author.name for m in every if m.stream_key.startswith("allmine:")}
    return next(
        m
        for m in every
        if m.stream_key.startswith("prism:")
        and m.author.name in site_names
        and not m.author.badges - {Badge.VISITOR}
    )


def test_user_card_lists_messages_across_streams_and_bans_where_allowed(
    desk: Desk, arun: Runner[Any]
) -> None:
    seen = shared_author(desk)
    card = desk.cross.show_user_card(seen.author, seen.stream_key)
    keys = {m.stream_key for m in card.messages}
    site = desk.controller(3).provider
    assert {seen.stream_key, site.stream.key} <= keys
    assert all(m.author.name == seen.author.name for m in card.messages)
    assert card.model.rowCount() == len(card.messages)
    ban = card.buttons[(seen.stream_key, ActionKind.BAN)]
    assert ban.isEnabled()
    refused = card.buttons[(site.stream.key, ActionKind.BAN)]
    assert not refused.isEnabled()
    assert refused.toolTip() == site.unsupported_reason(Capability.BAN)
    ban.click()
    stream_id = seen.stream_key.partition(":")[2]
    arun(
        until(
            lambda: desk.prism.restriction(stream_id, seen.author.id) == "banned",
            what="the ban on PRISM",
        )
    )
    arun(until(lambda: "done" in card.notice.text(), what="the card's notice"))


def test_workspace_opens_the_card_and_a_click_on_the_name_does_too(
    desk: Desk, qtbot: QtBot
) -> None:
    tab = desk.tabs[0]
    desk.window.tabs.setCurrentWidget(tab)
    view = tab.view
    view.settle()
    row = tab.controller.model.rowCount() - 1
    message = tab.controller.model.message(row)
    centre = view.visualRect(tab.controller.model.index(row)).center()
    rect = name_rect(view, message, centre)
    assert rect.width() > 0
    before = len(desk.window.findChildren(UserCard))
    spot = QPoint(int(rect.center().x()), int(rect.center().y()))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    cards = desk.window.findChildren(UserCard)
    assert len(cards) == before + 1
    assert cards[-1].windowTitle() == f"User card: {message.author.name}"
    desk.workspace.show_user_card(message.author, message.stream_key)
    assert len(desk.window.findChildren(UserCard)) == before + 2


# -- All streams ------------------------------------------------------------------------------


def test_all_streams_tab_merges_every_stream_in_time_order(desk: Desk, arun: Runner[Any]) -> None:
    desk.window.all_streams_action.trigger()
    tab = desk.cross.all_streams
    assert tab is not None and desk.window.tabs.currentWidget() is tab
    assert desk.window.tabs.tabText(0) == "All streams"
    in_tabs = {(m.stream_key, m.id) for t in desk.tabs for m in t.controller.model.messages()}
    arun(until(lambda: tab.model.rowCount() >= len(in_tabs), what="the tabs' rows"))
    times = [m.sent_at for m in tab.model.messages()]
    assert times == sorted(times)
    assert {m.stream_key for m in tab.model.messages()} == {
        t.controller.provider.stream.key for t in desk.tabs
    }
    assert desk.cross.stream_name(desk.controller(2).provider.stream.key).startswith("Brilliant")
    desk.brilliant.add_chatter(3)
    desk.prism.add_chatter(4)
    total = tab.model.rowCount()
    arun(until(lambda: tab.model.rowCount() >= total + 7, what="new chat from every stream"))
    times = [m.sent_at for m in tab.model.messages()]
    assert times == sorted(times)
    assert not tab.grab().isNull()  # paints the stripes and source names
    assert desk.window.statusBar().findChildren(type(desk.window._empty))[0].text() == "4 streams"


def test_action_in_all_streams_goes_to_the_owning_stream(desk: Desk, arun: Runner[Any]) -> None:
    tab = desk.cross.show_all_streams()
    assert tab is not None
    arun(until(lambda: tab.model.rowCount() > 20, what="rows"))
    site = desk.controller(2)
    row = max(
        r
        for r in range(tab.model.rowCount())
        if tab.model.message(r).stream_key == site.provider.stream.key
        and tab.model.message(r).kind is MessageKind.CHAT
    )
    message = tab.model.message(row)
    tab.view.setCurrentIndex(tab.model.index(row))
    delete = next(a for a in tab.view.actions() if a.text() == "Delete")
    delete.trigger()
    arun(
        until(
            lambda: desk.brilliant.message_facts("", message.id).deleted,
            what="the delete on the site",
        )
    )
    arun(
        until(
            lambda: (
                tab.model.message(
                    tab.model.row_of_key(message.stream_key, message.id) or 0
                ).is_deleted
            ),
            what="the row greyed in All streams too",
        )
    )
    desk.workspace.close_tab(tab)
    arun(until(lambda: desk.cross.all_streams is None, what="the tab gone"))
    assert not desk.window.all_streams_action.isChecked()


# -- help -------------------------------------------------------------------------------------


def test_shortcuts_page_lists_actions_menus_and_extra_rows(desk: Desk) -> None:
    desk.window.add_shortcut_rows(lambda: [("Undo", "Ctrl+Z", "Undo the last action")])
    rows = desk.window.show_shortcuts().rows()
    keys = {(keys, what) for _section, keys, what in rows}
    assert ("Del", "Delete") in keys
    assert ("B", "Ban author") in keys
    assert ("Ctrl+Shift+F", "Search all streams") in keys
    assert ("Ctrl+Shift+L", "Audit log") in keys
    assert ("Ctrl+Shift+A", "All streams tab") in keys
    assert ("Ctrl+Z", "Undo the last action") in keys
