"""The review queue's rows as a Qt table model: newest first, cells made when a row is shown.

The queue can hold thousands of messages, and at a fast chat it changes many times a second.
Rebuilding a table of cells on each change froze the window (5,000 held messages were 25,000
cells made again for every message held). :meth:`ReviewModel.sync` instead tells the view
only what changed since the last sync: rows decided or given back leave, newly held rows come
in at the top, and the selection stays on the rows it was on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from moderator.core.automod.review import Held, ReviewQueue

KEY = Qt.ItemDataRole.UserRole
MESSAGE_COLUMN = 3
RULE_COLUMN = 4
Index = QModelIndex | QPersistentModelIndex
Cells = Callable[[Held], tuple[str, ...]]
Speak = Callable[[Held], str]


def headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("ReviewQueuePanel", "Time"),
        QCoreApplication.translate("ReviewQueuePanel", "Stream"),
        QCoreApplication.translate("ReviewQueuePanel", "Author"),
        QCoreApplication.translate("ReviewQueuePanel", "Message"),
        QCoreApplication.translate("ReviewQueuePanel", "Rule"),
    )


class ReviewModel(QAbstractTableModel):
    def __init__(
        self, queue: ReviewQueue, cells: Cells, speak: Speak, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.queue = queue
        self._make_cells = cells
        self._speak = speak
        self._headers = headers()
        #: newest first, as shown; changes only in :meth:`sync`
        self._rows: list[Held] = []
        #: the cells of rows already shown once (a row's cells never change while held)
        self._cells: dict[tuple[str, str], tuple[str, ...]] = {}

    # -- following the queue --------------------------------------------------------------------

    def sync(self) -> None:
        """Show the queue as it is now: decided rows out, newly held rows in at the top."""
        now = self.queue.newest_first()
        self._remove_gone({held.key for held in now})
        shown = {held.key for held in self._rows}
        fresh: list[Held] = []
        for held in now:
            if held.key in shown:
                break
            fresh.append(held)
        if fresh:
            self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
            self._rows[:0] = fresh
            self.endInsertRows()
        if len(self._rows) != len(now) or any(
            a is not b for a, b in zip(self._rows, now, strict=True)
        ):
            # the queue's order changed some other way: show it afresh (never seen so far)
            self.beginResetModel()
            self._rows = now
            self.endResetModel()

    def _remove_gone(self, kept: set[tuple[str, str]]) -> None:
        """Take out the rows no longer held, a run of neighbours at a time, bottom up."""
        rows = self._rows
        end = len(rows)
        while end > 0:
            if rows[end - 1].key in kept:
                end -= 1
                continue
            start = end - 1
            while start > 0 and rows[start - 1].key not in kept:
                start -= 1
            self.beginRemoveRows(QModelIndex(), start, end - 1)
            for held in rows[start:end]:
                self._cells.pop(held.key, None)
            del rows[start:end]
            self.endRemoveRows()
            end = start

    # -- reading --------------------------------------------------------------------------------

    def held(self, row: int) -> Held | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def cells(self, held: Held) -> tuple[str, ...]:
        cells = self._cells.get(held.key)
        if cells is None:
            cells = self._cells[held.key] = self._make_cells(held)
        return cells

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        held = self.held(index.row()) if index.isValid() else None
        if held is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(held)[index.column()]
        if role == KEY:
            return held.key
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == MESSAGE_COLUMN:
            return self._speak(held)  # read as every list reads a row, with why
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.cells(held)[RULE_COLUMN]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation is Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None
