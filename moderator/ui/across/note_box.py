"""The moderator's note on one author, on their user card: written, saved in the profile, and
shown from then on as a chip on the author's rows (the note is its tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.core.identity import AuthorKey
from moderator.core.notes import NOTE_LIMIT, Notes
from moderator.errors import StorageError
from moderator.ui.kit.plain import LineLabel
from moderator.ui.kit.theme import muted


class NoteBox(QGroupBox):
    #: the note was saved (or removed)
    saved = Signal()

    def __init__(self, notes: Notes, author: AuthorKey, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("NoteBox", "Your note on this author"), parent)
        self.notes = notes
        self.author = author
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(
            QCoreApplication.translate(
                "NoteBox",
                "Shown on this card and as a ✎ chip on their rows; shared with your team if you "
                "have one.",
            )
        )
        self.editor.setPlainText(notes.of(author))
        self.editor.setFixedHeight(64)
        self.save_button = QPushButton(QCoreApplication.translate("NoteBox", "Save note"), self)
        self.save_button.clicked.connect(self.save)
        self.status = LineLabel(self)
        muted(self.status)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.addWidget(self.editor)
        column.addLayout(row)
        self._signed(notes.by(author))

    def _signed(self, by: str) -> None:
        if by:
            self.status.setText(
                QCoreApplication.translate("NoteBox", "Written by {moderator}.").format(
                    moderator=by
                )
            )

    def heard(self, text: str, by: str) -> None:
        """Another moderator of the team changed the note: shown, unless the moderator is
        writing in the box (their words are not thrown away; saving replaces the note)."""
        if self.editor.document().isModified():
            self.status.setText(
                QCoreApplication.translate(
                    "NoteBox", "{moderator} changed this note meanwhile; saving replaces it."
                ).format(moderator=by)
            )
            return
        self.editor.setPlainText(text)
        if by:
            self._signed(by)
        else:
            self.status.clear()

    def save(self) -> None:
        text = self.editor.toPlainText()
        try:
            kept = self.notes.set(self.author, text)
        except StorageError as err:
            self.status.setText(
                QCoreApplication.translate(
                    "NoteBox", "The note could not be saved ({error}); it is still in the box."
                ).format(error=err)
            )
            return
        if len(text.strip()) > NOTE_LIMIT:
            self.editor.setPlainText(kept)
        self.editor.document().setModified(False)
        self.status.setText(
            QCoreApplication.translate("NoteBox", "Saved.")
            if kept
            else QCoreApplication.translate("NoteBox", "Note removed.")
        )
        self.saved.emit()
