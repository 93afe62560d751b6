"""A note on an author, written on their user card: kept, shown as a chip on their rows in
their stream's tab and in All streams (the note is the chip's tooltip), on no one else's; a
failed save says so and keeps the text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from moderator.core.identity import AuthorKey
from moderator.core.models import ChatMessage
from moderator.core.notes import Notes
from moderator.errors import StorageError
from moderator.ui.messages.delegate import note_rect
from moderator.ui.messages.message_view import MessageView
from moderator.ui.messages.row_colours import NOTE_MARK
from tests.gui.conftest import Runner, until
from tests.gui.desk import Desk, desk
from tests.gui.tabkit import viewer_rows

__all__ = ["desk"]  # the fixture, used by name


def chip_tooltip(view: MessageView, row: int) -> str:
    """What the pointer over the row's note chip shows."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    delegate = view.message_delegate
    message = view.message_at(index)
    assert message is not None
    layout = delegate.cached_layout(message, view.font(), rect.width())
    area = note_rect(layout, delegate.fonts(view.font()), rect)
    if area.isEmpty():
        return ""
    pos = area.center().toPoint()
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text()


def rows_of(view: MessageView, author: ChatMessage) -> list[int]:
    model = view.model()
    return [
        r
        for r in range(model.rowCount())
        if (m := view.message_at(model.index(r, 0))) is not None
        and AuthorKey.of(m) == AuthorKey.of(author)
    ]


def test_a_note_shows_on_the_authors_rows_only(desk: Desk, arun: Runner[Any]) -> None:
    tab = desk.tabs[0]
    rows = viewer_rows(tab)
    seen = tab.controller.model.message(rows[-1])
    other = next(
        tab.controller.model.message(r)
        for r in rows
        if tab.controller.model.message(r).author.id != seen.author.id
    )
    card = desk.cross.show_user_card(seen.author, seen.stream_key)
    # the whole card shows at once: the note, and the actions under it
    assert card.note_box.isVisible() and card.body.isVisible()
    card.note_box.editor.setPlainText("warned twice about links")
    card.note_box.save_button.click()
    assert card.note_box.status.text() == "Saved."
    assert desk.cross.extras.notes.of(AuthorKey.of(seen)) == "warned twice about links"
    row = rows_of(tab.view, seen)[-1]
    assert chip_tooltip(tab.view, row) == "warned twice about links"
    assert chip_tooltip(tab.view, rows_of(tab.view, other)[-1]) == ""
    layout = tab.view.message_delegate.cached_layout(seen, tab.view.font(), 800)
    assert NOTE_MARK in [label for label, _colour, _width in layout.badges]

    everywhere = desk.cross.show_all_streams()
    assert everywhere is not None
    arun(until(lambda: bool(rows_of(everywhere.view, seen)), what="their row in All streams"))
    assert chip_tooltip(everywhere.view, rows_of(everywhere.view, seen)[-1]) == (
        "warned twice about links"
    )
    again = desk.cross.show_user_card(seen.author, seen.stream_key)
    assert again.note_box.editor.toPlainText() == "warned twice about links"
    again.note_box.editor.setPlainText("")
    again.note_box.save_button.click()
    assert again.note_box.status.text() == "Note removed."
    assert chip_tooltip(tab.view, rows_of(tab.view, seen)[-1]) == ""


class BrokenNotes:
    def load(self) -> dict[AuthorKey, str]:
        return {}

    def save(self, author: AuthorKey, text: str) -> None:
        raise StorageError("the disk is full")


def test_a_failed_save_keeps_the_text_and_says_so(desk: Desk) -> None:
    desk.cross.extras.notes = Notes(BrokenNotes())
    tab = desk.tabs[0]
    seen = tab.controller.model.message(viewer_rows(tab)[-1])
    card = desk.cross.show_user_card(seen.author, seen.stream_key)
    card.note_box.editor.setPlainText("keep me")
    card.note_box.save_button.click()
    assert "could not be saved (the disk is full)" in card.note_box.status.text()
    assert card.note_box.editor.toPlainText() == "keep me"
    assert desk.cross.extras.notes.of(AuthorKey.of(seen)) == ""
