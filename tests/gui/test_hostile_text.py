"""Hostile names and server errors never reach Qt as rich text, anywhere in the real window.

An author named ``<img src="/dev/zero">Mallory`` made Qt read that file on the GUI thread when
a tooltip, the undo toast or a status label showed the name as HTML. The test opens the real
window with a tab of every provider, All streams, search, a user card, the audit dock, the
undo toast, a confirmation, the notice bar and a problem box, then walks every widget, label,
tooltip, tab and menu entry. The ``src`` here names no real file, so a regression fails the
assertions instead of freezing the run.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QAbstractListModel, QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as QtText
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QMenu,
    QMessageBox,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moderator.catalog import build_services
from moderator.core.actions import ActionKind
from moderator.core.audit import AuditRecord
from moderator.core.events import SessionStatus, StatusChanged
from moderator.core.models import Author, Badge, ChatMessage
from moderator.errors import ProviderUnavailable
from moderator.fakelink import connections
from moderator.fakes.prism import PrismFake
from moderator.fakes.registry import FAKES
from moderator.providers import create_provider
from moderator.storage.archive import Archive
from moderator.storage.audit import AuditLog
from moderator.storage.secrets import SessionOnlyStore
from moderator.storage.settings import Settings, SettingsStore
from moderator.storage.streams import StreamLibrary
from moderator.ui.actions.restrict_dialog import RestrictDialog
from moderator.ui.bridge.controller import StreamController
from moderator.ui.dialogs.crash_dialog import show_crash
from moderator.ui.dialogs.whole_message import MENU_LABEL, WholeMessage
from moderator.ui.kit import messages
from moderator.ui.shell.cross_streams import CrossStreams
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.workspace import Workspace
from moderator.ui.stream.stream_tab import StreamTab
from tests.gui.conftest import Runner, until

NAME = '<img src="/nonexistent/fifo">Mallory<b>'
TEXT = '<img src="/nonexistent/zero"> hello <a href="x">there</a> &amp;'
#: what a proxy in front of a platform answers: its own HTML page
PAGE = '<html><body><img src="/nonexistent/logo.png"><h1>502 Bad Gateway</h1></body></html>'


@dataclass
class Room:
    window: MainWindow
    workspace: Workspace
    cross: CrossStreams
    audit: AuditLog
    tabs: list[StreamTab]


@pytest.fixture
def room(
    tmp_path: Path, qtbot: QtBot, arun: Runner[Any], qloop: asyncio.AbstractEventLoop
) -> Iterator[Room]:
    asyncio.set_event_loop(qloop)
    archive = Archive(tmp_path / "archive.sqlite3")
    audit = AuditLog(tmp_path / "audit.sqlite3")
    window = MainWindow()
    qtbot.addWidget(window)
    library = StreamLibrary(
        SettingsStore(tmp_path / "s.json"), Settings(undo_delay_seconds=30), SessionOnlyStore()
    )
    prism = PrismFake(seed=3)
    workspace = Workspace(
        window,
        build_services(httpx.ASGITransport(app=prism.app)),
        library,
        make_controller=lambda p: StreamController(p, window, archive=archive),
    )
    cross = CrossStreams(workspace, archive=archive, audit=audit)
    tabs = []
    for name in sorted(FAKES):
        fake = FAKES[name](seed=3)
        fake.add_chatter(4)
        provider = create_provider(
            connections(fake, "http://fake.test")[0], httpx.ASGITransport(app=fake.app)
        )
        provider.poll_interval = 0.05
        tabs.append(workspace.open_provider(provider))
    window.resize(1000, 700)
    window.show()
    arun(until(lambda: all(t.controller.model.rowCount() >= 1 for t in tabs), what="backlogs"))
    yield Room(window, workspace, cross, audit, tabs)
    arun(workspace.close_all())
    archive.close()
    audit.close()


def hostile(tab: StreamTab) -> ChatMessage:
    key = tab.controller.provider.stream.key
    return ChatMessage(
        f"hostile-{key}",
        key,
        Author("mallory", NAME),
        TEXT,
        datetime.now(UTC),
        thread_label=NAME,
    )


def select(tab: StreamTab, message: ChatMessage) -> None:
    model = tab.controller.model
    row = model.row_of(message.id)
    assert row is not None
    tab.view.selectionModel().select(
        model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def open_everything(room: Room) -> None:
    error = ProviderUnavailable("PRISM has a problem right now (HTTP 502).", detail=PAGE)
    for tab in room.tabs:
        message = hostile(tab)
        tab.controller.model.enqueue([message])
        tab.controller.model.flush()
        tab.controller.status_changed.emit(
            StatusChanged(SessionStatus.ERROR, detail=error.sentence(), retry_in=5)
        )
        tab.controller.notice.emit(error.sentence())
        tab.show_hint(f"{NAME} said something")
    by_name = {t.controller.provider.name: t for t in room.tabs}
    first = by_name["prism"]
    select(first, hostile(first))
    first.perform(ActionKind.DELETE)  # the undo toast names the author
    first.perform(ActionKind.BAN)  # the ban dialog asks, naming the author
    stream = by_name["ibmvideo"]
    select(stream, hostile(stream))
    stream.perform(ActionKind.HARD_DELETE)  # a confirmation box
    room.audit.record(
        AuditRecord.of(
            actor=NAME,
            platform="prism",
            action="delete",
            message=hostile(first),
            result="failed",
            error=error.sentence(),
        )
    )
    messages.error(error.sentence())
    show_crash(f"{NAME}: {PAGE}", f"Traceback … {PAGE}", "/tmp/log", room.window)
    room.workspace.notifier.enabled = True
    first.controller.highlighted.emit([hostile(first)])
    room.cross.show_all_streams()
    search = room.cross.open_search()
    search.author_edit.setText("Mallory")
    search.run()
    room.cross.show_user_card(hostile(first).author, hostile(first).stream_key)
    if room.cross.audit_dock is not None:
        room.cross.audit_dock.show()
        room.cross.audit_dock.refresh()


def every_widget() -> Iterator[QWidget]:
    seen: set[int] = set()
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            if id(widget) not in seen:
                seen.add(id(widget))
                yield widget


def rich(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """Whether Qt renders ``text`` as HTML in a place with this text format."""
    if fmt == Qt.TextFormat.PlainText:
        return False
    return fmt == Qt.TextFormat.RichText or QtText.mightBeRichText(text)


def problems_in(where: str, text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> list[str]:
    if not text:
        return []
    if rich(text, fmt) and ("<img" in text.lower() or "Mallory<b>" in text):
        return [f"{where}: {text[:120]!r}"]
    if "Mallory" in text and rich(text, fmt) and "&lt;img" not in text:
        return [f"{where}: {text[:120]!r}"]
    return []


def tooltips_of_views(view: QAbstractItemView) -> Iterable[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    for row in range(min(model.rowCount(), 500)):
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        for column in range(columns):
            value = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
            if isinstance(value, str):
                yield f"{type(view).__name__} row {row} tooltip", value


def check_widget(widget: QWidget) -> list[str]:
    name = f"{type(widget).__name__}({widget.objectName()})"
    found = problems_in(f"{name} tooltip", widget.toolTip())
    if isinstance(widget, QLabel):
        found += problems_in(name, widget.text(), widget.textFormat())
    if isinstance(widget, QMessageBox):
        found += problems_in(name, widget.text(), widget.textFormat())
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            found += problems_in(f"{name} tab {i} tooltip", widget.tabToolTip(i))
    if isinstance(widget, QAbstractItemView):
        for where, text in tooltips_of_views(widget):
            found += problems_in(where, text)
    for action in widget.actions():
        found += check_action(action)
    return found


def check_action(action: QAction) -> list[str]:
    found = problems_in(f"action {action.text()!r} tooltip", action.toolTip())
    menu = action.menu()
    if isinstance(menu, QMenu):
        for sub in menu.actions():
            found += check_action(sub)
    return found


def test_no_hostile_name_or_error_page_reaches_qt_as_rich_text(
    room: Room, arun: Runner[Any]
) -> None:
    async def opened() -> None:
        open_everything(room)
        await asyncio.sleep(0.05)  # the action tasks start while the loop runs

    arun(opened())
    for tab in room.tabs:
        menu = tab.build_menu([hostile(tab)])
        for action in menu.actions():
            assert not problems_in("menu", action.toolTip()), action.toolTip()
    found = [problem for widget in every_widget() for problem in check_widget(widget)]
    for title, text in room.workspace.notifier.sent:  # some desktops read markup in these
        found += [f"notification: {t!r}" for t in (title, text) if "<" in t or "&" in t]
    assert any("Mallory" in text for _title, text in room.workspace.notifier.sent)
    assert not found, "\n".join(found)
    shown = [w for w in every_widget() if isinstance(w, QLabel) and "Mallory" in w.text()]
    assert any(w.isVisible() for w in shown), "the hostile name is shown somewhere"


def test_the_user_card_warns_of_a_look_alike_of_a_moderator(room: Room) -> None:
    tab = next(t for t in room.tabs if t.controller.provider.name == "prism")
    key = tab.controller.provider.stream.key
    staff = Author("mod-1", "StreamTeam", badges=frozenset({Badge.MODERATOR}))
    impostor = Author("evil", "StreamTeam\u200b")
    tab.controller.model.enqueue(
        [
            ChatMessage("staff-1", key, staff, "welcome", datetime.now(UTC)),
            ChatMessage("evil-1", key, impostor, "send me your password", datetime.now(UTC)),
        ]
    )
    tab.controller.model.flush()
    card = room.cross.show_user_card(impostor, key)
    assert card.warning.isVisibleTo(card)
    assert "looks like StreamTeam" in card.warning.text()
    assert "⟨U+200B⟩" in card.windowTitle()
    real = room.cross.show_user_card(staff, key)
    assert not real.warning.isVisibleTo(real)


def test_a_cut_message_can_be_read_whole_from_its_menu(room: Room) -> None:
    tab = next(t for t in room.tabs if t.controller.provider.name == "prism")
    key = tab.controller.provider.stream.key
    long = ChatMessage("long-1", key, Author("a", "Ann"), "x" * 50_000, datetime.now(UTC))
    tab.controller.model.enqueue([long])
    tab.controller.model.flush()
    menu = tab.build_menu([long])
    whole = next(a for a in menu.actions() if a.text() == MENU_LABEL)
    whole.trigger()
    dialog = tab.actions_.dialog
    assert isinstance(dialog, WholeMessage)
    assert dialog.text.toPlainText() == long.text
    short = tab.build_menu([hostile(tab)])
    assert MENU_LABEL not in [a.text() for a in short.actions()]


def test_a_reversing_name_cannot_turn_a_confirmation_around(room: Room) -> None:
    """``Ban ‮Mallory on PRISM permanently?`` would read backwards after the name."""
    by_name = {t.controller.provider.name: t for t in room.tabs}
    asked = []
    for provider, kind in (("ibmvideo", ActionKind.HARD_DELETE), ("prism", ActionKind.BAN)):
        tab = by_name[provider]
        key = tab.controller.provider.stream.key
        message = ChatMessage("rlo-1", key, Author("r", "\u202eMallory"), "hi", datetime.now(UTC))
        tab.controller.model.enqueue([message])
        tab.controller.model.flush()
        select(tab, message)
        tab.perform(kind)
        dialog = tab.actions_.dialog
        assert isinstance(dialog, QMessageBox | RestrictDialog)
        text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.question.text()
        asked.append(text)
    assert all("⟨U+202E⟩Mallory" in text and "\u202e" not in text for text in asked), asked


def test_a_long_error_page_or_name_cannot_widen_the_window(room: Room, arun: Runner[Any]) -> None:
    async def opened() -> None:
        open_everything(room)
        await asyncio.sleep(0.05)

    arun(opened())
    for tab in room.tabs:
        tab.controller.notice.emit("x" * 400)  # not even a space to wrap at
        tab.show_hint(NAME * 5)
    assert room.window.minimumSizeHint().width() <= 1000
    assert room.window.width() <= 1000
    status = room.tabs[0].status_label
    assert "502 Bad Gateway" in status.toolTip(), "the whole sentence is a hover away"
