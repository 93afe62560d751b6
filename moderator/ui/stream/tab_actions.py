"""What the moderator does from a tab: the context menu, the keys, the confirmations and the
ban dialog, the Undo toast and the bar of a bulk action. Every action has a shortcut, shown in
the menu and in tooltips, all declared once in :mod:`moderator.core.keymap`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from moderator.core.actions import ACTIONS, ActionKind, MenuEntry, menu_entries
from moderator.core.bulk import Batch
from moderator.core.keymap import binding
from moderator.core.models import ChatMessage
from moderator.core.request import Surface
from moderator.ui.actions.presenter import ActionPresenter
from moderator.ui.actions.undo_toast import UndoToast, doing
from moderator.ui.bridge.controller import StreamController
from moderator.ui.bridge.routing import ActionRouter
from moderator.ui.dialogs.whole_message import WholeMessage, is_cut, whole_label
from moderator.ui.kit.i18n import counts, tr_core
from moderator.ui.kit.shortcuts import bind
from moderator.ui.messages.message_view import MessageView
from moderator.ui.stream.batch_bar import BatchBar

#: how far Ctrl+Up / Ctrl+Down look for the same author before giving up
AUTHOR_SCAN = 5_000


class TabActions(QObject):
    def __init__(
        self,
        tab: QWidget,
        controller: StreamController,
        view: MessageView,
        *,
        hint: Callable[[str], None],
    ) -> None:
        super().__init__(tab)
        self.tab = tab
        self.controller = controller
        self.view = view
        self.hint = hint
        self.toast = UndoToast(tab)
        self.batch_bar = BatchBar(tab)
        # the tab's own toast follows every undo window of its stream: the presenter offers none;
        # why an action was refused shows in the tab's notice bar (the message bridge routes it)
        self.presenter = ActionPresenter(
            tab, ActionRouter(lambda _key: controller), origin=Surface.TAB
        )
        self.shortcut_actions: dict[ActionKind, QAction] = {}
        self.tab_actions: dict[str, QAction] = {}
        self._menu_row = -1
        self._bind_action_keys()
        self._wire_moderation()

    # -- keys -----------------------------------------------------------------------------------

    def _bind_action_keys(self) -> None:
        for spec in ACTIONS:
            action = bind(self.view, spec.kind.value)
            action.triggered.connect(lambda _checked=False, s=spec: self.perform(s.kind))
            self.shortcut_actions[spec.kind] = action

    def bind_tab_keys(self, handlers: dict[str, Callable[[], None]]) -> None:
        """Bind the keymap's tab keys: list keys on the list, the others on the whole tab."""
        list_keys = {"mark_read_up_to", "next_unread", "next_by_author", "previous_by_author"}
        for name, handler in handlers.items():
            action = bind(self.view if name in list_keys else self.tab, name)
            action.triggered.connect(lambda _checked=False, h=handler: h())
            self.tab_actions[name] = action

    # -- the context menu -----------------------------------------------------------------------

    def entries_for(self, message: ChatMessage) -> list[MenuEntry]:
        provider = self.controller.provider
        return menu_entries(message, provider.capabilities, provider.unsupported_reason)

    def build_menu(self, messages: list[ChatMessage]) -> QMenu:
        menu = QMenu(self.tab)
        menu.setToolTipsVisible(True)
        count = f" ({counts().messages(len(messages))})" if len(messages) > 1 else ""
        for entry in self.entries_for(messages[0]):
            action = menu.addAction(tr_core("Keymap", entry.label) + count)
            action.setShortcut(QKeySequence(entry.shortcut))
            action.setEnabled(entry.enabled)
            action.setToolTip(tr_core("Core", entry.tooltip))
            action.setData(entry.kind.value)
            action.triggered.connect(lambda _checked=False, k=entry.kind: self.perform(k))
            if entry.kind is ActionKind.MARK_UNREAD:
                self._add_read_entries(menu)
            if entry.kind in (ActionKind.HARD_DELETE, ActionKind.MARK_UNREAD, ActionKind.UNBAN):
                menu.addSeparator()
        if len(messages) == 1 and is_cut(messages[0]):
            menu.addSeparator()
            whole = menu.addAction(whole_label())
            whole.triggered.connect(lambda: self._show(WholeMessage(messages[0], self.tab)))
        return menu

    def _add_read_entries(self, menu: QMenu) -> None:
        up_to = self._menu_key(menu, "mark_read_up_to")
        up_to.setData("mark read up to here")
        up_to.triggered.connect(lambda: self.mark_read_up_to(self._menu_row))
        self._menu_key(menu, "next_unread").triggered.connect(self.next_unread)

    def _menu_key(self, menu: QMenu, name: str) -> QAction:
        bound = binding(name)
        action = menu.addAction(tr_core("Keymap", bound.label))
        action.setShortcut(QKeySequence(bound.key))
        action.setToolTip(f"{tr_core('Keymap', bound.description)} ({bound.key})")
        return action

    def open_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        if not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)
        self._menu_row = index.row()
        messages = self.view.selected_messages()
        if messages:
            self.build_menu(messages).popup(self.view.viewport().mapToGlobal(pos))

    # -- performing -----------------------------------------------------------------------------

    def perform(self, kind: ActionKind) -> None:
        """Ask for an action on the selected messages, as every other surface does."""
        self.presenter.perform(kind, self.view.selected_messages())

    @property
    def dialog(self) -> QWidget | None:
        """The dialog or question open now, or the last one (tests answer it)."""
        return self.presenter.dialog

    def _show(self, dialog: QWidget) -> None:
        self.presenter.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    # -- reading --------------------------------------------------------------------------------

    def mark_read_up_to(self, row: int | None = None) -> None:
        if row is None or row < 0:
            current = self.view.currentIndex()
            row = current.row() if current.isValid() else -1
        if row < 0:
            self.hint(self.tr("Select the message to mark read up to."))
            return
        self.controller.moderation.mark_read_up_to(row)

    def next_unread(self) -> None:
        current = self.view.currentIndex()
        model = self.controller.model
        start = current.row() if current.isValid() else (model.last_read_row() or -1)
        row = model.next_unread(start)
        while row is not None and self.view.heights.is_hidden(row):
            row = model.next_unread(row)
        if row is None:
            self.hint(self.tr("No unread messages below."))
        else:
            self.view.select_row(row)

    def by_author(self, step: int) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            return
        model, hidden = self.controller.model, self.view.heights.is_hidden
        author = model.message(current.row()).author.id
        row = current.row() + step
        for _ in range(AUTHOR_SCAN):
            if not 0 <= row < model.rowCount():
                break
            if not hidden(row) and model.message(row).author.id == author:
                self.view.select_row(row)
                return
            row += step
        self.hint(self.tr("No other message by this author nearby."))

    # -- undo and bulk --------------------------------------------------------------------------

    def _wire_moderation(self) -> None:
        moderation = self.controller.moderation
        moderation.undo_offered.connect(self._offer_undo)
        moderation.undo_closed.connect(self.toast.close_for)
        moderation.batch_started.connect(self._batch_started)
        moderation.batch_progress.connect(self.batch_bar.advance)
        moderation.batch_finished.connect(self._batch_finished)
        self.toast.undo_clicked.connect(moderation.undo)
        self.toast.send_now_clicked.connect(moderation.send_now)
        self.batch_bar.cancel_clicked.connect(self.cancel_batch)
        self.batch_bar.retry_clicked.connect(lambda _batch: self.retry_failed())

    def _what(self, batch: Batch) -> str:
        return doing(batch, self.controller.provider.display_name)

    def _offer_undo(self, batch: Batch) -> None:
        self.toast.offer(batch, self._what(batch), self.controller.undo_delay)

    def _batch_started(self, batch: Batch) -> None:
        if batch.total > 1:
            self.batch_bar.start(batch, self._what(batch))

    def _batch_finished(self, batch: Batch) -> None:
        if batch.total > 1:
            self.batch_bar.finish(batch)

    def undo(self) -> None:
        if self.toast.batch is not None:
            self.controller.moderation.undo(self.toast.batch)
            self.hint(self.tr("Undone: nothing was sent."))

    def cancel_batch(self, batch: Batch | None = None) -> None:
        batch = batch or self.batch_bar.batch
        if batch is not None and not batch.done:
            self.controller.moderation.cancel(batch)
            self.batch_bar.cancelling()

    def retry_failed(self) -> None:
        batch = self.batch_bar.batch
        if batch is not None and batch.done and batch.failed():
            self.controller.moderation.retry_failed(batch)
