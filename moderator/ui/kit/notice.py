"""The widgets that show what the message bridge routes (:mod:`moderator.ui.kit.messages`): a
notice line for a surface, a dismissible notice bar for a stream's tab, a question box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from moderator import APP_NAME
from moderator.ui.kit.messages import Level, Message, Question
from moderator.ui.kit.plain import LineLabel, plain_box

#: (text, background) for each level: errors and warnings red as before, news in blue
COLOURS = {
    Level.ERROR: ("#a50e0e", "#fce8e6"),
    Level.WARNING: ("#a50e0e", "#fce8e6"),
    Level.INFO: ("#174ea6", "#e8f0fe"),
}


class NoticeLine(LineLabel):
    """A surface's line for what it was told (All streams, search, a user card): it shows the
    last message until the next one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.level = Level.ERROR
        self.hide()

    def show_message(self, message: Message) -> None:
        self.level = message.level
        self.setStyleSheet(f"color: {COLOURS[message.level][0]};")
        self.setText(message.text)
        self.show()


class NoticeBar(QWidget):
    """A stream tab's bar for what it was told, with a ✕ to dismiss it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.label = LineLabel(self)
        self.label.setWordWrap(True)
        self.level = Level.ERROR
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(self.label, 1)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(QCoreApplication.translate("NoticeBar", "Dismiss"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        row.addWidget(close)
        self._paint(Level.ERROR)
        self.hide()

    def show_message(self, message: Message) -> None:
        self._paint(message.level)
        self.label.setText(message.text)
        self.show()

    def _paint(self, level: Level) -> None:
        self.level = level
        text, back = COLOURS[level]
        self.setStyleSheet(
            f"#noticeBar {{ background: {back}; }} #noticeBar QLabel {{ color: {text}; }}"
        )


def question_box(question: Question, parent: QWidget | None) -> QMessageBox:
    """A box asking ``question`` without blocking: its first answer is the default, its "not
    now" answer the one Escape picks; closing it unanswered answers ``None``."""
    box = plain_box(QMessageBox(QMessageBox.Icon.Question, APP_NAME, question.text, parent=parent))
    if question.details:
        box.setInformativeText(question.details)
    buttons: dict[QAbstractButton, str] = {}
    default: QPushButton | None = None
    for number, label in enumerate(question.answers):
        role = QMessageBox.ButtonRole.ActionRole
        if number == 0:
            role = QMessageBox.ButtonRole.AcceptRole
        elif label == question.later:
            role = QMessageBox.ButtonRole.RejectRole
        button = box.addButton(label, role)
        buttons[button] = label
        default = default or button
    if default is not None:
        box.setDefaultButton(default)
    for choice, label in buttons.items():
        if label == question.later:
            box.setEscapeButton(choice)

    def answered(_code: int) -> None:
        clicked = box.clickedButton()
        question.answer(buttons.get(clicked) if clicked is not None else None)

    box.finished.connect(answered)
    box.open()
    return box
