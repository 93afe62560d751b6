"""The live filter of one tab (Ctrl+F): text, author, unread only, links; Esc clears it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from moderator.core.filtering import MessageFilter
from moderator.ui.kit.i18n import counts
from moderator.ui.kit.plain import PlainLabel
from moderator.ui.kit.theme import muted

#: typing pauses this long before the rows are filtered again (one pass over them)
DEBOUNCE_MS = 150


class FilterBar(QWidget):
    changed = Signal(object)  # MessageFilter
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Filter by text…"))
        self.text.setClearButtonEnabled(True)
        self.author = QLineEdit(self)
        self.author.setPlaceholderText(self.tr("Author…"))
        self.author.setClearButtonEnabled(True)
        self.author.setMaximumWidth(180)
        self.unread = QCheckBox(self.tr("Unread only"), self)
        self.links = QCheckBox(self.tr("Has links"), self)
        self.count = PlainLabel(self)
        muted(self.count)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Clear the filter and close (Esc)"))
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 4, 2)
        for widget in (self.text, self.author, self.unread, self.links, self.count, close):
            row.addWidget(widget, 1 if widget is self.text else 0)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply)
        for edit in (self.text, self.author):
            edit.textChanged.connect(self._timer.start)
        for box in (self.unread, self.links):
            box.toggled.connect(self.apply)
        self._name_for_readers(close)
        self.hide()

    def _name_for_readers(self, close: QToolButton) -> None:
        """What a screen reader says for each field (a placeholder is not a name)."""
        self.setAccessibleName(self.tr("Filter messages"))
        self.text.setAccessibleName(self.tr("Filter by text"))
        self.text.setAccessibleDescription(self.tr("Show only messages containing this text"))
        self.author.setAccessibleName(self.tr("Filter by author"))
        self.author.setAccessibleDescription(self.tr("Show only messages by this author"))
        self.unread.setAccessibleDescription(self.tr("Show only unread messages"))
        self.links.setAccessibleDescription(self.tr("Show only messages with a link"))
        self.count.setAccessibleName(self.tr("Messages shown"))
        close.setAccessibleName(self.tr("Clear the filter and close"))
        close.setAccessibleDescription(self.tr("Esc"))

    def current(self) -> MessageFilter:
        return MessageFilter(
            self.text.text(), self.author.text(), self.unread.isChecked(), self.links.isChecked()
        )

    def open_bar(self) -> None:
        self.show()
        self.text.setFocus()
        self.text.selectAll()

    def close_bar(self) -> None:
        for edit in (self.text, self.author):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        for box in (self.unread, self.links):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self._timer.stop()
        self.apply()
        self.hide()
        self.closed.emit()

    def apply(self) -> None:
        self._timer.stop()
        self.changed.emit(self.current())

    def show_count(self, shown: int | None) -> None:
        self.count.setText("" if shown is None else counts().shown(shown))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.apply()
        else:
            super().keyPressEvent(event)
