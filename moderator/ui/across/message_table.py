"""Messages of several streams as a table (search results, a user's messages), and what the
views across streams ask of the app to fill one."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from moderator.core.models import Author, ChatMessage
from moderator.core.names import display_text, visible_name
from moderator.core.search import SearchQuery
from moderator.ui.bridge.routing import ActionRouter
from moderator.ui.kit.guard import guarded, message_time, nothing
from moderator.ui.kit.plain import tip
from moderator.ui.kit.zoom import follow_zoom_rows
from moderator.ui.messages.message_model import MessageRole, describe
from moderator.ui.messages.spoken import PlatformName, spoken, spoken_details

Index = QModelIndex | QPersistentModelIndex
GREY = QColor("#80868b")


@dataclass(frozen=True, slots=True)
class SearchOutcome:
    messages: list[ChatMessage]
    #: how many of them are still only in the open tabs, not yet in the archive
    in_memory: int
    #: the archive could not be searched (none attached): a sentence saying so, or ""
    problem: str = ""


class Finder(Protocol):
    """What a search dialog or a user card needs from the app."""

    router: ActionRouter

    def search(self, query: SearchQuery) -> SearchOutcome: ...

    def stream_name(self, stream_key: str) -> str: ...

    def platform_name(self, stream_key: str) -> str: ...

    def platforms(self) -> list[tuple[str, str]]: ...

    def show_user_card(self, author: Author, stream_key: str) -> object: ...


class MessageTableModel(QAbstractTableModel):
    """Rows of messages, newest first, with their stream named; states shown as in a tab."""

    def __init__(
        self,
        stream_name: Callable[[str], str],
        columns: Sequence[str] = ("When", "Stream", "Author", "Message"),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._stream_name = stream_name
        self._messages: list[ChatMessage] = []
        #: a stream key's platform for the rows' accessible text (default: the stream's name)
        self.platform_name: PlatformName = stream_name

    def set_messages(self, messages: list[ChatMessage]) -> None:
        self.beginResetModel()
        self._messages = messages
        self.endResetModel()

    def update(self, fresh: Callable[[ChatMessage], ChatMessage]) -> None:
        """Take each message's latest version (after an action changed its state)."""
        for row, old in enumerate(self._messages):
            new = fresh(old)
            if new is not old and new != old:
                self._messages[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def message(self, row: int) -> ChatMessage:
        return self._messages[row]

    def messages(self) -> list[ChatMessage]:
        return list(self._messages)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._messages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    @guarded(nothing)
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("Columns", self.columns[section])
        return None

    @guarded(nothing)
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._messages):
            return None
        message = self._messages[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(message, self.columns[index.column()])
        if role == MessageRole:
            return message
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # every cell says the whole row: a reader moving down a column hears each message
            return spoken(message, self.platform_name(message.stream_key))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return spoken_details(message, self._stream_name(message.stream_key))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(f"{self._stream_name(message.stream_key)}\n{describe(message)}")
        if role == Qt.ItemDataRole.ForegroundRole and (message.is_deleted or message.is_read):
            return GREY
        if role == Qt.ItemDataRole.FontRole and (message.is_deleted or message.is_pending):
            font = QFont()
            font.setStrikeOut(message.is_deleted)
            font.setItalic(message.is_pending)
            return font
        return None

    def _cell(self, message: ChatMessage, column: str) -> str:
        if column == "When":
            return message_time(message, "%Y-%m-%d %H:%M:%S")
        if column == "Stream":
            return self._stream_name(message.stream_key)
        if column == "Author":
            return visible_name(message.author.name)
        text = display_text(message.text).replace("\n", " ")
        deleted = self.tr("deleted")
        return f"{text}  [{deleted}]" if message.is_deleted else text


def message_table(model: MessageTableModel, parent: QWidget, name: str) -> QTableView:
    """A read-only table of messages: whole rows selected, the message column stretched."""
    table = QTableView(parent)
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    follow_zoom_rows(table)
    return table


def fit_columns(table: QTableView, stretch: str = "Message", widest: int = 240) -> None:
    """Size the short columns to their contents (at most ``widest``); ``stretch`` takes the rest."""
    model = table.model()
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) != stretch:
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(widest, table.columnWidth(column)))


def selected_messages(table: QTableView, model: MessageTableModel) -> list[ChatMessage]:
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    return [model.message(row) for row in rows]
