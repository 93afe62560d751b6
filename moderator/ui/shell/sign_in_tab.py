"""The tab of a saved stream that could not come back: what went wrong, and "Sign in again"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from moderator.ui.kit.plain import PlainLabel
from moderator.ui.shell.empty_state import centred_column


class SignInAgainTab(QWidget):
    sign_in_requested = Signal()

    def __init__(self, sentence: str, *, can_sign_in: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sentence = PlainLabel(sentence, self)
        self.sentence.setWordWrap(True)
        self.button = QPushButton(self.tr("Sign in again…"), self)
        self.button.setEnabled(can_sign_in)
        self.button.clicked.connect(self.sign_in_requested)
        centred_column(self, [self.sentence, self.button])
