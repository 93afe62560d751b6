"""Rows that hostile content cannot break: look-alike names are marked, stacked marks stay in
their row, and a 5 MB message is shown cut (with a way to read it all) without stalling."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from moderator.core.models import Author, Badge, ChatMessage
from moderator.core.names import MORE, TEXT_LIMIT
from moderator.ui.dialogs.whole_message import WholeMessage, is_cut
from moderator.ui.messages.delegate import MessageDelegate
from moderator.ui.messages.message_model import MessageModel
from moderator.ui.messages.message_view import MessageView
from moderator.ui.messages.row_colours import WARNING

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
STAFF = Author("mod-1", "StreamTeam", badges=frozenset({Badge.MODERATOR}))


def line(mid: str, author: Author, text: str = "hello") -> ChatMessage:
    return ChatMessage(mid, "prism:1", author, text, NOW)


@pytest.fixture
def view(qtbot: QtBot) -> MessageView:
    shown = MessageView(MessageModel())
    qtbot.addWidget(shown)
    shown.resize(600, 400)
    shown.show()
    return shown


def add(view: MessageView, *messages: ChatMessage) -> MessageModel:
    model = view.model()
    assert isinstance(model, MessageModel)
    model.enqueue(messages)
    model.flush()
    return model


def delegate_of(view: MessageView) -> MessageDelegate:
    delegate = view.itemDelegate()
    assert isinstance(delegate, MessageDelegate)
    return delegate


@pytest.mark.parametrize(
    "impostor", ["StreamTeam\u200b", "StreamTeаm", "Strearn Team", "StreamTeam"]
)
def test_a_look_alike_of_a_moderator_is_marked_in_its_row_and_tooltip(
    view: MessageView, impostor: str
) -> None:
    model = add(view, line("1", STAFF), line("2", Author("evil", impostor)))
    delegate = delegate_of(view)
    real = delegate.layout(model.message(0), view.font(), 580)
    fake = delegate.layout(model.message(1), view.font(), 580)
    assert not real.name.startswith(WARNING)
    assert fake.name.startswith(WARNING)
    assert fake.looks_like == "StreamTeam"
    tip = model.data(model.index(1), Qt.ItemDataRole.ToolTipRole)
    assert "looks like StreamTeam" in tip
    assert "\u200b" not in fake.name


def test_a_reversing_name_is_shown_with_its_marker_not_reversed(view: MessageView) -> None:
    model = add(view, line("1", Author("x", "\u202eMANAGER StreamTeam")))
    row = delegate_of(view).layout(model.message(0), view.font(), 580)
    assert row.name == "⟨U+202E⟩MANAGER StreamTeam:"


def test_ten_thousand_marks_keep_a_row_one_line_high(view: MessageView) -> None:
    zalgo = "Z" + "\u0336\u0301" * 5_000
    model = add(
        view,
        line("plain", Author("a", "Zed"), "Z"),
        line("zalgo", Author("b", zalgo), zalgo),
    )
    delegate = delegate_of(view)
    plain = delegate.layout(model.message(0), view.font(), 580)
    marked = delegate.layout(model.message(1), view.font(), 580)
    assert marked.height == pytest.approx(plain.height, abs=2)
    assert len(marked.name) < 10
    assert not view.grab().isNull()


def test_a_five_megabyte_message_is_shown_cut_without_stalling_the_list(
    view: MessageView, qtbot: QtBot
) -> None:
    huge = ("word " * 1_000_000)[:5_000_000]
    add(view, *(line(str(i), Author("a", "Ann")) for i in range(50)))
    # this thread's CPU time, not wall time: on a loaded machine other processes' turns would
    # count, yet inserting, laying out and painting all run here, on the GUI thread
    started = time.thread_time()
    model = add(view, line("huge", Author("b", "Bob"), huge))
    view.settle()
    view.grab()
    took = time.thread_time() - started
    # ~10 ms on an idle machine; laying out all 5 MB took seconds
    assert took < 0.5, f"inserting and painting a 5 MB message took {took:.2f} s"
    row = model.row_of("huge")
    assert row is not None
    laid = delegate_of(view).layout(model.message(row), view.font(), 580)
    assert laid.text.text().endswith(MORE)
    assert len(laid.text.text()) == TEXT_LIMIT + len(MORE)
    message = model.message(row)
    assert is_cut(message)
    dialog = WholeMessage(message, view)
    qtbot.addWidget(dialog)
    assert len(dialog.text.toPlainText()) == len(huge)


def test_a_row_paints_only_inside_its_own_box(view: MessageView) -> None:
    tall = "words that wrap " * 300  # many lines: taller than the box it is given below
    model = add(view, line("tall", Author("a", "Ann"), tall))
    image = QImage(600, 300, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 100, 600, 40)
    option.font = view.font()
    painter = QPainter(image)
    delegate_of(view).paint(painter, option, model.index(0))
    painter.end()
    outside = [
        (x, y)
        for y in (*range(0, 100, 3), *range(141, 300, 3))
        for x in range(0, 600, 7)
        if image.pixelColor(x, y) != QColor("white")
    ]
    inside = [
        (x, y)
        for y in range(100, 140)
        for x in range(600)
        if image.pixelColor(x, y) != QColor("white")
    ]
    assert inside, "the row painted something"
    assert outside == []


def test_a_look_alike_seen_before_the_moderator_is_marked_once_they_speak(
    view: MessageView,
) -> None:
    model = add(view, line("1", Author("evil", "StreamTeam\u200b")))
    delegate = delegate_of(view)
    before = delegate.cached_layout(model.message(0), view.font(), 580)
    assert before.looks_like is None
    add(view, line("2", STAFF))
    after = delegate.cached_layout(model.message(0), view.font(), 580)
    assert after.looks_like == "StreamTeam"
    assert after.name.startswith(WARNING)
