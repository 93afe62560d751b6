"""The send box: a line edit that remembers what was sent (Up / Down walk through it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

HISTORY = 50


class SendBox(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: list[str] = []
        #: where Up / Down are in the history; len(history) is the line being typed
        self._at = 0
        self._draft = ""

    def remember(self, text: str) -> None:
        if not self.history or self.history[-1] != text:
            self.history.append(text)
            del self.history[:-HISTORY]
        self._at = len(self.history)
        self._draft = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Up and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._walk(-1)
        elif event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self._walk(1)
        else:
            super().keyPressEvent(event)

    def _walk(self, step: int) -> None:
        target = min(max(self._at + step, 0), len(self.history))
        if target == self._at:
            return
        if self._at == len(self.history):
            self._draft = self.text()  # keep what was being typed, to come back to it
        self._at = target
        self.setText(self._draft if target == len(self.history) else self.history[target])
