"""The list widget of one tab: a virtual list over the model, pinned to the newest message."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from moderator.core.models import ChatMessage
from moderator.ui.delegate import MessageDelegate
from moderator.ui.message_model import MessageModel, MessageRole


class MessageView(QListView):
    """Follows the chat while scrolled to the bottom; stays put (and trims nothing) otherwise."""

    def __init__(self, model: MessageModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pinned = True
        self.setModel(model)
        self._model = model
        self.message_delegate = MessageDelegate(self)
        self.setItemDelegate(self.message_delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAccessibleName("Chat messages")
        self.verticalScrollBar().valueChanged.connect(self._track_pin)
        model.rows_appended.connect(self._follow)
        model.dataChanged.connect(self._forget_heights)

    @property
    def pinned(self) -> bool:
        return self._pinned

    def selected_messages(self) -> list[ChatMessage]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [self._model.message(row) for row in rows]

    def message_at(self, index: QModelIndex) -> ChatMessage | None:
        message = index.data(MessageRole)
        return message if isinstance(message, ChatMessage) else None

    def _track_pin(self, value: int) -> None:
        self._pinned = value >= self.verticalScrollBar().maximum() - 4

    def _follow(self, _first: int, _last: int) -> None:
        if self._pinned:
            self._model.trim()

    def updateGeometries(self) -> None:
        # Qt sets the scroll range here, after the (delayed) layout: the one safe place to follow
        pinned = self._pinned
        super().updateGeometries()
        if pinned:
            bar = self.verticalScrollBar()
            bar.setValue(bar.maximum())
            self._pinned = True

    def _forget_heights(self, top: QModelIndex, bottom: QModelIndex) -> None:
        for row in range(top.row(), bottom.row() + 1):
            self.message_delegate.forget(self._model.message(row).id)
