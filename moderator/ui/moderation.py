"""The moderator's actions on one tab's messages: undo window, batches, outcomes, audit.

An action on the selection becomes a :class:`~moderator.core.bulk.Batch`. Its rows are marked
pending at once; a delete or ban first waits out the undo delay (one window for the whole
batch), then goes out a few requests at a time. Each row confirms or rolls back on its own,
each attempt lands in the audit log, and the batch ends with a one-sentence summary.

While its undo window runs, a delete or ban is also kept in the outbox as held by this process,
so a crash cannot lose it: the next start asks whether to send it. A write that fails (a full
disk) is kept in memory and tried again (:class:`~moderator.ui.unsaved.UnsavedWrites`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine, Iterable, Sequence
from datetime import timedelta
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from moderator.core.actions import AUTHOR_ACTIONS, UNDOABLE, ActionKind, execute
from moderator.core.audit import AuditRecord, AuditSink
from moderator.core.audit_detail import batch_outcome, detail_of, one_record_per_batch
from moderator.core.bulk import Batch, one_per_author, run_batch, undo
from moderator.core.delivery import OutboxEntry, OutboxStore
from moderator.core.models import ChatMessage, MessageState
from moderator.core.moderation import result_line
from moderator.core.names import visible_name
from moderator.core.outcome import Outcome
from moderator.core.provider import Capability, ChatProvider
from moderator.errors import StorageError
from moderator.ui.message_model import MessageModel, is_unread
from moderator.ui.unsaved import UnsavedWrites

log = logging.getLogger(__name__)

#: what a successful action does to the message's state: (add, remove)
EFFECTS: dict[ActionKind, tuple[MessageState, MessageState]] = {
    ActionKind.DELETE: (MessageState.DELETED, MessageState.NONE),
    ActionKind.HARD_DELETE: (MessageState.DELETED, MessageState.NONE),
    ActionKind.MARK_READ: (MessageState.READ, MessageState.NONE),
    ActionKind.MARK_UNREAD: (MessageState.NONE, MessageState.READ),
}
LOCAL_READ = {ActionKind.MARK_READ: True, ActionKind.MARK_UNREAD: False}
Spawn = Callable[[Coroutine[Any, Any, None]], None]


class Outbox(OutboxStore, Protocol):
    """The outbox as the controller uses it: queue, list, and record outcomes."""

    def add_action(
        self, kind: str, message: ChatMessage, duration_s: float | None = None
    ) -> object: ...

    def add_send(self, stream_key: str, text: str) -> object: ...

    def hold(
        self, kind: str, messages: Sequence[ChatMessage], duration_s: float | None
    ) -> None: ...

    def unhold(self, kind: str, message: ChatMessage) -> None: ...

    def held_from_before(self, stream_key: str) -> list[OutboxEntry]: ...

    def release_held(self, entry_ids: Sequence[int]) -> None: ...

    def discard_held(self, entry_ids: Sequence[int]) -> None: ...


class ReadStore(Protocol):
    """Read state kept on this computer (``moderator.storage.read_state.ReadState``)."""

    def mark(self, stream_key: str, message_ids: Iterable[str]) -> None: ...

    def unmark(self, stream_key: str, message_ids: Iterable[str]) -> None: ...

    def read_among(self, stream_key: str, message_ids: Sequence[str]) -> set[str]: ...


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
    notice = Signal(str)
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
        self.provider = provider
        self.model = model
        self.outbox = outbox
        self.audit = audit
        self.read_state = read_state
        self.undo_delay = 0.0
        #: the moderator's name on the platform when the provider does not say (learned from
        #: what they sent): the audit log names the platform account, never the OS user
        self.account = ""
        self._spawn = spawn
        self._release: dict[int, asyncio.Event] = {}
        #: batches whose undo window is kept in the outbox
        self._held: set[int] = set()
        self.writes = UnsavedWrites(spawn, self.notice.emit, self._stored)

    @property
    def platform(self) -> str:
        return self.provider.display_name

    @property
    def actor(self) -> str:
        account = getattr(self.provider, "account", "") or self.account
        return account or f"{self.platform} account"

    # -- starting -------------------------------------------------------------------------------

    def act(
        self,
        kind: ActionKind,
        messages: Iterable[ChatMessage],
        *,
        duration: timedelta | None = None,
        reason: str = "",
    ) -> Batch | None:
        """Start ``kind`` on ``messages`` (each author once, for author actions)."""
        targets = list(messages)
        if kind in AUTHOR_ACTIONS:
            targets = one_per_author(targets)
        if not targets:
            return None
        if kind in LOCAL_READ and Capability.MARK_READ not in self.provider.capabilities:
            self._read_locally(kind, targets)
            return None
        batch = Batch(kind, targets, duration, reason)
        for message in targets:
            self.model.change_state(message.id, add=MessageState.PENDING)
        batch.waiting = kind in UNDOABLE and self.undo_delay > 0
        if batch.waiting:
            self._release[batch.id] = asyncio.Event()
            self._hold(batch)
            self.undo_offered.emit(batch)
        self._spawn(self._run(batch))
        return batch

    def _hold(self, batch: Batch) -> None:
        """Keep the batch in the outbox while its window runs: a crash now loses nothing. If
        the disk is full, the retry holds only the items still waiting for the window."""
        outbox = self.outbox
        if outbox is None:
            return
        self._held.add(batch.id)
        kind, seconds = batch.kind.value, _seconds(batch)
        self.writes.save(
            ("hold", batch.id), lambda: outbox.hold(kind, list(batch.queued()), seconds)
        )

    def _unhold(self, batch: Batch, message: ChatMessage) -> None:
        outbox, kind = self.outbox, batch.kind.value
        if outbox is None or batch.id not in self._held:
            return
        if ("hold", batch.id) in self.writes:  # not on disk yet; its retry leaves this one out
            if not any(batch.queued()):
                self.writes.forget(("hold", batch.id))
            return
        self.writes.save(("unhold", kind, message.id), lambda: outbox.unhold(kind, message))

    def queue_send(self, text: str) -> str:
        """Keep a message the platform could not take for later; what happens next, in words."""
        outbox = self.outbox
        if outbox is None:
            return ""
        key = self.provider.stream.key
        if self.writes.save(("send", object()), partial(outbox.add_send, key, text)):
            return "It goes out when the connection is back."
        reason = self.writes.reason
        return f"{reason[:1].upper()}{reason[1:]}; retrying. Nothing is lost."

    def _stored(self) -> None:
        self.queued.emit()
        self.stored.emit()

    # -- undo windows a crash interrupted -------------------------------------------------------

    def held_from_before(self) -> list[OutboxEntry]:
        """Deletes and bans whose undo window was running when Moderator last ended."""
        if self.outbox is None:
            return []
        try:
            return self.outbox.held_from_before(self.provider.stream.key)
        except Exception:  # an unreadable outbox was said at start; no question then
            log.exception("could not read the held actions")
            return []

    def resolve_held(self, entries: Sequence[OutboxEntry], *, send: bool) -> None:
        """The moderator's answer: send them now (through the outbox, once) or discard them."""
        if self.outbox is None or not entries:
            return
        settle = self.outbox.release_held if send else self.outbox.discard_held
        try:
            settle([e.id for e in entries])
        except StorageError as err:
            self.notice.emit(f"{err}. Moderator asks again at the next start.")
            return
        for entry in entries:
            if entry.message is not None:
                self.record(entry.kind, entry.message, "released" if send else "discarded")
        if send:
            self._stored()

    def mark_read_up_to(self, row: int) -> Batch | None:
        """Mark every unread row from the top down to ``row`` read."""
        rows = self.model.messages()
        unread = [rows[r] for r in range(min(row + 1, len(rows))) if is_unread(rows[r])]
        return self.act(ActionKind.MARK_READ, unread)

    def retry_failed(self, batch: Batch) -> Batch | None:
        current = [self._current(m) for m in batch.failed()]
        return self.act(batch.kind, current, duration=batch.duration, reason=batch.reason)

    # -- the undo window and cancelling ---------------------------------------------------------

    def undo(self, batch: Batch) -> None:
        """Take the whole batch back, if nothing has been sent yet."""
        if batch.waiting:
            undo(batch, lambda m, state, error: self._report(batch, m, state, error))
            self._close_window(batch)

    def send_now(self, batch: Batch) -> None:
        """End the undo window early: the moderator is sure."""
        event = self._release.get(batch.id)
        if event is not None:
            event.set()

    def cancel(self, batch: Batch) -> None:
        """Stop the items not sent yet; those in flight still end with their real outcome."""
        batch.cancelled = True

    def _close_window(self, batch: Batch) -> None:
        batch.waiting = False
        self._release.pop(batch.id, None)
        self.undo_closed.emit(batch)

    # -- running --------------------------------------------------------------------------------

    async def _run(self, batch: Batch) -> None:
        event = self._release.get(batch.id)
        if event is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), self.undo_delay)
            if not batch.waiting:  # undone meanwhile
                return
            self._close_window(batch)
        self.batch_started.emit(batch)
        await run_batch(
            batch,
            lambda m: self._attempt(batch, m),
            lambda m, state, error: self._report(batch, m, state, error),
        )
        if one_record_per_batch(batch.kind, batch.total):
            self.record(batch.kind.value, batch.messages[-1], *batch_outcome(batch), batch)
        self.batch_finished.emit(batch)

    async def _attempt(self, batch: Batch, message: ChatMessage) -> tuple[Outcome, str]:
        result = await execute(
            self.provider, batch.kind, message, duration=batch.duration, reason=batch.reason
        )
        if result.ok:
            return (Outcome.LOCAL if result.local else Outcome.DONE), ""
        outbox = self.outbox
        if result.transient and outbox is not None:
            kind, seconds = batch.kind.value, _seconds(batch)
            self.writes.save(
                ("queue", kind, message.id), lambda: outbox.add_action(kind, message, seconds)
            )
            self.queued.emit()
            return Outcome.WAITING, result.error
        return Outcome.FAILED, result.error

    def _report(self, batch: Batch, message: ChatMessage, state: Outcome, error: str) -> None:
        kind = batch.kind
        if state in (Outcome.DONE, Outcome.LOCAL):
            self.confirm(kind, message, batch.duration)
        elif state is not Outcome.WAITING:
            self.model.change_state(message.id, remove=MessageState.PENDING)
        if state is Outcome.FAILED and batch.total == 1:
            name = visible_name(message.author.name)
            self.notice.emit(f"Could not {kind.value} {name}'s message: {error}")
        elif state is Outcome.WAITING and ("queue", kind.value, message.id) in self.writes:
            self.notice.emit(
                f"{self.platform} is unreachable ({error}) and {self.writes.reason}; retrying. "
                f"Nothing is lost: the {kind.value} stays pending here."
            )
        elif state is Outcome.WAITING:
            self.notice.emit(
                f"{self.platform} is unreachable ({error}) "
                f"The {kind.value} waits and goes out when the connection is back."
            )
        if state is not Outcome.WAITING:
            self._unhold(batch, message)
        if not one_record_per_batch(kind, batch.total):
            self.record(kind.value, message, state.value, error, batch)
        log.info("%s %s on %s: %s", kind.value, message.id, message.stream_key, error or state)
        self.batch_progress.emit(batch)

    # -- outcomes -------------------------------------------------------------------------------

    def confirm(
        self, kind: ActionKind, message: ChatMessage, duration: timedelta | None = None
    ) -> None:
        add, remove = EFFECTS.get(kind, (MessageState.NONE, MessageState.NONE))
        self.model.change_state(message.id, add=add, remove=remove | MessageState.PENDING)
        line = result_line(kind, message, duration)
        if line is not None:  # the chat shows what happened, whichever surface asked
            self.model.enqueue([line])

    def record(
        self,
        action: str,
        message: ChatMessage,
        result: str,
        error: str = "",
        batch: Batch | None = None,
    ) -> None:
        """One line in the audit log (when there is one)."""
        if self.audit is None:
            return
        detail = detail_of(batch.kind, batch.duration, batch.reason) if batch else ""
        if batch is not None and one_record_per_batch(batch.kind, batch.total):
            detail = f"{batch.total} messages"
        entry = AuditRecord.of(
            actor=self.actor,
            platform=self.platform,
            action=action,
            message=message,
            result=result,
            error=error,
            detail=detail,
        )
        audit = self.audit
        # a full disk must not stop moderation, nor lose the record: it is tried again
        self.writes.save(("audit", id(entry)), lambda: audit.record(entry), (Exception,))

    def _read_locally(self, kind: ActionKind, messages: list[ChatMessage]) -> None:
        """Read state on this computer: applied at once, kept across restarts."""
        read = LOCAL_READ[kind]
        add, remove = EFFECTS[kind]
        ids = [m.id for m in messages]
        self.model.change_many(ids, add=add, remove=remove)
        if self.read_state is not None:
            key = self.provider.stream.key
            keep = self.read_state.mark if read else self.read_state.unmark
            # in order, behind any marks still waiting for room on the disk
            self.writes.save(("read", object()), partial(keep, key, ids), after="read")
        batch = Batch(kind, messages)  # for the record only: nothing is sent
        shown = messages[-1:] if one_record_per_batch(kind, len(messages)) else messages
        for message in shown:
            self.record(kind.value, message, Outcome.LOCAL.value, batch=batch)

    def _current(self, message: ChatMessage) -> ChatMessage:
        row = self.model.row_of(message.id)
        return message if row is None else self.model.message(row)


def _seconds(batch: Batch) -> float | None:
    return batch.duration.total_seconds() if batch.duration else None
