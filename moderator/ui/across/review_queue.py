"""The automod review queue: one panel for every stream, newest first, the rule that caught
each message, and approve / deny / deny + timeout / deny + ban on the selection.

Keyboard first (the keys are the keymap's "In the automod review queue" ones), several rows at
once. Denying deletes through the :class:`ActionPresenter` every surface uses, so the
questions, the undo toast, the outbox and the audit are the same as anywhere; a platform that
cannot delete is named, and its messages stay hidden here only.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moderator.core.actions import ActionKind
from moderator.core.automod.review import Held
from moderator.core.keymap import binding
from moderator.core.names import display_text, visible_name
from moderator.core.request import Surface
from moderator.ui.across.review_model import MESSAGE_COLUMN, ReviewModel
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
from moderator.ui.messages.message_model import throttled
from moderator.ui.messages.spoken import PlatformName, raw_platform, spoken

#: the queue on screen follows a fast chat at most this often (the count in the title at once)
SYNC_MS = 150


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
        self.model = ReviewModel(gate.queue, self._cells, self._spoken, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no row measured to fit
        self.table.horizontalHeader().setSectionResizeMode(
            MESSAGE_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.table.setWordWrap(False)
        follow_zoom_rows(self.table)
        # an empty queue has no row to wear the focus: the frame shows it instead
        self.table.setStyleSheet("QTableView:focus { border: 2px solid palette(highlight); }")
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
        self._synced_at = -1e9
        self._sync_timer = QTimer(self)
        self._sync_timer.setSingleShot(True)
        self._sync_timer.timeout.connect(self.refresh)
        gate.held_changed.connect(self._changed)
        self.refresh()

    def _changed(self) -> None:
        """The queue changed: show it now, or within ``SYNC_MS`` of the last time it was shown
        (a fast chat holds messages many times a second)."""
        if not self._sync_timer.isActive():
            self._sync_timer.start(throttled(self._synced_at, SYNC_MS))

    def refresh(self) -> None:
        """Show the queue as it is now; the selection stays on the rows still held."""
        self._sync_timer.stop()
        self._synced_at = time.monotonic()
        self.model.sync()
        self.count_label.setText(counts().held(len(self.gate.queue)))

    def _spoken(self, held: Held) -> str:
        message = held.message
        return spoken(message, self.platform_name(message.stream_key))

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

    def selected(self) -> list[Held]:
        """The selected rows still held, top to bottom."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        found = (self.model.held(row) for row in rows)
        return [held for held in found if held is not None and held.key in self.gate.queue]

    def selected_keys(self) -> list[tuple[str, str]]:
        return [held.key for held in self.selected()]

    def approve(self) -> None:
        keys = self.selected_keys()
        if keys:
            self._decide(keys, "approved", self.gate.approve)

    def deny(self, then: ActionKind | None = None) -> None:
        """Deny the selection: delete where the platform can, say where it cannot; then ask
        for a timeout or ban of the authors, as every surface asks."""
        helds = self.selected()
        if not helds:
            return

        def apply(won: list[tuple[str, str]]) -> None:
            self._denied([h for h in helds if h.key in set(won)], then)

        self._decide([h.key for h in helds], "denied", apply)

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
        row = self._first_selected_row()
        arbiter = self.gate.arbiter
        if arbiter is None:
            apply(keys)
            self._decided(row)
            return

        async def refereed() -> None:
            won = await arbiter(keys, decision)
            if won:
                apply(won)
                self._decided(row)

        task = asyncio.ensure_future(refereed())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _first_selected_row(self) -> int:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        return min(rows) if rows else 0

    def _decided(self, row: int) -> None:
        """The decided rows leave at once; with nothing left selected, the row now at ``row``
        is, so the moderator keeps going down the queue with the keyboard."""
        self.refresh()
        if not self.table.selectionModel().hasSelection():
            self._select_near(row)

    def _select_near(self, row: int) -> None:
        count = self.model.rowCount()
        if count:
            self.table.clearSelection()
            self.table.selectRow(min(row, count - 1))
            self.table.setFocus()
