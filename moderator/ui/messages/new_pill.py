"""The "N new messages ↓" pill over the bottom of a paused list: click it to catch up.

It counts only the new rows the list's filter shows. It remembers the first row that arrived
since the list paused, so a filter changed meanwhile recounts (:meth:`recount`): none of the new
rows shown, or every row in sight at once, and the pill goes away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QToolButton

from moderator.ui.kit.i18n import counts

MARGIN = 10


class NewMessagesPill(QToolButton):
    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self._area = area
        self.count = 0
        #: the first row that arrived since the list paused (None: nothing new)
        self.first_row: int | None = None
        self.setObjectName("newMessagesPill")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(self.tr("Jump to the newest message and follow the chat again (End)"))
        self.setAccessibleName(self.tr("New messages below"))
        self.setStyleSheet(
            "#newMessagesPill { background: #174ea6; color: white; border: none;"
            " border-radius: 13px; padding: 4px 14px; font-weight: bold; }"
            "#newMessagesPill:hover { background: #0842a0; }"
        )
        self.hide()

    def add_rows(self, first: int, last: int, hidden: Callable[[int], bool]) -> None:
        """Rows ``first``..``last`` arrived while paused; those ``hidden`` by the filter don't
        count (yet)."""
        if self.first_row is None:
            self.first_row = first
        self.add(sum(1 for row in range(first, last + 1) if not hidden(row)))

    def recount(self, hidden: Callable[[int], bool], row_count: int, *, all_in_sight: bool) -> None:
        """The filter changed: count again what it shows of the new rows."""
        if self.first_row is None:
            return
        self.count = 0
        self.hide()
        if all_in_sight:
            return  # nothing below to catch up with (while this filter shows every row)
        self.add(sum(1 for row in range(self.first_row, row_count) if not hidden(row)))

    def rows_removed(self, first: int, last: int) -> None:
        if self.first_row is not None and first < self.first_row:
            self.first_row = max(first, self.first_row - (last - first + 1))

    def add(self, count: int) -> None:
        if count <= 0:
            return
        self.count += count
        self.setText(counts().new_messages(self.count))
        self.adjustSize()
        self.place()
        self.show()
        self.raise_()

    def clear(self) -> None:
        self.count = 0
        self.first_row = None
        self.hide()

    def place(self) -> None:
        """Centred over the bottom of the viewport."""
        port = self._area.viewport().geometry()
        x = port.left() + (port.width() - self.width()) // 2
        y = port.bottom() - self.height() - MARGIN
        self.move(max(port.left(), x), max(port.top(), y))
