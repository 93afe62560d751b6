"""What a screen reader hears for each row of every list: "author, platform, time, state: text",
read by walking the accessibility tree as assistive technology does."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from moderator.core.models import Author, Badge, ChatMessage, MessageKind, MessageState
from moderator.ui.messages.message_model import MessageModel
from moderator.ui.messages.message_view import MessageView
from tests.gui.conftest import Runner, until
from tests.gui.desk import Desk, desk
from tests.gui.tabkit import row_in

__all__ = ["desk"]  # the fixture, used by name

#: 12:01 in the moderator's own zone, whatever zone the test machine is in
NOON = datetime(2026, 3, 1, 12, 1).astimezone()
NAME = QAccessible.Text.Name


def line(i: int, state: MessageState = MessageState.NONE, **extra: Any) -> ChatMessage:
    return ChatMessage(
        str(i), "prism:7", Author("a", "Ana"), f"hello {i}", NOON, state=state, **extra
    )


def face_of(widget: QWidget) -> QAccessibleInterface:
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None and face.isValid()
    return face


def names(widget: QWidget) -> list[str]:
    face = face_of(widget)
    return [face.child(i).text(NAME) for i in range(face.childCount())]


def test_each_row_of_a_tab_reads_author_platform_time_state_and_text(qtbot: QtBot) -> None:
    model = MessageModel()
    model.platform_name = lambda key: {"prism": "PRISM"}[key.partition(":")[0]]
    model.enqueue(
        [
            line(1),
            line(2, MessageState.DELETED),
            line(3, MessageState.DELETED | MessageState.REMOVED),
            line(4, MessageState.PENDING | MessageState.READ),
            line(5, kind=MessageKind.MODERATION),
        ]
    )
    model.flush()
    view = MessageView(model)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    face = face_of(view)
    assert face.role() == QAccessible.Role.List
    assert names(view) == [
        "Ana, PRISM, 12:01: hello 1",
        "Ana, PRISM, 12:01, deleted: hello 2",
        "Ana, PRISM, 12:01, removed on the platform: hello 3",
        "Ana, PRISM, 12:01, pending, read: hello 4",
        "Ana, PRISM, 12:01, moderation note: hello 5",
    ]
    assert face.child(0).role() == QAccessible.Role.ListItem
    details = face.child(1).text(QAccessible.Text.Description)
    assert details.startswith("PRISM, 2026-03-01 12:01:00")
    staff = ChatMessage(
        "9",
        "prism:7",
        Author("o", "Olga", badges=frozenset({Badge.MODERATOR, Badge.OWNER})),
        "hi",
        NOON,
        thread_label="Room 2",
    )
    model.enqueue([staff])
    model.flush()
    said = face.child(row_in(model, "9")).text(QAccessible.Text.Description)
    assert said == "PRISM, 2026-03-01 12:01:00. owner, moderator. in Room 2"
    model.change_state("1", add=MessageState.DELETED)
    assert face.child(0).text(NAME) == "Ana, PRISM, 12:01, deleted: hello 1"


def test_rows_of_tabs_all_streams_and_search_name_their_platform(
    desk: Desk, arun: Runner[Any]
) -> None:
    platforms = {"prism": "PRISM", "brilliant": "Brilliant Directories", "allmine": "Allmine"}
    for tab in desk.tabs:
        platform = platforms[tab.controller.provider.stream.provider]
        heard = names(tab.view)
        assert len(heard) == tab.controller.model.rowCount() > 0
        assert all(f", {platform}, " in said for said in heard), heard[:3]
        first = tab.controller.model.message(0)
        assert heard[0].startswith(first.author.name)
    desk.window.all_streams_action.trigger()
    overview = desk.cross.all_streams
    assert overview is not None
    total = sum(t.controller.model.rowCount() for t in desk.tabs)
    arun(until(lambda: overview.model.rowCount() >= total, what="the tabs' rows"))
    heard = names(overview.view)
    assert {p for p in platforms.values() if any(f", {p}, " in s for s in heard)} == set(
        platforms.values()
    )
    dialog = desk.cross.open_search()
    dialog.run()
    table = face_of(dialog.table)
    assert table.role() == QAccessible.Role.Table
    message = dialog.model.message(0)
    spoken = dialog.model.index(0, 3).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(
        f"{message.author.name}, {platforms[message.stream_key.split(':')[0]]}"
    )
    cells = [table.child(i).text(NAME) for i in range(table.childCount())]
    assert spoken in cells
