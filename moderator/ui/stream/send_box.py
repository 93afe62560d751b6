"""The send box: a line edit that remembers what was sent (Up / Down walk through it) and
completes commands ("/ti" → "/timeout") and the names of the chat's authors ("@Nig", or the
name after /ban, /timeout, /unban) in a popup; Tab opens the popup, Enter or Tab takes a word."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QListView, QWidget

from moderator.core.commands import BY_NAME
from moderator.core.commands.complete import Completing, Context, candidates, context
from moderator.ui.kit.zoom import follow_zoom

HISTORY = 50
#: keys that change the word being completed without typing a character
EDITING_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
#: commands whose first argument is an author's name
NAME_COMMANDS = frozenset(name for name, spec in BY_NAME.items() if spec.takes_name)
#: keys the completion popup answers itself; the line must not act on them too
POPUP_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Tab)


def _no_names() -> list[str]:
    return []


class SendBox(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: list[str] = []
        #: where Up / Down are in the history; len(history) is the line being typed
        self._at = 0
        self._draft = ""
        #: the chat's authors' names, newest speaker first (the tab sets it)
        self.names: Callable[[], list[str]] = _no_names
        self.completer_ = QCompleter(QStringListModel(self), self)
        self.completer_.setWidget(self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        #: the completion list (kept typed here: the completer owns it)
        self.popup = QListView()
        self.popup.setAccessibleName(self.tr("Completions"))
        self.popup.setAccessibleDescription(self.tr("Enter or Tab takes the highlighted word"))
        self.completer_.setPopup(self.popup)
        self.completer_.activated.connect(self._take)
        follow_zoom(self)  # what the moderator types is chat text too
        follow_zoom(self.popup)
        self._context: Context | None = None

    def remember(self, text: str) -> None:
        if not self.history or self.history[-1] != text:
            self.history.append(text)
            del self.history[:-HISTORY]
        self._at = len(self.history)
        self._draft = ""

    def event(self, event: QEvent) -> bool:
        # Tab opens the completion before Qt moves the focus on; with nothing to complete it
        # moves the focus as usual
        if self._is_tab(event) and not self.popup.isVisible() and self._offer():
            return True
        return super().event(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        # while the popup is open, Tab takes a word rather than leaving the box
        return False if self.popup.isVisible() else super().focusNextPrevChild(forward)

    @staticmethod
    def _is_tab(event: QEvent) -> bool:
        return (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Tab
            and not event.modifiers()
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.popup.isVisible() and event.key() in POPUP_KEYS:
            # the open popup hands its keys here first: left alone, the completer takes the word
            # (Enter, Tab) or closes (Esc), and the line neither sends nor loses the focus
            event.ignore()
            return
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if event.key() == Qt.Key.Key_Up and plain:
            self._walk(-1)
        elif event.key() == Qt.Key.Key_Down and plain:
            self._walk(1)
        else:
            super().keyPressEvent(event)
            if event.text().isprintable() or event.key() in EDITING_KEYS:
                self._offer()

    # -- completion -----------------------------------------------------------------------------

    def _offer(self) -> bool:
        """Show what may complete the word at the cursor; False when nothing does."""
        found = context(self.text(), self.cursorPosition(), NAME_COMMANDS)
        self._context = found
        if found is None:
            words = []
        else:  # the chat's names are gathered only where a name is being typed
            names = self.names() if found.what is Completing.NAME else []
            words = candidates(found, list(BY_NAME), names)
        if found is not None and [w.casefold() for w in words] == [found.prefix.casefold()]:
            words = []  # typed in full already: Enter sends it, it does not complete it
        if not words:
            self.popup.hide()
            return False
        model = self.completer_.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(words)
        popup = self.popup
        rect = self.cursorRect()
        rect.setWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width())
        self.completer_.complete(rect)
        # Enter or Tab takes the first at once (the popup shows the completer's own model)
        popup.setCurrentIndex(self.completer_.completionModel().index(0, 0))
        return True

    def _take(self, word: str) -> None:
        """Put ``word`` in place of the word being completed, and a space after it."""
        found = self._context
        if found is None:
            return
        text, cursor = self.text(), self.cursorPosition()
        after = text[cursor:].lstrip(" ")
        self.setText(text[: found.start] + word + " " + after)
        self.setCursorPosition(found.start + len(word) + 1)
        self._context = None

    def _walk(self, step: int) -> None:
        target = min(max(self._at + step, 0), len(self.history))
        if target == self._at:
            return
        if self._at == len(self.history):
            self._draft = self.text()  # keep what was being typed, to come back to it
        self._at = target
        self.setText(self._draft if target == len(self.history) else self.history[target])
