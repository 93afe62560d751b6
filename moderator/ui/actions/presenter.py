"""One way to ask for a moderation action, whatever surface it comes from.

The stream's tab, All streams, the search results and the user card all call
:meth:`ActionPresenter.perform`: a ban or timeout opens the dialog with its presets and reason,
a permanent delete asks a question naming the platform, each stream's messages go to that
stream's controller, and a delete or ban waiting out its undo delay shows an Undo toast on the
surface it was asked from. The same key asks the same way everywhere (issue 11).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from moderator.core.actions import ACTIONS, ActionKind
from moderator.core.bulk import Batch
from moderator.core.models import ChatMessage, MessageKind
from moderator.core.provider import Capability
from moderator.core.request import ActionRequest, Ask, Surface, policy
from moderator.core.restrictions import describe
from moderator.ui.actions.questions import Questions
from moderator.ui.actions.restrict_dialog import RestrictDialog
from moderator.ui.actions.undo_toast import UndoToast, doing
from moderator.ui.bridge.controller import StreamController
from moderator.ui.bridge.routing import ActionRouter, ControllerLookup
from moderator.ui.kit import messages as notices
from moderator.ui.kit.i18n import counts, tr_core
from moderator.ui.kit.plain import named_visibly, plain_box
from moderator.ui.kit.shortcuts import bind

#: entries after which a menu has a separator
SEPARATE_AFTER = (ActionKind.HARD_DELETE, ActionKind.MARK_UNREAD, ActionKind.UNBAN)
#: one stream's part of a request, and the controller that carries it out
Step = tuple[ActionRequest, StreamController]


class ActionPresenter(QObject):
    def __init__(
        self,
        surface: QWidget,
        router: ActionRouter,
        *,
        toast: UndoToast | None = None,
        origin: Surface = Surface.OTHER,
    ) -> None:
        """``toast``: where this surface offers Undo; a stream's tab passes none, its own toast
        already follows every undo window of its stream. Why nothing was done is told through the
        message bridge, shown on ``surface``."""
        super().__init__(surface)
        self.surface = surface
        self.router = router
        self.toast = toast
        self.origin = origin
        #: the dialog or question open now, or the last one (tests answer it)
        self.dialog: QWidget | None = None
        self._asking = False
        self._steps: deque[Step] = deque()
        self._owners: dict[int, StreamController] = {}
        self._followed: set[int] = set()
        if toast is not None:
            toast.undo_clicked.connect(self.undo)
            toast.send_now_clicked.connect(self._send_now)

    # -- asking ---------------------------------------------------------------------------------

    def perform(
        self,
        kind: ActionKind,
        messages: Iterable[ChatMessage],
        *,
        duration: timedelta | None = None,
        reason: str = "",
    ) -> None:
        """Ask for ``kind`` on the messages that allow it, stream by stream; say why when none
        does. ``duration`` and ``reason`` (a typed command's) fill in the ban dialog, which
        still asks."""
        by_stream: dict[str, list[ChatMessage]] = {}
        refused = ""
        for message in messages:
            entry = self.router.entry(message, kind)
            if entry.enabled:
                by_stream.setdefault(message.stream_key, []).append(self.router.current(message))
            else:
                refused = refused or entry.tooltip
        if not by_stream:
            if refused:
                notices.warning(refused, place=self.surface)
            return
        for stream_key, allowed in by_stream.items():
            controller = self.router.controller_for(stream_key)
            assert controller is not None  # entries are enabled only for open streams
            request = ActionRequest(kind, allowed, duration, reason, origin=self.origin)
            self._steps.append((request, controller))
        if not self._asking:
            self._next()

    def _next(self) -> None:
        """Run the waiting steps until one needs an answer (one question at a time)."""
        self._asking = False
        while self._steps:
            request, controller = self._steps.popleft()
            ask = policy(request, controller.undo_delay).ask  # the same rule for every surface
            if ask is Ask.RESTRICT:
                self._open_restrict(request, controller)
                return
            if ask is Ask.CONFIRM:
                self._ask(request, controller)
                return
            self._submit(request, controller)

    def _ask(self, request: ActionRequest, controller: StreamController) -> None:
        kind, platform = request.kind, controller.provider.display_name
        box = plain_box(
            QMessageBox(QMessageBox.Icon.Question, self.tr("Confirm"), "", parent=self.surface)
        )
        box.setText(Questions().confirmation(kind, named_visibly(request.targets), platform))
        yes = box.addButton(
            tr_core("Capability", kind.value.capitalize()), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes)

        def answered(_code: int) -> None:
            # a custom button's role does not reliably map to accepted(): ask which was clicked
            if box.clickedButton() is yes:
                self._submit(request, controller)

        box.finished.connect(answered)
        self._show(box)

    def _open_restrict(self, request: ActionRequest, controller: StreamController) -> None:
        provider = controller.provider
        dialog = RestrictDialog(
            request.kind,
            request.targets,
            platform=provider.display_name,
            capabilities=provider.capabilities,
            takes_reason=Capability.BAN_REASON in provider.capabilities,
            parent=self.surface,
        )
        dialog.fill(request.duration, request.reason)

        def chosen() -> ActionRequest:
            return replace(
                request,
                kind=dialog.kind(),
                duration=dialog.duration(),
                reason=dialog.reason_text(),
            )

        dialog.accepted.connect(lambda: self._submit(chosen(), controller))
        self._show(dialog)

    def _show(self, dialog: QWidget) -> None:
        self.dialog = dialog
        self._asking = True
        dialog.finished.connect(dialog.deleteLater)  # type: ignore[attr-defined]
        dialog.finished.connect(lambda _code: self._next())  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    # -- acting and undo ------------------------------------------------------------------------

    def _submit(self, request: ActionRequest, controller: StreamController) -> None:
        batch = controller.moderation.submit(request)
        if batch is None or not batch.waiting or self.toast is None:
            return
        self._owners[batch.id] = controller
        if id(controller) not in self._followed:
            self._followed.add(id(controller))
            controller.moderation.undo_closed.connect(self._closed)
        what = doing(batch, controller.provider.display_name)
        self.toast.offer(batch, what, controller.undo_delay)

    def undo(self, batch: Batch) -> None:
        controller = self._owners.get(batch.id)
        if controller is not None:
            controller.moderation.undo(batch)

    def _send_now(self, batch: Batch) -> None:
        controller = self._owners.get(batch.id)
        if controller is not None:
            controller.moderation.send_now(batch)

    def _closed(self, batch: Batch) -> None:
        self._owners.pop(batch.id, None)
        if self.toast is not None:
            self.toast.close_for(batch)

    # -- menus and keys for surfaces showing several streams ------------------------------------

    def build_menu(self, messages: Sequence[ChatMessage]) -> QMenu:
        """The tab's context menu for ``messages``, whatever streams they come from."""
        menu = QMenu(self.surface)
        menu.setToolTipsVisible(True)
        count = f" ({counts().messages(len(messages))})" if len(messages) > 1 else ""
        several = len({m.stream_key for m in messages}) > 1
        for entry in self.router.entries(messages[0]):
            action = menu.addAction(tr_core("Keymap", entry.label) + count)
            action.setShortcut(QKeySequence(entry.shortcut))
            action.setEnabled(entry.enabled or several)
            action.setToolTip(tr_core("Core", entry.tooltip))
            action.setData(entry.kind.value)
            action.triggered.connect(lambda _checked=False, k=entry.kind: self.perform(k, messages))
            if entry.kind in SEPARATE_AFTER:
                menu.addSeparator()
        return menu

    def add_shortcuts(
        self, widget: QWidget, selected: Callable[[], list[ChatMessage]]
    ) -> dict[ActionKind, QAction]:
        """The tab's action keys on ``widget``, acting on what ``selected`` returns."""
        actions: dict[ActionKind, QAction] = {}
        for spec in ACTIONS:
            action = bind(widget, spec.kind.value)
            action.triggered.connect(
                lambda _checked=False, k=spec.kind: self.perform(k, selected())
            )
            actions[spec.kind] = action
        return actions


def restriction_marker(controller_for: ControllerLookup) -> Callable[[ChatMessage], str]:
    """What a row shows of its author's ban or timeout on its own stream ("banned")."""

    def marker(message: ChatMessage) -> str:
        if message.kind is not MessageKind.CHAT:
            return ""
        controller = controller_for(message.stream_key)
        known = (
            None if controller is None else controller.moderation.restrictions.of(message.author.id)
        )
        return "" if known is None else describe(known)

    return marker
