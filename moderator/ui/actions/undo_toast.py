"""The Undo toast: "Deleting 50 messages on PRISM… Undo", counting down to when it is sent."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from moderator.core.actions import AUTHOR_ACTIONS, ActionKind
from moderator.core.bulk import Batch
from moderator.core.names import visible_name
from moderator.ui.kit.announce import announce
from moderator.ui.kit.i18n import QT_TRANSLATE_NOOP, counts
from moderator.ui.kit.plain import LineLabel

DOING = {
    ActionKind.DELETE: QT_TRANSLATE_NOOP("UndoToast", "Deleting {what} on {platform}"),
    ActionKind.HARD_DELETE: QT_TRANSLATE_NOOP(
        "UndoToast", "Permanently deleting {what} on {platform}"
    ),
    ActionKind.BAN: QT_TRANSLATE_NOOP("UndoToast", "Banning {what} on {platform}"),
    ActionKind.TIMEOUT: QT_TRANSLATE_NOOP("UndoToast", "Timing out {what} on {platform}"),
}


def doing(batch: Batch, platform: str) -> str:
    """ "Deleting 50 messages on PRISM", "Timing out NightOwl_42 on PRISM for 10 minutes"."""
    sentence = DOING.get(batch.kind, batch.kind.value.capitalize() + " {what} on {platform}")
    if batch.kind in AUTHOR_ACTIONS:
        names = [visible_name(m.author.name) for m in batch.messages]
        what = names[0] if len(names) == 1 else counts().authors(len(names))
    else:
        count = batch.total
        first = visible_name(batch.messages[0].author.name)
        what = (
            QCoreApplication.translate("UndoToast", "{name}'s message").format(name=first)
            if count == 1
            else counts().messages(count)
        )
    said = QCoreApplication.translate("UndoToast", sentence).format(what=what, platform=platform)
    if batch.duration:
        length = QCoreApplication.translate("UndoToast", "{doing} for {duration}")
        said = length.format(doing=said, duration=counts().duration(batch.duration))
    return said


class UndoToast(QWidget):
    undo_clicked = Signal(object)  # Batch
    send_now_clicked = Signal(object)  # Batch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoToast")
        # a QWidget subclass paints a style sheet's background only when asked to
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#undoToast { background: #323232; border-radius: 6px; }"
            "#undoToast QLabel { color: white; }"
            "#undoToast QPushButton { color: #aecbfa; background: transparent; border: none;"
            " font-weight: bold; padding: 4px 10px; }"
            "#undoToast QPushButton:hover { background: #474747; border-radius: 4px; }"
        )
        self.batch: Batch | None = None
        self.label = LineLabel(self)
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"), self)
        self.undo_button.setToolTip(self.tr("Take it back: nothing has been sent yet (Ctrl+Z)"))
        self.send_button = QPushButton(self.tr("Send now"), self)
        self.send_button.setToolTip(self.tr("Do not wait for the undo delay"))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.send_button)
        self.undo_button.clicked.connect(lambda: self._emit(self.undo_clicked))
        self.send_button.clicked.connect(lambda: self._emit(self.send_now_clicked))
        self._what = ""
        self._deadline = 0.0
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._count_down)
        self._name_for_readers()
        self.hide()

    def _name_for_readers(self) -> None:
        self.setAccessibleName(self.tr("Undo"))
        self.setAccessibleDescription(self.tr("An action waits for the undo delay"))
        self.label.setAccessibleName(self.tr("Waiting action"))
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.undo_button.setAccessibleDescription(self.undo_button.toolTip())
        self.send_button.setAccessibleDescription(self.send_button.toolTip())

    def offer(self, batch: Batch, what: str, seconds: float) -> None:
        self.batch = batch
        self._what = what
        self._deadline = time.monotonic() + seconds
        self._count_down()
        self._tick.start()
        self.show()
        held = QCoreApplication.translate("UndoToast", "%1: held for %2 s, Ctrl+Z takes it back")
        announce(self, held.replace("%1", what).replace("%2", str(round(seconds))))

    def close_for(self, batch: Batch) -> None:
        if batch is self.batch:
            self.batch = None
            self._tick.stop()
            self.hide()

    def _count_down(self) -> None:
        left = max(0, round(self._deadline - time.monotonic()))
        self.label.setText(self.tr("{doing} in {left} s…").format(doing=self._what, left=left))

    def _emit(self, signal: object) -> None:
        if self.batch is not None:
            signal.emit(self.batch)  # type: ignore[attr-defined]
