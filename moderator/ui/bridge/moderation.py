"""The moderation pipeline seen from Qt: its hooks as signals, its rows as the tab's model.

Everything the pipeline decides (undo windows, batches, outcomes, the outbox, the audit) lives
in :mod:`moderator.core.moderation`, tested without Qt; this adapter only carries it to the
widgets. Asking the moderator first is the part of
:class:`moderator.ui.actions.presenter.ActionPresenter`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta

from PySide6.QtCore import QObject, Signal

from moderator.core.actions import ActionKind
from moderator.core.audit import AuditSink
from moderator.core.bulk import Batch
from moderator.core.delivery import Delivery, OutboxEntry
from moderator.core.models import ChatMessage
from moderator.core.moderation import Pipeline, Spawn
from moderator.core.ports import Hooks, Outbox, ReadStore
from moderator.core.provider import ChatProvider
from moderator.core.request import ActionRequest
from moderator.core.restrictions import Restrictions
from moderator.core.unsaved import UnsavedWrites
from moderator.ui.messages.message_model import MessageModel, is_unread

__all__ = ["Moderation", "Outbox", "ReadStore"]


class Moderation(QObject):
    #: a batch began (after its undo window, if any)
    batch_started = Signal(object)
    #: one more item of a batch ended
    batch_progress = Signal(object)
    batch_finished = Signal(object)
    #: a batch waits for the undo delay: the tab shows an Undo toast
    undo_offered = Signal(object)
    #: the undo window closed (sent or undone)
    undo_closed = Signal(object)
    notice = Signal(object)  # str, or a Said: kept whole so it can be shown translated
    #: actions were queued for the network (the controller refreshes its count)
    queued = Signal()
    #: actions reached the outbox to be delivered (kept in memory until now, or sent after a
    #: restart): the stream may deliver them at once
    stored = Signal()

    def __init__(
        self,
        provider: ChatProvider,
        model: MessageModel,
        spawn: Spawn,
        *,
        outbox: Outbox | None = None,
        audit: AuditSink | None = None,
        read_state: ReadStore | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        hooks = Hooks(
            offered=self.undo_offered.emit,
            closed=self.undo_closed.emit,
            started=self.batch_started.emit,
            progressed=self.batch_progress.emit,
            finished=self.batch_finished.emit,
            notice=self.notice.emit,
            queued=self.queued.emit,
            stored=self.stored.emit,
        )
        self.pipeline = Pipeline(
            provider, model, spawn, outbox=outbox, audit=audit, read_state=read_state, hooks=hooks
        )

    # -- the pipeline's state -------------------------------------------------------------------

    @property
    def provider(self) -> ChatProvider:
        return self.pipeline.provider

    @provider.setter
    def provider(self, provider: ChatProvider) -> None:
        self.pipeline.provider = provider

    @property
    def undo_delay(self) -> float:
        return self.pipeline.undo_delay

    @undo_delay.setter
    def undo_delay(self, seconds: float) -> None:
        self.pipeline.undo_delay = seconds

    @property
    def account(self) -> str:
        return self.pipeline.account

    @account.setter
    def account(self, name: str) -> None:
        self.pipeline.account = name

    @property
    def writes(self) -> UnsavedWrites:
        return self.pipeline.writes

    @property
    def audit(self) -> AuditSink | None:
        return self.pipeline.audit

    @audit.setter
    def audit(self, audit: AuditSink | None) -> None:
        self.pipeline.audit = audit

    @property
    def actor(self) -> str:
        return self.pipeline.actor

    @property
    def restrictions(self) -> Restrictions:
        return self.pipeline.restrictions

    # -- requests -------------------------------------------------------------------------------

    def act(
        self,
        kind: ActionKind,
        messages: Iterable[ChatMessage],
        *,
        duration: timedelta | None = None,
        reason: str = "",
    ) -> Batch | None:
        return self.pipeline.act(kind, messages, duration=duration, reason=reason)

    def submit(self, request: ActionRequest) -> Batch | None:
        return self.pipeline.submit(request)

    def mark_read_up_to(self, row: int) -> Batch | None:
        """Mark every unread row from the top down to ``row`` read."""
        rows = self.model.messages()
        unread = [rows[r] for r in range(min(row + 1, len(rows))) if is_unread(rows[r])]
        return self.pipeline.act(ActionKind.MARK_READ, unread)

    def retry_failed(self, batch: Batch) -> Batch | None:
        return self.pipeline.retry_failed(batch)

    def undo(self, batch: Batch) -> None:
        self.pipeline.undo(batch)

    def send_now(self, batch: Batch) -> None:
        self.pipeline.send_now(batch)

    def cancel(self, batch: Batch) -> None:
        self.pipeline.cancel(batch)

    def queue_send(self, text: str) -> str:
        return self.pipeline.queue_send(text)

    def held_from_before(self) -> list[OutboxEntry]:
        return self.pipeline.held_from_before()

    def resolve_held(self, entries: Sequence[OutboxEntry], *, send: bool) -> None:
        self.pipeline.resolve_held(entries, send=send)

    def removed_on_platform(self, message_id: str) -> None:
        self.pipeline.removed_on_platform(message_id)

    def delivered(self, delivery: Delivery) -> None:
        self.pipeline.delivered(delivery)

    def confirm(
        self, kind: ActionKind, message: ChatMessage, duration: timedelta | None = None
    ) -> None:
        self.pipeline.confirm(kind, message, duration)

    def record(
        self,
        action: str,
        message: ChatMessage,
        result: str,
        error: str = "",
        batch: Batch | None = None,
    ) -> None:
        self.pipeline.record(action, message, result, error, batch)
