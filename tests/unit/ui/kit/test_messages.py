"""The message bridge routes each sentence to the display for its place, else its stream, else
the window's; a display whose widget is gone is skipped; a question is answered once."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from moderator.ui.kit import messages
from moderator.ui.kit.contrast import contrast
from moderator.ui.kit.messages import Level, Message, MessageBridge, Question
from moderator.ui.kit.notice import NoticeBar, NoticeLine, question_box


class Shown(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.got: list[Message] = []

    def show_message(self, message: Message) -> None:
        self.got.append(message)


@pytest.fixture
def bridge() -> MessageBridge:
    return MessageBridge()


def test_place_then_stream_then_the_general_display(qtbot: QtBot, bridge: MessageBridge) -> None:
    general, tab, card = Shown(), Shown(), Shown()
    for widget in (general, tab, card):
        qtbot.addWidget(widget)
    bridge.attach(general)
    bridge.attach(tab, stream="prism:1", place=tab)
    bridge.attach(card, place=card)
    bridge.show(Message(Level.ERROR, "for the card", stream="prism:1", place=card))
    bridge.show(Message(Level.ERROR, "about the stream", stream="prism:1"))
    bridge.show(Message(Level.INFO, "for anyone"))
    bridge.show(Message(Level.INFO, "a stream with no tab", stream="allmine:2"))
    assert [m.text for m in card.got] == ["for the card"]
    assert [m.text for m in tab.got] == ["about the stream"]
    assert [m.text for m in general.got] == ["for anyone", "a stream with no tab"]


def test_the_latest_live_display_wins(qtbot: QtBot, bridge: MessageBridge) -> None:
    old, new = Shown(), Shown()
    qtbot.addWidget(old)
    bridge.attach(old, stream="s")
    bridge.attach(new, stream="s")
    bridge.show(Message(Level.WARNING, "one", stream="s"))
    new.deleteLater()
    qtbot.waitUntil(lambda: not messages._alive(new))
    bridge.show(Message(Level.WARNING, "two", stream="s"))
    assert [m.text for m in new.got] == ["one"]
    assert [m.text for m in old.got] == ["two"], "the tab closed: the older display shows it"


def test_nothing_attached_is_logged_and_heard(
    bridge: MessageBridge, caplog: pytest.LogCaptureFixture
) -> None:
    heard: list[object] = []
    bridge.listeners.append(heard.append)
    with caplog.at_level(logging.INFO, logger="moderator.ui.kit.messages"):
        assert not bridge.show(Message(Level.ERROR, "the disk is full"))
    assert heard == [Message(Level.ERROR, "the disk is full")]
    assert "told the moderator: the disk is full" in caplog.text


def test_the_module_functions_use_the_installed_bridge(qtbot: QtBot) -> None:
    shown = Shown()
    qtbot.addWidget(shown)
    old = messages.install(MessageBridge())
    try:
        messages.attach(shown)
        assert messages.error("e") and messages.warning("w") and messages.info("i")
    finally:
        messages.install(old)
    assert [(m.level, m.text) for m in shown.got] == [
        (Level.ERROR, "e"),
        (Level.WARNING, "w"),
        (Level.INFO, "i"),
    ]


def test_a_question_is_answered_once() -> None:
    answers: list[str | None] = []
    question = Question("Send them now?", ("Send now", "Discard"), answers.append)
    with pytest.raises(ValueError, match="not one of"):
        question.answer("Maybe")
    question.answer("Discard")
    question.answer("Send now")
    assert answers == ["Discard"]


def test_question_box_answers_with_the_clicked_label(qtbot: QtBot) -> None:
    answers: list[str | None] = []
    question = Question("Now?", ("Send now", "Discard", "Later"), answers.append, later="Later")
    box = question_box(question, None)
    qtbot.addWidget(box)
    assert box.defaultButton().text() == "Send now"
    (discard,) = [b for b in box.buttons() if b.text() == "Discard"]
    discard.click()
    assert answers == ["Discard"]


def test_question_box_escape_means_later(qtbot: QtBot) -> None:
    answers: list[str | None] = []
    question = Question("Now?", ("Send now", "Later"), answers.append, later="Later")
    box = question_box(question, None)
    qtbot.addWidget(box)
    QTest.keyClick(box, Qt.Key.Key_Escape)
    assert answers == ["Later"]


def text_colour(widget: QWidget) -> str:
    return str(widget.palette().color(QPalette.ColorRole.WindowText).name())


def test_notice_widgets_colour_by_level_even_when_told_twice_while_hidden(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    line, bar = NoticeLine(parent), NoticeBar(parent)
    for shown in (line, bar):
        shown.show_message(Message(Level.ERROR, "Not sent: refused."))
        shown.show_message(Message(Level.INFO, "Exported 3 messages."))
    parent.show()
    qtbot.waitExposed(parent)
    assert line.text() == bar.label.text() == "Exported 3 messages."
    for text in (text_colour(line), text_colour(bar.label)):
        assert QColor(text).blue() > QColor(text).red(), text
    back = bar.palette().color(QPalette.ColorRole.Window)
    assert back != parent.palette().color(QPalette.ColorRole.Window) and bar.autoFillBackground()
    assert contrast(QColor(text_colour(bar.label)), back) >= 4.5


def test_a_notice_stays_readable_on_a_dark_theme(qtbot: QtBot) -> None:
    bar = NoticeBar()
    qtbot.addWidget(bar)
    dark = QPalette(QColor("#202124"))
    bar.setPalette(dark)  # as a dark theme would give it
    old = QApplication.palette()
    QApplication.setPalette(dark)
    try:
        bar.show_message(Message(Level.ERROR, "Not sent."))
        colours = bar.label.palette()
        window = colours.color(QPalette.ColorRole.Window)
        assert window.lightness() < 80, "a tint of the dark window, not a pink bar"
        assert contrast(colours.color(QPalette.ColorRole.WindowText), window) >= 4.5
    finally:
        QApplication.setPalette(old)
