"""The widgets that show what the message bridge routes (:mod:`moderator.ui.kit.messages`): a
notice line for a surface, a dismissible notice bar for a stream's tab, a question box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from moderator import APP_NAME
from moderator.ui.kit.announce import announce
from moderator.ui.kit.contrast import readable_on
from moderator.ui.kit.i18n import tr_core
from moderator.ui.kit.messages import Level, Message, Question
from moderator.ui.kit.plain import LineLabel, plain_box

#: each level's colour: errors and warnings red as before, news blue; the text is made to read
#: (4.5:1) on the theme's window, the bar's background is a tint of it
COLOURS = {Level.ERROR: "#a50e0e", Level.WARNING: "#a50e0e", Level.INFO: "#174ea6"}
#: how much of the level's colour the bar's background takes
TINT = 0.12


def paint(widget: QWidget, level: Level, *, fill: bool) -> None:
    """Colour ``widget`` (and the labels in it) for ``level`` on the theme in force.

    A palette, not a style sheet: a style sheet changed twice before the widget is first shown
    keeps the first one (a notice told twice while its tab was hidden kept the wrong colour).
    """
    colours = QPalette(QApplication.palette(widget))
    window = colours.color(QPalette.ColorRole.Window)
    colour = QColor(COLOURS[level])
    back = _blend(colour, window, TINT) if fill else window
    colours.setColor(QPalette.ColorRole.Window, back)
    colours.setColor(QPalette.ColorRole.WindowText, readable_on(colour, back))
    widget.setAutoFillBackground(fill)
    widget.setPalette(colours)


def _blend(colour: QColor, under: QColor, share: float) -> QColor:
    """``share`` of ``colour`` over ``under``."""
    keep = 1.0 - share
    return QColor.fromRgbF(
        colour.redF() * share + under.redF() * keep,
        colour.greenF() * share + under.greenF() * keep,
        colour.blueF() * share + under.blueF() * keep,
    )


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
        paint(self, message.level, fill=False)
        self.setText(tr_core("Core", message.text))
        self.show()
        announce(self, message.text, assertive=message.level is not Level.INFO)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # the theme changed
            paint(self, self.level, fill=False)


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
        self.hide()

    def show_message(self, message: Message) -> None:
        self.level = message.level
        paint(self, message.level, fill=True)
        self.label.setText(tr_core("Core", message.text))
        self.show()
        announce(self.label, message.text, assertive=message.level is not Level.INFO)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # the theme changed
            paint(self, self.level, fill=True)


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
