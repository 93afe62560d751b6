"""The settings of the inline mod buttons: which buttons each row carries, when they show, and
the duration the timeout button starts from (its dialog still asks)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QSpinBox,
    QWidget,
)

from moderator.core.actions import ACTIONS, ActionKind
from moderator.storage.settings import Settings

#: the actions a row button makes sense for (reading is the list's own business)
OFFERED = tuple(s for s in ACTIONS if s.kind not in (ActionKind.MARK_READ, ActionKind.MARK_UNREAD))


#: check boxes a line
COLUMNS = 4


class InlineSection(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("InlineSection", "Buttons on each message"), parent
        )
        self.show_when = QComboBox(self)
        for value, label in (
            ("hover", QCoreApplication.translate("InlineSection", "Under the pointer")),
            ("always", QCoreApplication.translate("InlineSection", "Always")),
            ("off", QCoreApplication.translate("InlineSection", "Never")),
        ):
            self.show_when.addItem(label, value)
        self.kinds: dict[ActionKind, QCheckBox] = {}
        boxes = QGridLayout()
        for n, spec in enumerate(OFFERED):
            # "Timeout author…" reads "Timeout" beside its siblings
            box = QCheckBox(spec.label.removesuffix("…").removesuffix(" author"), self)
            self.kinds[spec.kind] = box
            boxes.addWidget(box, n // COLUMNS, n % COLUMNS)
        self.timeout = QSpinBox(self)
        self.timeout.setRange(1, 28 * 24 * 60)
        self.timeout.setSuffix(QCoreApplication.translate("InlineSection", " min"))
        self._seconds = 600
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("InlineSection", "Show:"), self.show_when)
        form.addRow(QCoreApplication.translate("InlineSection", "Buttons:"), self._wrapped(boxes))
        form.addRow(QCoreApplication.translate("InlineSection", "Timeout button:"), self.timeout)

    def _wrapped(self, row: QGridLayout) -> QWidget:
        cell = QWidget(self)
        cell.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        return cell

    def show_settings(self, settings: Settings) -> None:
        self.show_when.setCurrentIndex(
            max(0, self.show_when.findData(settings.inline_buttons_show))
        )
        for kind, box in self.kinds.items():
            box.setChecked(kind.value in settings.inline_buttons)
        self._seconds = settings.inline_timeout_seconds
        self.timeout.setValue(max(1, self._seconds // 60))

    def edited(self) -> dict[str, Any]:
        """The settings' fields as edited here (the buttons in the rows' order)."""
        seconds = self.timeout.value() * 60
        if self.timeout.value() == max(1, self._seconds // 60):
            seconds = self._seconds  # untouched: "30s" stays 30 s
        return {
            "inline_buttons_show": self.show_when.currentData(),
            "inline_buttons": [k.value for k, box in self.kinds.items() if box.isChecked()],
            "inline_timeout_seconds": seconds,
        }
