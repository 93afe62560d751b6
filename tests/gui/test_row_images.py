"""Rows drawn ahead into pictures (row_images.py): the paint copies them, and what it shows is
exactly what drawing each row in the paint shows, also after a row changes."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from moderator.core.models import Author, Badge, ChatMessage, MessageState
from moderator.ui.across.all_streams import SourceDelegate
from moderator.ui.messages.delegate import PAD_Y
from moderator.ui.messages.message_model import MessageModel
from moderator.ui.messages.message_view import MessageView
from moderator.ui.messages.row_images import FLOOR_BYTES, RowImages
from tests.gui.tabkit import shown_list

START = datetime(2026, 1, 1, tzinfo=UTC)


def msg(i: int) -> ChatMessage:
    badges = frozenset({Badge.MODERATOR}) if i % 9 == 0 else frozenset()
    text = f"line {i} " + ("that wraps over more than one line of the list " * 3 if i % 5 else "")
    return ChatMessage(
        str(i), "prism:1", Author(f"u{i % 7}", f"User {i % 7}", None, badges), text, START
    )


def shown(qtbot: QtBot, count: int = 200) -> tuple[MessageModel, MessageView]:
    model, view = shown_list(qtbot, (520, 360), limit=10_000)
    model.enqueue(msg(i) for i in range(count))
    qtbot.waitUntil(lambda: model.rowCount() == count and view.row_images.copied > 0)
    return model, view


def drawn_live(view: MessageView) -> QImage:
    """The list as the paint draws every row itself (no pictures)."""
    view.row_images.clear()
    copied = view.row_images.copied
    image = view.viewport().grab().toImage()
    assert view.row_images.copied == copied, "nothing was copied"
    return image


def from_pictures(view: MessageView) -> QImage:
    """The list as the paint copies the rows' pictures (drawn ahead first, as in a chat)."""
    assert view.draw_ahead(float("inf"))
    copied = view.row_images.copied
    image = view.viewport().grab().toImage()
    assert view.row_images.copied > copied, "the paint copied pictures"
    return image


def test_a_fast_chat_is_painted_from_pictures_drawn_ahead(qtbot: QtBot) -> None:
    model, view = shown(qtbot)
    # the paint that brought the newest rows copied a picture of every row in sight
    ratio = view.viewport().devicePixelRatioF()
    in_sight = [
        view.row_images.current(view.message_delegate, option, message, ratio) is not None
        for option, message, _row, _plain in view._rows_in(view.viewport().rect())
    ]
    assert len(in_sight) > 3 and all(in_sight)
    assert model.message(model.rowCount() - 1).id in view.row_images._kept
    assert from_pictures(view) == drawn_live(view)


def test_a_row_that_changes_is_not_shown_from_its_old_picture(qtbot: QtBot) -> None:
    model, view = shown(qtbot)
    before = from_pictures(view)
    last = model.message(model.rowCount() - 1)
    model.replace(dataclasses.replace(last, state=MessageState.DELETED))
    model.replace(dataclasses.replace(model.message(model.rowCount() - 2), state=MessageState.READ))
    view.settle()
    painted = view.viewport().grab().toImage()
    assert painted != before, "the deleted and the read row look different"
    assert painted == drawn_live(view)
    assert from_pictures(view) == drawn_live(view)


def test_selected_and_focused_rows_are_drawn_live(qtbot: QtBot) -> None:
    model, view = shown(qtbot)
    row = model.rowCount() - 2
    view.setFocus()
    view.selectionModel().setCurrentIndex(
        model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    assert from_pictures(view) == drawn_live(view)


def all_streams_list(
    qtbot: QtBot, size: tuple[int, int], source: str
) -> tuple[MessageModel, MessageView, SourceDelegate]:
    """A list drawn as All streams draws it (each row after its source's name), on screen."""
    model = MessageModel(limit=10_000)
    view = MessageView(model)
    delegate = SourceDelegate(view, lambda key: f"{source} · {key}")
    view.message_delegate = delegate
    view.setItemDelegate(delegate)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return model, view, delegate


def test_the_all_streams_rows_look_the_same_from_pictures(qtbot: QtBot) -> None:
    model, view, _delegate = all_streams_list(qtbot, (700, 360), "PRISM")
    model.enqueue(msg(i) for i in range(100))
    qtbot.waitUntil(lambda: model.rowCount() == 100 and view.row_images.copied > 0)
    assert from_pictures(view) == drawn_live(view)


def test_a_hidden_list_keeps_no_pictures(qtbot: QtBot) -> None:
    _model, view = shown(qtbot)
    assert len(view.row_images) > 0
    view.hide()
    assert len(view.row_images) == 0


def test_pictures_stay_within_their_budget(qtbot: QtBot) -> None:
    _model, view = shown(qtbot)
    one_row = 520 * 30 * 4
    view.row_images = RowImages(budget=5 * one_row)
    assert view.draw_ahead(float("inf"))
    assert 0 < len(view.row_images) <= 5
    assert view.row_images.size_in_bytes <= 5 * one_row


def test_the_budget_is_two_screens_of_the_list_spares_included(qtbot: QtBot) -> None:
    model, view = shown(qtbot, count=2_000)
    screen = view.viewport().width() * view.viewport().height() * 4
    for first in range(0, 2_000, 25):  # scrolling back through the chat draws many rows
        view.scrollTo(model.index(first))
        assert view.draw_ahead(float("inf"))
    assert view.row_images.size_in_bytes <= max(FLOOR_BYTES, 2 * screen)
    assert view.row_images.size_in_bytes > screen, "a screen of rows at least is kept"


def test_a_row_whose_look_changes_without_a_new_message_is_drawn_again(qtbot: QtBot) -> None:
    # a ban the moderator learns of puts a chip on the author's rows: same message objects
    model, view = shown(qtbot)
    before = from_pictures(view)
    author = model.message(model.rowCount() - 1).author.id
    view.message_delegate.marker = lambda m: "banned" if m.author.id == author else ""
    painted = view.viewport().grab().toImage()
    assert painted != before, "the chip shows"
    assert painted == drawn_live(view)


def test_a_header_too_wide_for_text_beside_it_gives_the_row_a_line_more(qtbot: QtBot) -> None:
    """A directory visitor's row in All streams (source, time, thread, name) leaves no room
    for the text on its first line: the text goes a line down, and the row is that much taller
    (it was measured one line high, and its text was drawn over the next row)."""
    model, view, delegate = all_streams_list(qtbot, (460, 300), "Brilliant Directories")
    author = Author("v1", "Visitor with a long name 8b5cd1")
    model.enqueue(
        [
            ChatMessage(
                "1",
                "brilliant:1",
                author,
                "这个操作太厉害了",
                START,
                thread_label="Thread 21 (open)",
            ),
            ChatMessage("2", "brilliant:1", Author("v2", "Al"), "hi", START),
        ]
    )
    qtbot.waitUntil(lambda: model.rowCount() == 2 and view.heights.is_known(1))
    line = view.heights.height(1)
    layout = delegate.cached_layout(model.message(0), view.font(), view.viewport().width() - 150)
    assert layout.text.lineAt(0).position().y() > 0, "the header took the first line"
    # a line more than a one-line row (which has the same padding)
    assert view.heights.height(0) >= line + 0.75 * (line - 2 * PAD_Y), view.heights.height(0)
