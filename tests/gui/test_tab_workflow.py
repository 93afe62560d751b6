"""Working the chat inside one tab, from the keyboard and the mouse, against real fakes: unread
counts and titles, mark read up to here, next unread, the last-read line, read state kept on
this computer across a restart and synced where the platform has a read flag, pause with the
"N new" pill, the filter bar, highlights, send history and a keyboard-only moderation pass."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from moderator.catalog import build_services
from moderator.core.models import ChatMessage
from moderator.fakelink import connections
from moderator.fakes.brilliant import BrilliantFake
from moderator.fakes.prism import PrismFake
from moderator.storage.read_state import ReadState
from moderator.storage.secrets import SessionOnlyStore
from moderator.storage.settings import SettingsStore
from moderator.storage.streams import StreamLibrary
from moderator.ui.actions.restrict_dialog import RestrictDialog
from moderator.ui.bridge.controller import StreamController
from moderator.ui.kit.shortcuts import TAB_KEYS, shortcut_rows
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.workspace import Workspace
from tests.gui.conftest import Runner, until
from tests.gui.tabkit import current, open_tab, select_rows, viewer_rows

LIVE = "1001"


@pytest.fixture
def prism() -> PrismFake:
    service = PrismFake(seed=7, lives=1)
    service.add_chatter(40)
    return service


def key(
    widget: Any, which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    QTest.keyClick(widget, which, modifier)


def test_unread_counts_on_the_tab_and_in_the_window_title(
    qtbot: QtBot,
    prism: PrismFake,
    arun: Runner[Any],
    tmp_path: Path,
    qloop: asyncio.AbstractEventLoop,
) -> None:
    asyncio.set_event_loop(qloop)
    store = SettingsStore(tmp_path / "settings.json")
    library = StreamLibrary(store, store.load(), SessionOnlyStore())
    window = MainWindow(subtitle="test")
    qtbot.addWidget(window)
    services = build_services(httpx.ASGITransport(app=prism.app))
    workspace = Workspace(
        window, services, library, make_controller=lambda p: StreamController(p, window)
    )
    provider = services.create(connections(prism, "http://fake.test")[0])
    tab = workspace.open_provider(provider)
    model = tab.controller.model

    async def loaded() -> None:
        await until(lambda: model.rowCount() >= 40, what="the backlog")

    arun(loaded())
    unread = model.unread_count()
    assert unread == sum(1 for m in model.messages() if m.kind.value == "chat")
    title = tab.controller.title
    # arrivals show on the tab within REFRESH_MS (a busy chat's count is not redrawn per batch)
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == f"{title} ({unread})")
    assert window.windowTitle() == f"({unread}) Moderator — test"
    select_rows(tab, [9])
    tab.actions_.tab_actions["mark_read_up_to"].trigger()
    left = model.unread_count()
    assert left < unread
    assert window.tabs.tabText(0) == f"{title} ({left})"
    assert window.windowTitle() == f"({left}) Moderator — test"
    workspace.close_tab(tab)
    assert window.windowTitle() == "Moderator — test"
    arun(workspace.close_all())


def test_mark_read_up_to_here_next_unread_and_the_last_read_line(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, _ = open_tab(qtbot, prism, arun, rows=40)
    model, view = tab.controller.model, tab.view
    assert view.last_read_y() is None
    row = 12
    pos = view.visualRect(model.index(row)).center()
    tab.actions_.open_menu(pos)
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    up_to = next(a for a in menu.actions() if a.data() == "mark read up to here")
    assert up_to.shortcut().toString() == TAB_KEYS["mark_read_up_to"][0]
    up_to.trigger()
    menu.close()
    assert all(
        model.message(r).is_read for r in range(row + 1) if model.message(r).kind.value == "chat"
    )
    assert not model.message(row + 1).is_read
    assert model.last_read_row() == row
    assert view.last_read_y() == view.visualRect(model.index(row + 1)).top()
    view.setFocus()
    select_rows(tab, [row])
    key(view, Qt.Key.Key_N)
    assert view.currentIndex().row() == row + 1
    key(view, Qt.Key.Key_R)  # read it: the line moves below it
    assert model.last_read_row() == row + 1
    key(view, Qt.Key.Key_N)
    assert view.currentIndex().row() == row + 2
    assert [m.id for m in view.selected_messages()] == [model.message(row + 2).id]
    arun(tab.controller.close())


def test_local_read_state_survives_a_restart(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any], tmp_path: Path
) -> None:
    path = tmp_path / "read_state.sqlite3"
    first, _ = open_tab(qtbot, prism, arun, rows=40, read_state=ReadState(path))
    select_rows(first, [20])
    first.actions_.mark_read_up_to()
    read = {m.id for m in first.controller.model.messages() if m.is_read}
    assert len(read) > 10
    arun(first.controller.close())
    second, _ = open_tab(qtbot, prism, arun, rows=40, read_state=ReadState(path))
    again = {m.id for m in second.controller.model.messages() if m.is_read}
    assert again == read
    assert second.controller.model.last_read_row() == 20
    arun(second.controller.close())


def test_mark_read_up_to_here_reaches_a_platform_with_a_read_flag(
    qtbot: QtBot, arun: Runner[Any], tmp_path: Path
) -> None:
    fake = BrilliantFake(seed=2)
    fake.add_chatter(12)
    tab, _ = open_tab(qtbot, fake, arun, rows=8, read_state=ReadState(tmp_path / "r.sqlite3"))
    model = tab.controller.model
    select_rows(tab, [5])
    tab.actions_.mark_read_up_to()
    targets = [model.message(r) for r in range(6) if model.message(r).kind.value == "chat"]

    async def synced() -> None:
        await until(lambda: all(current(tab, m).is_read for m in targets), what="read flags")
        await tab.controller.close()

    arun(synced())
    stream = tab.controller.provider.stream.stream_id
    assert all(fake.message_facts(stream, m.id).read for m in targets)


@pytest.fixture
def paused_tab(qtbot: QtBot, prism: PrismFake, arun: Runner[Any]) -> Iterator[Any]:
    tab, _ = open_tab(qtbot, prism, arun, rows=40, limit=40)
    tab.controller.session.poke()
    yield tab
    arun(tab.controller.close())


def more_chat(tab: Any, prism: PrismFake, arun: Runner[Any], count: int) -> None:
    model = tab.controller.model
    before = model.messages()[-1].id
    prism.add_chatter(count)

    async def arrived() -> None:
        tab.controller.session.poke()
        await until(
            lambda: sum(1 for m in model.messages() if int(m.id) > int(before)) >= count,
            what="new chat",
        )
        model.flush()

    arun(arrived())


def test_pointer_over_the_list_pauses_it_with_a_pill_and_trims_nothing(
    paused_tab: Any, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, view = paused_tab, paused_tab.view
    model = tab.controller.model
    bar = view.verticalScrollBar()
    assert not view.paused
    QTest.mouseMove(view.viewport(), QPoint(50, 50))
    assert view.paused and tab.paused_label.isVisibleTo(tab)
    value, top = bar.value(), model.message(0)
    more_chat(tab, prism, arun, 5)
    assert model.rowCount() == 45  # over the limit of 40: nothing trimmed while paused
    assert model.message(0) == top
    assert bar.value() == value
    assert view.pill.isVisibleTo(view)
    assert view.pill.text() == "5 new messages ↓"
    QTest.mouseClick(view.pill, Qt.MouseButton.LeftButton)
    assert bar.value() == bar.maximum()
    assert not view.pill.isVisibleTo(view)
    view.leaveEvent(None)  # the pointer leaves: following (and trimming) resumes
    assert not view.paused and not tab.paused_label.isVisibleTo(tab)
    assert model.rowCount() == 40


def test_scrolled_up_the_pill_counts_new_messages_and_end_catches_up(
    paused_tab: Any, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, view = paused_tab, paused_tab.view
    model = tab.controller.model
    view.verticalScrollBar().setValue(0)
    assert view.paused
    more_chat(tab, prism, arun, 3)
    assert view.pill.text() == "3 new messages ↓"
    assert model.rowCount() == 43
    view.setFocus()
    key(view, Qt.Key.Key_End)
    assert not view.paused and not view.pill.isVisibleTo(view)


def test_filter_bar_by_text_author_unread_and_links(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    with prism.lock:
        live = prism.lives[LIVE]
        prism.post(live, prism.chatter.viewers[3], "see https://example.com/clip for the clip")
    tab, _ = open_tab(qtbot, prism, arun, rows=41)
    model, view, bar = tab.controller.model, tab.view, tab.filter_bar
    tab.view.setFocus()
    key(tab.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    key(tab.view, Qt.Key.Key_Shift)  # release Ctrl: Qt's test helpers keep it held otherwise
    assert bar.isVisibleTo(tab) and bar.text.hasFocus()
    QTest.keyClicks(bar.text, "example.com")
    bar.apply()  # what the debounce timer does after typing pauses
    shown = [r for r in range(model.rowCount()) if not view.is_filtered_out(r)]
    assert [model.message(r).text for r in shown] == ["see https://example.com/clip for the clip"]
    assert bar.count.text() == "1 shown"
    assert view.visualRect(model.index(shown[0])).top() == 0
    hidden = next(r for r in range(model.rowCount()) if view.is_filtered_out(r))
    assert view.visualRect(model.index(hidden)).height() == 0
    bar.text.clear()
    author = prism.chatter.viewers[3].name
    bar.author.setText(author)
    bar.links.setChecked(True)
    assert bar.count.text() == "1 shown"
    bar.links.setChecked(False)
    bar.apply()
    by_author = [model.message(r) for r in range(model.rowCount()) if not view.is_filtered_out(r)]
    assert by_author and all(m.author.name == author for m in by_author)
    bar.author.clear()
    select_rows(tab, [0])
    tab.actions_.mark_read_up_to()
    bar.unread.setChecked(True)
    assert view.is_filtered_out(0) and not view.is_filtered_out(model.rowCount() - 1)
    key(bar.text, Qt.Key.Key_Escape)
    assert not bar.isVisibleTo(tab)
    assert view.shown_count() == model.rowCount()
    arun(tab.controller.close())


def test_highlight_words_and_own_name_tint_the_row_and_notify(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, _ = open_tab(qtbot, prism, arun, rows=40)
    controller = tab.controller
    hits: list[list[ChatMessage]] = []
    controller.highlighted.connect(hits.append)
    controller.set_highlights(["giveaway"])
    with prism.lock:
        live = prism.lives[LIVE]
        prism.post(live, prism.chatter.viewers[1], "When is the GIVEAWAY?")
        prism.post(live, prism.chatter.viewers[2], "nothing to see")

    async def arrived() -> None:
        controller.session.poke()
        await until(lambda: bool(hits), what="the highlight")
        controller.model.flush()

    arun(arrived())
    assert [m.text for m in hits[0]] == ["When is the GIVEAWAY?"]
    delegate, model = tab.view.message_delegate, controller.model
    width = tab.view.viewport().width()
    loud = model.message(model.rowCount() - 2)
    quiet = model.message(model.rowCount() - 1)
    assert delegate.layout(loud, tab.view.font(), width).highlight
    assert not delegate.layout(quiet, tab.view.font(), width).highlight
    assert delegate.layout(loud, tab.view.font(), width).text.font().bold()
    arun(tab.controller.close())


def test_send_box_history_walks_with_up_and_down(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, _ = open_tab(qtbot, prism, arun, rows=40)
    box = tab.send_box
    for text in ("first line", "second line"):
        QTest.keyClicks(box, text)
        key(box, Qt.Key.Key_Return)
    QTest.keyClicks(box, "draft")
    key(box, Qt.Key.Key_Up)
    assert box.text() == "second line"
    key(box, Qt.Key.Key_Up)
    assert box.text() == "first line"
    key(box, Qt.Key.Key_Up)
    assert box.text() == "first line"
    key(box, Qt.Key.Key_Down)
    key(box, Qt.Key.Key_Down)
    assert box.text() == "draft"

    async def echoed() -> None:
        await until(lambda: "second line" in prism.texts(LIVE), what="the sends")
        await tab.controller.close()

    arun(echoed())


def test_keyboard_only_pass_select_delete_and_ban_with_enter(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, _ = open_tab(qtbot, prism, arun, rows=40)
    model, view = tab.controller.model, tab.view
    rows = viewer_rows(tab)
    start = rows[-3]
    view.setFocus()
    key(view, Qt.Key.Key_Home)
    while view.currentIndex().row() < start:
        key(view, Qt.Key.Key_Down)
    key(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    chosen = view.selected_messages()
    assert len(chosen) == 2
    key(view, Qt.Key.Key_Delete)

    async def deleted() -> None:
        await until(lambda: all(current(tab, m).is_deleted for m in chosen), what="deletes")

    arun(deleted())
    key(view, Qt.Key.Key_Down)
    target = view.selected_messages()[0]
    key(view, Qt.Key.Key_B)
    dialog = tab.actions_.dialog
    assert isinstance(dialog, RestrictDialog)
    assert dialog.question.text() == f"Ban {target.author.name} on PRISM permanently?"
    key(dialog, Qt.Key.Key_Return)

    async def banned() -> None:
        await until(lambda: prism.restriction(LIVE, target.author.id) == "banned", what="ban")
        await tab.controller.close()

    arun(banned())
    assert not any(prism.message_facts(LIVE, m.id).exists for m in chosen)
    assert model.rowCount() >= 40


def test_every_shortcut_is_listed_once() -> None:
    rows = shortcut_rows()
    listed = {(r.group, r.keys) for r in rows}
    assert len(listed) == len(rows)
    keys = {r.keys for r in rows}
    assert {"Del", "Shift+Del", "R", "B", "T", "N", "Ctrl+F", "Ctrl+Z", "Ctrl+R"} <= keys
    assert all(keys_ in keys for keys_, _ in TAB_KEYS.values())
