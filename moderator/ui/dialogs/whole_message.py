"""A long message in full: plain text in a scrolling, read-only box, on the moderator's request.

A row shows the first :data:`~moderator.core.names.TEXT_LIMIT` characters of a message, so one
5 MB message never stalls the list; this dialog is where the rest can be read.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from moderator.core.models import ChatMessage
from moderator.core.names import TEXT_LIMIT, safe_text, visible_name
from moderator.ui.kit.i18n import QT_TRANSLATE_NOOP, plural
from moderator.ui.kit.plain import PlainLabel, window_title

MENU_LABEL = QT_TRANSLATE_NOOP("WholeMessage", "Show whole message")


def is_cut(message: ChatMessage) -> bool:
    """Whether its row shows only the start of the message."""
    return len(message.text) > TEXT_LIMIT


class WholeMessage(QDialog):
    def __init__(self, message: ChatMessage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        name = visible_name(message.author.name)
        self.setWindowTitle(window_title(self.tr("Message from {name}").format(name=name)))
        self.text = QPlainTextEdit(self)  # plain text only: no markup is ever read
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setPlainText(safe_text(message.text))
        length = len(message.text)
        size_text = plural(self.tr("{name}: %Ln character(s)", "", length), length)
        size = PlainLabel(size_text.format(name=name), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(size)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(700, 500)


def whole_label() -> str:
    """The menu entry that opens this dialog, in the moderator's language."""
    return QCoreApplication.translate("WholeMessage", MENU_LABEL)
