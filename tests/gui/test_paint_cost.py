"""What one paint of a busy list costs on the GUI thread, counted (not timed): a fast chat
paints every row in sight ~20 times a second, so per-row work there is per-frame work."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot

from moderator.core.models import Author, ChatMessage
from moderator.ui.messages.message_model import MessageModel, MessageRole
from moderator.ui.messages.message_view import MessageView


class CountingModel(MessageModel):
    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == MessageRole:
            self.asked += 1
        return super().data(index, role)


def shown(qtbot: QtBot) -> tuple[CountingModel, MessageView]:
    model = CountingModel()
    start = datetime(2026, 1, 1, tzinfo=UTC)
    model.enqueue(
        ChatMessage(str(i), "prism:1", Author(f"u{i % 9}", f"User {i % 9}"), f"line {i}", start)
        for i in range(200)
    )
    model.flush()
    view = MessageView(model)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    view.viewport().grab()  # rows in sight measured and laid out once
    return model, view


def test_a_paint_asks_the_model_for_no_row(qtbot: QtBot) -> None:
    model, view = shown(qtbot)
    model.asked = 0
    view.viewport().grab()
    assert model.asked == 0, "the view hands the delegate its rows: no data() per row"


def test_a_selected_row_still_paints_selected(qtbot: QtBot) -> None:
    model, view = shown(qtbot)
    last = model.rowCount() - 1
    before = view.viewport().grab().toImage()
    view.selectionModel().select(
        model.index(last), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    after = view.viewport().grab().toImage()
    rect = view.visualRect(model.index(last))
    y = rect.center().y()
    changed = sum(before.pixelColor(x, y) != after.pixelColor(x, y) for x in range(0, 400, 4))
    assert changed > 50, "the selection panel is painted behind the selected row"
