"""The automod review queue: one panel for every stream, newest first, the rule that caught
each message, and approve / deny / deny + timeout / deny + ban on the selection.

Keyboard first (the keys are the keymap's "In the automod review queue" ones), several rows at
once. Denying deletes through the :class:`ActionPresenter` every surface uses, so the
questions, the undo toast, the outbox and the audit are the same as anywhere; a platform that
cannot delete is named, and its messages stay hidden here only.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator.core.actions import ActionKind
from moderator.core.automod.review import Held
from moderator.core.keymap import binding
from moderator.core.names import display_text, visible_name
from moderator.core.request import Surface
from moderator.ui.actions.presenter import ActionPresenter
from moderator.ui.actions.undo_toast import UndoToast
from moderator.ui.bridge.automod import AutomodGate
from moderator.ui.bridge.routing import ActionRouter
from moderator.ui.kit import messages
from moderator.ui.kit.automod_reasons import reason_text
from moderator.ui.kit.i18n import counts, tr_core
from moderator.ui.kit.notice import NoticeLine
from moderator.ui.kit.shortcuts import bind
from moderator.ui.kit.zoom import follow_zoom_rows
from moderator.ui.messages.spoken import PlatformName, raw_platform, spoken

KEY = Qt.ItemDataRole.UserRole
MESSAGE_COLUMN = 3


class ReviewQueuePanel(QWidget):
    def __init__(
        self,
        gate: AutomodGate,
        router: ActionRouter,
        *,
        stream_name: Callable[[str], str] = lambda key: key,
        platform_name: PlatformName = raw_platform,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.gate = gate
        self._tasks: set[asyncio.Task[None]] = set()
        self.notice = NoticeLine(self)
        messages.attach(self.notice, place=self)
        self.stream_name = stream_name
        self.platform_name = platform_name
        self.toast = UndoToast(self)
        self.presenter = ActionPresenter(
            self, router, toast=self.toast, origin=Surface.REVIEW_QUEUE
        )
        self.count_label = QLabel(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ReviewQueuePanel", "Time"),
                QCoreApplication.translate("ReviewQueuePanel", "Stream"),
                QCoreApplication.translate("ReviewQueuePanel", "Author"),
                QCoreApplication.translate("ReviewQueuePanel", "Message"),
                QCoreApplication.translate("ReviewQueuePanel", "Rule"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        follow_zoom_rows(self.table)
        # an empty queue has no row to wear the focus: the frame shows it instead
        self.table.setStyleSheet("QTableWidget:focus { border: 2px solid palette(highlight); }")
        self.table.setAccessibleName(
            QCoreApplication.translate("ReviewQueuePanel", "Messages held for review")
        )
        self.table.setAccessibleDescription(
            QCoreApplication.translate(
                "ReviewQueuePanel", "Newest first; A approves, D denies the selected messages"
            )
        )
        buttons = QHBoxLayout()
        for name, slot in (
            ("review_approve", self.approve),
            ("review_deny", self.deny),
            ("review_deny_timeout", lambda: self.deny(then=ActionKind.TIMEOUT)),
            ("review_deny_ban", lambda: self.deny(then=ActionKind.BAN)),
        ):
            action = bind(self, name)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            button = QPushButton(
                f"{tr_core('Keymap', binding(name).label)} ({binding(name).key})", self
            )
            button.setObjectName(name)
            button.setAccessibleDescription(tr_core("Keymap", binding(name).description))
            button.clicked.connect(lambda _checked=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.notice)
        layout.addWidget(self.toast)
        gate.held_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the queue as it is now, keeping the selection where the rows still are."""
        chosen = set(self.selected_keys())
        held = self.gate.queue.newest_first()
        table = self.table
        table.setRowCount(len(held))
        for row, item in enumerate(held):
            for column, text in enumerate(self._cells(item)):
                cell = QTableWidgetItem(text)
                cell.setData(KEY, item.key)
                if column == MESSAGE_COLUMN:  # read as every list reads a row, with why
                    self._speak(cell, item)
                table.setItem(row, column, cell)
            if item.key in chosen:
                table.selectRow(row)
        self.count_label.setText(counts().held(len(held)))

    def _speak(self, cell: QTableWidgetItem, held: Held) -> None:
        message = held.message
        said = spoken(message, self.platform_name(message.stream_key))
        cell.setData(Qt.ItemDataRole.AccessibleTextRole, said)
        cell.setData(Qt.ItemDataRole.AccessibleDescriptionRole, self._cells(held)[-1])

    def _cells(self, held: Held) -> tuple[str, ...]:
        message = held.message
        rule = held.rule + (f" ({held.strikes})" if held.strikes else "")
        return (
            message.sent_at.astimezone().strftime("%H:%M:%S"),
            self.stream_name(message.stream_key),
            visible_name(message.author.name),
            display_text(message.text[:300]).replace("\n", " "),
            f"{rule}: {reason_text(held.why)}",
        )

    def selected_keys(self) -> list[tuple[str, str]]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        keys = []
        for row in rows:
            item = self.table.item(row, 0)
            if item is not None:
                key = item.data(KEY)
                keys.append((str(key[0]), str(key[1])))
        return keys

    def selected(self) -> list[Held]:
        wanted = set(self.selected_keys())
        return [h for h in self.gate.queue.newest_first() if h.key in wanted]

    def approve(self) -> None:
        keys = self.selected_keys()
        if keys:
            row = self._first_selected_row()
            self._decide(keys, "approved", self.gate.approve)
            self._select_near(row)

    def deny(self, then: ActionKind | None = None) -> None:
        """Deny the selection: delete where the platform can, say where it cannot; then ask
        for a timeout or ban of the authors, as every surface asks."""
        helds = self.selected()
        if not helds:
            return
        row = self._first_selected_row()

        def apply(won: list[tuple[str, str]]) -> None:
            self._denied([h for h in helds if h.key in set(won)], then)

        self._decide([h.key for h in helds], "denied", apply)
        self._select_near(row)

    def _denied(self, helds: list[Held], then: ActionKind | None) -> None:
        deletable, hidden_only = self.gate.deny([h.key for h in helds])
        for sentence in hidden_only:
            messages.warning(sentence, place=self)
        if deletable:
            self.presenter.perform(ActionKind.DELETE, deletable)
        if then is not None and helds:
            self.presenter.perform(then, [h.message for h in helds])

    def _decide(
        self,
        keys: list[tuple[str, str]],
        decision: str,
        apply: Callable[[list[tuple[str, str]]], object],
    ) -> None:
        """Apply ``decision`` here; in a team, only to the messages this app decided first
        (the team's referee says which, and tells of the others)."""
        arbiter = self.gate.arbiter
        if arbiter is None:
            apply(keys)
            return

        async def refereed() -> None:
            won = await arbiter(keys, decision)
            if won:
                apply(won)

        task = asyncio.ensure_future(refereed())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _first_selected_row(self) -> int:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        return min(rows) if rows else 0

    def _select_near(self, row: int) -> None:
        """Keep going down the queue with the keyboard: select the row now at ``row``."""
        count = self.table.rowCount()
        if count:
            self.table.clearSelection()
            self.table.selectRow(min(row, count - 1))
            self.table.setFocus()
