"""One moderation request from start to end, below Qt: pending marks, the undo window, the
provider call or the outbox, one :class:`~moderator.core.outcome.Outcome` per message, the line
in the chat, and the audit record.

An action on the selection becomes a :class:`~moderator.core.bulk.Batch`. Its rows are marked
pending at once; a delete or ban first waits out the undo delay (one window for the whole
batch), then goes out a few requests at a time. Each row confirms or rolls back on its own,
each attempt lands in the audit log, and the batch ends with a one-sentence summary.

While its undo window runs, a delete or ban is also kept in the outbox as held by this process,
so a crash cannot lose it: the next start asks whether to send it. A write that fails (a full
disk) is kept in memory and tried again (:class:`~moderator.core.unsaved.UnsavedWrites`).
The surfaces hear of it all through :class:`Hooks` (the Qt side turns them into signals).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine, Iterable, Sequence
from datetime import timedelta
from functools import partial
from typing import Any

from moderator.core import held_actions
from moderator.core.actions import AUTHOR_ACTIONS, ActionKind, execute
from moderator.core.audit import AuditRecord, AuditSink
from moderator.core.audit_detail import batch_outcome, detail_of, one_record_per_batch
from moderator.core.author_marks import AuthorMarks
from moderator.core.bulk import Batch, one_per_author, run_batch, undo
from moderator.core.delivery import Delivery, OutboxEntry
from moderator.core.models import ChatMessage, MessageState
from moderator.core.outcome import WENT_THROUGH, Outcome, outcome_of
from moderator.core.ports import Hooks, Outbox, ReadStore, Rows
from moderator.core.provider import Capability, ChatProvider
from moderator.core.request import ActionRequest, policy
from moderator.core.restrictions import Clock, Restrictions
from moderator.core.result_line import result_line
from moderator.core.rule_notices import RuleNotices
from moderator.core.unsaved import UnsavedWrites
from moderator.core.words import ACTION_WORDS, could_not, unreachable
from moderator.wording import Said

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


class Pipeline:
    def __init__(
        self,
        provider: ChatProvider,
        rows: Rows,
        spawn: Spawn,
        *,
        outbox: Outbox | None = None,
        audit: AuditSink | None = None,
        read_state: ReadStore | None = None,
        hooks: Hooks | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.provider = provider
        self.rows = rows
        self.outbox = outbox
        self.audit = audit
        self.read_state = read_state
        self.hooks = hooks or Hooks()
        #: the bans and timeouts this moderator saw go through here
        self.restrictions = Restrictions(clock) if clock else Restrictions()
        self.undo_delay = 0.0
        #: the moderator's name on the platform when the provider does not say (learned from
        #: what they sent): the audit log names the platform account, never the OS user
        self.account = ""
        self._spawn = spawn
        self._release: dict[int, asyncio.Event] = {}
        #: batches whose undo window is kept in the outbox
        self._held: set[int] = set()
        self.rule_notices = RuleNotices()
        #: the rows of authors banned or timed out here are painted with their marker
        self.author_marks = AuthorMarks(rows)
        self.writes = UnsavedWrites(spawn, lambda s: self.hooks.notice(s), self._stored)

    @property
    def platform(self) -> str:
        return self.provider.display_name

    @property
    def actor(self) -> str:
        account = getattr(self.provider, "account", "") or self.account
        return account or f"{self.platform} account"

    # -- starting -------------------------------------------------------------------------------

    def submit(self, request: ActionRequest) -> Batch | None:
        """Start a request the moderator has answered every question of."""
        return self.act(
            request.kind,
            request.targets,
            duration=request.duration,
            reason=request.reason,
            origin=request.acted_by,
        )

    def act(
        self,
        kind: ActionKind,
        messages: Iterable[ChatMessage],
        *,
        duration: timedelta | None = None,
        reason: str = "",
        origin: str = "",
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
        batch = Batch(kind, targets, duration, reason, origin=origin)
        for message in targets:
            self.rows.change_state(message.id, add=MessageState.PENDING)
        request = ActionRequest(kind, targets, duration, reason)
        # a rule's action waits for nobody: no Undo is offered as if the moderator had acted
        batch.waiting = not origin and policy(request, self.undo_delay).undo_window > 0
        window = asyncio.Event() if batch.waiting else None
        if window is not None:
            self._release[batch.id] = window
            self._hold(batch)
            self.hooks.offered(batch)
        # the window goes with the task: an undo before the task first runs must still count
        self._spawn(self._run(batch, window))
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
            return Said("It goes out when the connection is back.")
        reason = self.writes.reason
        return Said("{reason}; retrying. Nothing is lost.", reason=reason[:1].upper() + reason[1:])

    def _stored(self) -> None:
        self.hooks.queued()
        self.hooks.stored()

    # -- undo windows a crash interrupted -------------------------------------------------------

    def held_from_before(self) -> list[OutboxEntry]:
        """Deletes and bans whose undo window was running when Moderator last ended."""
        return held_actions.held_from_before(self)

    def resolve_held(self, entries: Sequence[OutboxEntry], *, send: bool) -> None:
        """The moderator's answer: send them now (through the outbox, once) or discard them."""
        held_actions.resolve_held(self, entries, send=send)

    def stored(self) -> None:
        """Something new waits in the outbox: the tab says so and the drain looks."""
        self._stored()

    def retry_failed(self, batch: Batch) -> Batch | None:
        current = [self._current(m) for m in batch.failed()]
        return self.act(batch.kind, current, duration=batch.duration, reason=batch.reason)

    # -- the undo window and cancelling ---------------------------------------------------------

    def undo(self, batch: Batch) -> None:
        """Take the whole batch back, if nothing has been sent yet."""
        if batch.waiting:
            undo(batch, lambda m, outcome, error: self._report(batch, m, outcome, error))
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
        window = self._release.pop(batch.id, None)
        if window is not None:  # an undone batch's task ends now, not when the delay runs out
            window.set()
        self.hooks.closed(batch)

    # -- running --------------------------------------------------------------------------------

    async def _run(self, batch: Batch, event: asyncio.Event | None) -> None:
        if event is not None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), self.undo_delay)
            if not batch.waiting:  # undone meanwhile
                return
            self._close_window(batch)
        self.hooks.started(batch)
        await run_batch(
            batch,
            lambda m: self._attempt(batch, m),
            lambda m, outcome, error: self._report(batch, m, outcome, error),
        )
        if one_record_per_batch(batch.kind, batch.total):
            self.record(batch.kind.value, batch.messages[-1], *batch_outcome(batch), batch)
        self.hooks.finished(batch)

    async def _attempt(self, batch: Batch, message: ChatMessage) -> tuple[Outcome, str]:
        result = await execute(
            self.provider, batch.kind, message, duration=batch.duration, reason=batch.reason
        )
        outcome = outcome_of(result)
        outbox = self.outbox
        if outcome is Outcome.WAITING and outbox is None:
            return Outcome.FAILED, result.error  # nowhere to wait
        if outcome is Outcome.WAITING and outbox is not None:
            kind, seconds = batch.kind.value, _seconds(batch)
            origin = batch.origin  # a rule's action is delivered in the rule's name
            self.writes.save(
                ("queue", kind, message.id),
                lambda: outbox.add_action(kind, message, seconds, origin),
            )
            self.hooks.queued()
        return outcome, result.error

    def _report(self, batch: Batch, message: ChatMessage, outcome: Outcome, error: str) -> None:
        kind = batch.kind
        if outcome in WENT_THROUGH:
            self.confirm(kind, message, batch.duration, batch.origin)
        elif outcome is not Outcome.WAITING:
            self.rows.change_state(message.id, remove=MessageState.PENDING)
        self._tell(batch, message, outcome, error)
        if outcome is not Outcome.WAITING:
            self._unhold(batch, message)
        if not one_record_per_batch(kind, batch.total):
            self.record(kind.value, message, outcome.value, error, batch)
        log.info("%s %s on %s: %s", kind.value, message.id, message.stream_key, error or outcome)
        self.hooks.progressed(batch)

    def _tell(self, batch: Batch, message: ChatMessage, outcome: Outcome, error: str) -> None:
        """A sentence for a single failure, or for an action left waiting for the network."""
        kind, action = batch.kind.value, ACTION_WORDS[batch.kind]
        troubled = outcome in (Outcome.FAILED, Outcome.WAITING)
        if troubled and batch.origin and not self.rule_notices.first(batch.kind, outcome):
            return  # a rule's: said once already (logged and audited each time)
        if outcome is Outcome.FAILED and batch.total == 1:
            self.hooks.notice(could_not(batch.kind, message, error, batch.origin))
        elif outcome is Outcome.WAITING and ("queue", kind, message.id) in self.writes:
            self.hooks.notice(unreachable(self.platform, error, action, self.writes.reason))
        elif outcome is Outcome.WAITING:
            self.hooks.notice(unreachable(self.platform, error, action))

    # -- outcomes -------------------------------------------------------------------------------

    def confirm(
        self,
        kind: ActionKind,
        message: ChatMessage,
        duration: timedelta | None = None,
        origin: str = "",
    ) -> None:
        add, remove = EFFECTS.get(kind, (MessageState.NONE, MessageState.NONE))
        self.rows.change_state(message.id, add=add, remove=remove | MessageState.PENDING)
        self.rule_notices.went_through(kind)  # a rule's next trouble of this kind is news
        if kind in AUTHOR_ACTIONS:
            self.restrictions.apply(kind, message.author.id, duration)
            self.author_marks.changed(message.author.id)
        line = result_line(kind, message, duration, by=origin)
        if line is not None:  # the chat shows what happened, whichever surface asked
            self.rows.enqueue([line])

    def delivered(self, delivery: Delivery) -> None:
        """An action the outbox delivered later (or gave up on): its row, notice and record."""
        entry, outcome = delivery.entry, delivery.outcome
        if entry.message is None:  # a send: the stream takes care of it
            return
        kind, origin = ActionKind(entry.kind), entry.origin
        if outcome is Outcome.DONE:
            seconds = entry.duration_s
            duration = None if seconds is None else timedelta(seconds=seconds)
            self.confirm(kind, entry.message, duration, origin)
        elif outcome is Outcome.FAILED:
            self.rows.change_state(entry.message.id, remove=MessageState.PENDING)
            if not origin or self.rule_notices.first(kind, outcome):
                self.hooks.notice(could_not(kind, entry.message, delivery.error, origin))
        if outcome is not Outcome.WAITING:  # "waiting" was recorded when it was queued
            self.record(kind.value, entry.message, outcome.value, delivery.error, origin=origin)

    def removed_on_platform(self, message_id: str) -> None:
        """The platform says a message is gone. This moderator's own delete (pending, or done)
        just shows deleted; one nobody here deleted is removed on the platform, recorded once."""
        row = self.rows.row_of(message_id)
        if row is None:
            return
        message = self.rows.message(row)
        if message.is_pending or message.is_deleted:
            self.rows.change_state(message_id, add=MessageState.DELETED)
            return
        self.rows.change_state(message_id, add=MessageState.DELETED | MessageState.REMOVED)
        self.record("removed on the platform", message, "seen", actor="someone else")

    def record(
        self,
        action: str,
        message: ChatMessage,
        result: str,
        error: str = "",
        batch: Batch | None = None,
        *,
        actor: str = "",
        origin: str = "",
    ) -> None:
        """One line in the audit log (when there is one). ``origin``: a batch's, for a record
        made without the batch (a delivery from the outbox)."""
        if self.audit is None:
            return
        detail = detail_of(batch.kind, batch.duration, batch.reason) if batch else ""
        if batch is not None and one_record_per_batch(batch.kind, batch.total):
            detail = Said("{count} messages", count=batch.total)
        origin = batch.origin if batch is not None else origin
        if origin:
            detail = Said("{first}; {then}", first=origin, then=detail) if detail else origin
        entry = AuditRecord.of(
            actor=actor or self.actor,
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
        self.rows.change_many(ids, add=add, remove=remove)
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
        row = self.rows.row_of(message.id)
        return message if row is None else self.rows.message(row)


def _seconds(batch: Batch) -> float | None:
    return batch.duration.total_seconds() if batch.duration else None
