"""Which author did the command mean? Asked when a name fits several authors of the chat (two
spellings that look alike, or one name used by two accounts): each is shown with hidden
characters made visible, their id and their last words, so look-alikes can be told apart."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QVBoxLayout, QWidget

from moderator.core.models import ChatMessage
from moderator.core.names import display_text, visible_name
from moderator.ui.kit.plain import PlainLabel

#: how much of an author's last message the list shows
GLIMPSE = 60


def describe(message: ChatMessage) -> str:
    said = display_text(message.text, GLIMPSE)
    return f"{visible_name(message.author.name)}  ·  id {message.author.id}  ·  “{said}”"


class PickAuthor(QDialog):
    def __init__(
        self, typed: str, candidates: Sequence[ChatMessage], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PickAuthor", "Which author?"))
        self.candidates = list(candidates)
        question = PlainLabel(
            QCoreApplication.translate(
                "PickAuthor", "Several authors of this chat go by “{name}”. Which one did you mean?"
            ).format(name=visible_name(typed)),
            self,
        )
        question.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.addItems([describe(m) for m in self.candidates])
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def chosen(self) -> ChatMessage | None:
        row = self.list.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None
