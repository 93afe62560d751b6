"""The bar of a bulk action: progress while it runs, Cancel; then its summary and Retry failed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QToolButton, QWidget

from moderator.core.bulk import Batch
from moderator.ui.kit.announce import announce
from moderator.ui.kit.i18n import tr_core
from moderator.ui.kit.plain import LineLabel


class BatchBar(QWidget):
    cancel_clicked = Signal(object)  # Batch
    retry_clicked = Signal(object)  # Batch

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchBar")
        # the palette's role, not a style sheet: it follows a theme switch
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.batch: Batch | None = None
        self.label = LineLabel(self)
        self.label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setFixedWidth(180)
        self.progress.setFormat(self.tr("%v of %m"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop the items not sent yet (Ctrl+.)"))
        self.retry_button = QPushButton(self.tr("Retry failed"), self)
        self.retry_button.setToolTip(self.tr("Try the failed items again (Ctrl+Shift+R)"))
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Dismiss"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        for widget in (self.label, self.progress, self.cancel_button, self.retry_button, close):
            row.addWidget(widget, 1 if widget is self.label else 0)
        self.cancel_button.clicked.connect(lambda: self._emit(self.cancel_clicked))
        self.retry_button.clicked.connect(lambda: self._emit(self.retry_clicked))
        self._name_for_readers(close)
        self.hide()

    def _name_for_readers(self, close: QToolButton) -> None:
        self.setAccessibleName(self.tr("Bulk action"))
        self.label.setAccessibleName(self.tr("Bulk action progress"))
        self.progress.setAccessibleName(self.tr("Messages done"))
        self.cancel_button.setAccessibleDescription(self.cancel_button.toolTip())
        self.retry_button.setAccessibleDescription(self.retry_button.toolTip())
        close.setAccessibleName(self.tr("Dismiss the bulk action summary"))

    def start(self, batch: Batch, what: str) -> None:
        self.batch = batch
        self.label.setText(f"{what}…")
        self.progress.setRange(0, batch.total)
        self.progress.setValue(batch.finished)
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.retry_button.hide()
        self.show()

    def advance(self, batch: Batch) -> None:
        if batch is self.batch:
            self.progress.setValue(batch.finished)

    def finish(self, batch: Batch) -> None:
        if batch is not self.batch:
            return
        self.progress.hide()
        self.cancel_button.hide()
        summary = tr_core("Core", batch.summary())
        self.label.setText(summary)
        self.retry_button.setVisible(bool(batch.failed()))
        self.show()
        announce(self, summary, assertive=bool(batch.failed()))

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(
            self.tr("{doing} — cancelling…").format(doing=self.label.text().rstrip("…"))
        )

    def _emit(self, signal: object) -> None:
        if self.batch is not None:
            signal.emit(self.batch)  # type: ignore[attr-defined]
