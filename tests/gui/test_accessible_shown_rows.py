"""A screen reader hears the rows a sighted moderator sees: with the filter bar (or /clear)
hiding rows, the list's accessibility children are exactly the rows in sight, in order, with
the right count; focus and selection events name the row where it now stands."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from moderator.core.filtering import MessageFilter
from moderator.core.models import Author, ChatMessage
from moderator.ui.messages.message_model import MessageModel
from moderator.ui.messages.message_view import MessageView

NOON = datetime(2026, 3, 1, 12, 1).astimezone()
NAME = QAccessible.Text.Name


def line(i: int, who: str) -> ChatMessage:
    return ChatMessage(str(i), "prism:7", Author(who.lower(), who), f"hello {i}", NOON)


def tree(widget: QWidget) -> QAccessibleInterface:
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None and face.isValid()
    return face


def heard(widget: QWidget) -> list[str]:
    face = tree(widget)
    return [face.child(i).text(NAME) for i in range(face.childCount())]


def a_view(qtbot: QtBot, count: int = 10) -> MessageView:
    model = MessageModel()
    model.platform_name = lambda _key: "PRISM"
    model.enqueue([line(i, "Ana" if i % 3 == 0 else "Bo") for i in range(count)])
    model.flush()
    view = MessageView(model)
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    return view


def test_filtered_out_rows_are_not_in_the_tree(qtbot: QtBot) -> None:
    view = a_view(qtbot)
    assert len(heard(view)) == 10
    view.set_filter(MessageFilter(author="ana"))
    names = heard(view)
    assert names == [f"Ana, PRISM, 12:01: hello {i}" for i in (0, 3, 6, 9)]
    face = tree(view)
    assert face.role() == QAccessible.Role.List
    for i in range(face.childCount()):
        row = face.child(i)
        assert row.role() == QAccessible.Role.ListItem
        assert face.indexOfChild(row) == i
        assert row.parent().object() is view
    view.set_filter(MessageFilter(text="hello 5"))
    assert heard(view) == ["Bo, PRISM, 12:01: hello 5"]
    view.set_filter(MessageFilter(text="hello 7"))  # as many rows, other ones
    assert heard(view) == ["Bo, PRISM, 12:01: hello 7"]
    view.set_filter(MessageFilter())
    assert len(heard(view)) == 10


def test_rows_arriving_under_a_filter_are_heard_only_when_shown(qtbot: QtBot) -> None:
    view = a_view(qtbot)
    view.set_filter(MessageFilter(text="hello 1"))
    model = view.model()
    assert isinstance(model, MessageModel)
    model.enqueue([line(10, "Cy"), line(11, "Cy"), line(20, "Cy")])
    model.flush()
    assert heard(view) == [
        f"{w}, PRISM, 12:01: hello {i}" for w, i in (("Bo", 1), ("Cy", 10), ("Cy", 11))
    ]


def test_the_current_row_is_the_focused_child_where_it_stands(qtbot: QtBot) -> None:
    view = a_view(qtbot)
    view.set_filter(MessageFilter(author="ana"))
    view.setFocus()
    model = view.model()
    view.selectionModel().setCurrentIndex(
        model.index(6, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    face = tree(view)
    focused = face.focusChild()
    assert focused is not None
    assert focused.text(NAME) == "Ana, PRISM, 12:01: hello 6"
    assert face.indexOfChild(focused) == 2
    assert focused.state().selected
    assert not face.child(0).state().selected


def test_rows_trimmed_away_leave_the_tree_and_the_rest_still_read(qtbot: QtBot) -> None:
    model = MessageModel(limit=6)
    model.platform_name = lambda _key: "PRISM"
    model.enqueue([line(i, "Ana") for i in range(6)])
    model.flush()
    view = MessageView(model)
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    face = tree(view)
    old = [face.child(i) for i in range(face.childCount())]  # the reader has met every row
    model.enqueue([line(i, "Bo") for i in range(6, 10)])
    model.flush()
    model.trim()
    assert heard(view) == [f"Ana, PRISM, 12:01: hello {i}" for i in (4, 5)] + [
        f"Bo, PRISM, 12:01: hello {i}" for i in range(6, 10)
    ]
    del old  # the trimmed rows' interfaces were handed back to Qt's cache, not used again
