"""Binds one stream's session and provider to its Qt model: the tab's brain, without widgets.

Runs provider calls as asyncio tasks on the qasync loop; moderation actions go through
:class:`Moderation` (undo window, batches, audit). When the platform cannot be reached, an
action waits in the outbox and goes out when the stream is live again. Arriving messages get
their read state from this computer where the platform keeps none, and highlighted ones are
announced.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Coroutine, Iterable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal

from moderator.core.actions import ActionKind
from moderator.core.audit import AuditSink
from moderator.core.bulk import Batch
from moderator.core.delivery import SEND, Delivery, OutboxEntry, Received, deliver
from moderator.core.events import (
    MessageRemoved,
    MessagesArrived,
    MessagesRejected,
    MessageUpdated,
    ProviderEvent,
    SessionStatus,
    StatusChanged,
)
from moderator.core.highlight import Highlighter
from moderator.core.models import ChatMessage, MessageState
from moderator.core.outcome import Outcome
from moderator.core.ports import Outbox, ReadStore
from moderator.core.provider import Capability, ChatProvider
from moderator.core.session import StreamSession
from moderator.errors import ModeratorError, ProviderError
from moderator.storage.archive import Archive
from moderator.ui.bridge.moderation import Moderation
from moderator.ui.messages.message_model import MessageModel

log = logging.getLogger(__name__)
#: seconds before the outbox looks again while what waits is not ready yet, and the most it
#: waits between tries while the platform still refuses what the chat reads fine
DRAIN_SOON = 0.5
DRAIN_MOST = 30.0
#: seconds a realtime stream (no pages to count) lets its socket deliver an echo first
SOCKET_GRACE = 2.0


class StreamController(QObject):
    status_changed = Signal(object)  # StatusChanged
    #: a sentence for the moderator: an action failed, a send was refused …
    notice = Signal(str)
    #: how many actions wait in the outbox for the platform to be reachable again
    waiting_changed = Signal(int)
    #: messages that just arrived and mention a highlight word or the moderator's name
    highlighted = Signal(object)  # list[ChatMessage]
    #: the words or names to highlight changed (the list repaints with them)
    highlighter_changed = Signal(object)  # Highlighter
    #: an action on this stream's messages moved on (an item finished, a batch ended)
    action_finished = Signal(object)  # Batch
    #: how many raw messages could not be read at all since the session started
    rejected_changed = Signal(int)

    def __init__(
        self,
        provider: ChatProvider,
        parent: QObject | None = None,
        *,
        limit: int = 100_000,
        outbox: Outbox | None = None,
        cursor: str | None = None,
        archive: Archive | None = None,
        audit: AuditSink | None = None,
        read_state: ReadStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.provider = provider
        self.outbox = outbox
        self.model = MessageModel(self, limit=limit)
        self.session = StreamSession(provider, self._on_event, cursor=cursor)
        self.archive = archive
        if archive is not None:
            self.model.rows_trimmed.connect(archive.add)
        self.read_state = read_state if not self.can(Capability.MARK_READ) else None
        self.moderation = Moderation(
            provider, self.model, self._spawn, outbox=outbox, audit=audit, read_state=read_state
        )
        self.moderation.notice.connect(self.notice)
        self.moderation.queued.connect(self._announce_waiting)
        self.moderation.batch_started.connect(self.action_finished)
        self.moderation.batch_progress.connect(self.action_finished)
        self.moderation.batch_finished.connect(self.action_finished)
        self.highlighter = Highlighter()
        self.status = StatusChanged(SessionStatus.STOPPED)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._draining = False
        self._drain_timer: asyncio.TimerHandle | None = None
        self._drain_delay = DRAIN_SOON
        self._closed = False
        #: texts sent lately: their echo tells the moderator's name on this platform
        self._sent: deque[str] = deque(maxlen=20)
        #: what arrived that a send may wait for, seen before the model's batch queue
        self.received = Received(provider.account_id)
        #: waiting sends (outbox ids) -> the session's reads when they were queued
        self._marks: dict[int, int] = {}
        self._expect_waiting_sends()

    @property
    def title(self) -> str:
        return self.provider.stream.title or self.provider.stream.stream_id

    def can(self, capability: Capability) -> bool:
        return capability in self.provider.capabilities

    @property
    def undo_delay(self) -> float:
        return self.moderation.undo_delay

    @undo_delay.setter
    def undo_delay(self, seconds: float) -> None:
        self.moderation.undo_delay = max(0.0, seconds)

    def set_highlights(self, words: Iterable[str]) -> None:
        self.highlighter = Highlighter(words, self.highlighter.own_names)
        self.highlighter_changed.emit(self.highlighter)

    # -- life -----------------------------------------------------------------------------------

    def start(self) -> None:
        self.session.start()

    async def reconnect(self, provider: ChatProvider) -> None:
        """Carry on with a freshly signed-in provider: same messages, same place in the chat."""
        old, cursor, seen = self.provider, self.session.cursor, self.session.seen
        await self.session.stop()
        await old.aclose()
        self.provider = provider
        self.moderation.provider = provider
        self.received.learn_own(provider.account_id)
        self.session = StreamSession(provider, self._on_event, cursor=cursor)
        self.session.seen = seen
        self._marks.clear()  # the new session counts its reads from zero
        self.start()

    async def close(self) -> None:
        self._closed = True
        if self._drain_timer is not None:
            self._drain_timer.cancel()
        await self.session.stop()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.provider.aclose()

    def load_older(self, limit: int = 200) -> int:
        """Put up to ``limit`` archived messages above the oldest row; how many came back."""
        if self.archive is None:
            return 0
        model = self.model
        oldest = model.message(0) if model.rowCount() else None
        return model.prepend(self.archive.older(self.provider.stream.key, oldest, limit))

    # -- events from the session ----------------------------------------------------------------

    def _on_event(self, event: ProviderEvent) -> None:
        if isinstance(event, MessagesArrived):
            self._arrive(event.messages)
        elif isinstance(event, MessageUpdated):
            if event.message.is_deleted:
                self.received.mark_gone(event.message.id)
            self._merge(event.message)
        elif isinstance(event, MessageRemoved):
            self.received.mark_gone(event.message_id)
            self.moderation.removed_on_platform(event.message_id)
        elif isinstance(event, StatusChanged):
            self.status = event
            self.status_changed.emit(event)
            if event.status is SessionStatus.LIVE:
                self.deliver_waiting()
        elif isinstance(event, MessagesRejected):
            self.rejected_changed.emit(event.total)

    def _arrive(self, messages: Iterable[ChatMessage]) -> None:
        arrived = list(messages)
        self.received.add(arrived)
        if self.read_state is not None:
            read = self.read_state.read_among(self.provider.stream.key, [m.id for m in arrived])
            if read:
                arrived = [m.with_state(MessageState.READ) if m.id in read else m for m in arrived]
        if self._sent:
            self._learn_own_name(arrived)
        if self.highlighter:
            hits = [m for m in arrived if self.highlighter.matches(m)]
            if hits:
                self.highlighted.emit(hits)
        self.model.enqueue(arrived)

    def _learn_own_name(self, arrived: list[ChatMessage]) -> None:
        for message in arrived:
            if message.text in self._sent:
                self._sent.remove(message.text)
                self.moderation.account = self.moderation.account or message.author.name
                # the moderator's own name: a look-alike of it from another account is flagged
                self.model.lookalikes.protect(message.author.name, message.author.id)
                learned = self.highlighter.with_own_name(message.author.name)
                if learned is not self.highlighter:
                    self.highlighter = learned
                    self.highlighter_changed.emit(learned)

    def _merge(self, message: ChatMessage) -> None:
        """Take the platform's version, keeping a pending mark and local read state."""
        row = self.model.row_of(message.id)
        local = MessageState.NONE
        if row is not None:
            if message.is_deleted:  # by this moderator, or by someone else: the pipeline tells
                self.moderation.removed_on_platform(message.id)
            current = self.model.message(row).state
            local = current & (MessageState.PENDING | MessageState.REMOVED)
            if not self.can(Capability.MARK_READ):
                local |= current & MessageState.READ
        self.model.replace(message.with_state(add=local))

    # -- the moderator's actions ----------------------------------------------------------------

    def act(
        self,
        kind: ActionKind,
        messages: Iterable[ChatMessage],
        *,
        duration: timedelta | None = None,
        reason: str = "",
    ) -> Batch | None:
        """Start an action on messages; see :meth:`Moderation.act`."""
        return self.moderation.act(kind, messages, duration=duration, reason=reason)

    def send(self, text: str) -> None:
        self._spawn(self._send(text))

    async def _send(self, text: str) -> None:
        self.received.expect(text)
        try:
            sent = await self.provider.send(text)
        except ProviderError as err:
            if err.transient and self.outbox is not None:
                # a full disk keeps it in memory, retrying: the notice says so
                later = self.moderation.queue_send(text)
                self._announce_waiting()
                self.notice.emit(
                    self.tr("Not sent yet: {reason}").format(reason=f"{err.sentence()} {later}")
                )
            else:
                self.notice.emit(self.tr("Not sent: {reason}").format(reason=err.sentence()))
            return
        except ModeratorError as err:
            self.notice.emit(self.tr("Not sent: {reason}").format(reason=err))
            return
        self._sent.append(text)
        if sent is not None:
            self.received.learn_own(sent.author.id)
            self._arrive([sent])
            self.session.seen.add(sent.id)
        self.session.poke()

    # -- the outbox -----------------------------------------------------------------------------

    def waiting_count(self) -> int:
        return len(self.outbox.waiting(self.provider.stream.key)) if self.outbox else 0

    def _announce_waiting(self) -> None:
        count = self.waiting_count()
        self.waiting_changed.emit(count)
        if count:
            self._drain_later()

    def deliver_waiting(self) -> None:
        """Send what waited for the platform, once it is reachable again."""
        if self._drain_timer is not None:
            self._drain_timer.cancel()
            self._drain_timer = None
        if self.outbox is not None and not self._draining and self.waiting_count():
            self._draining = True
            self._spawn(self._drain())

    def _drain_later(self) -> None:
        """Look at the outbox again soon: the stream may stay live all along."""
        if self._closed or self._draining or self._drain_timer is not None:
            return
        loop = asyncio.get_event_loop()
        self._drain_timer = loop.call_later(self._drain_delay, self._drain_if_live)

    def _drain_if_live(self) -> None:
        self._drain_timer = None
        if self.status.status is SessionStatus.LIVE:
            self.deliver_waiting()
        else:  # a live status drains it; until then, keep an eye on it
            self._drain_later()

    async def _drain(self) -> None:
        assert self.outbox is not None
        try:
            for entry in self.outbox.waiting(self.provider.stream.key):
                if not self._ready(entry):
                    self._drain_delay = DRAIN_SOON
                    break  # they keep their order: the rest waits behind this one
                delivery = await deliver(
                    self.provider,
                    self.outbox,
                    entry,
                    already_arrived=self._arrived,
                    already_gone=self.received.gone.__contains__,
                )
                self._show_delivery(delivery)
                if delivery.outcome is Outcome.WAITING:
                    self._drain_delay = min(DRAIN_MOST, self._drain_delay * 2)
                    break  # still unreachable: the next live status tries again
                self._drain_delay = DRAIN_SOON
                self._marks.pop(entry.id, None)
        finally:
            self._draining = False
            self._announce_waiting()

    def _ready(self, entry: OutboxEntry) -> bool:
        """Whether the chat was read far enough to tell if an earlier attempt got through.

        A read that began after the attempt must be stored (one in flight then may predate
        it), and no page may be left waiting: the echo, or the news of a deletion, could sit
        on one. Reads are counted from when the outbox first saw the entry waiting.
        """
        session = self.session
        mark = self._marks.setdefault(entry.id, session.reads)
        read = session.reads >= mark + 2
        if Capability.REALTIME in self.provider.capabilities:
            # a quiet socket brings no reads to count: its events come as they happen
            read = read or time.time() - entry.created_at >= SOCKET_GRACE
        return read and not session.behind

    def _expect_waiting_sends(self) -> None:
        if self.outbox is not None:
            for entry in self.outbox.waiting(self.provider.stream.key):
                if entry.kind == SEND:
                    self.received.expect(entry.text)

    def _show_delivery(self, delivery: Delivery) -> None:
        if delivery.entry.message is not None:  # an action: the pipeline's part
            self.moderation.delivered(delivery)
        elif delivery.outcome is Outcome.DONE:
            self.session.poke()
        elif delivery.outcome is Outcome.FAILED:
            self.notice.emit(self.tr("Not sent: {reason}").format(reason=delivery.error))

    def _arrived(self, text: str, since: float) -> bool:
        """Whether the moderator's own ``text`` reached the chat after ``since``: then an
        earlier send got through (see :class:`Received`)."""
        self.received.learn_own(self.provider.account_id)  # known once connected, on some
        return self.received.arrived(text, since)

    # -- tasks ----------------------------------------------------------------------------------

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("action task failed", exc_info=task.exception())
            self.notice.emit(
                self.tr("Something went wrong: {error}. See the log.").format(
                    error=type(task.exception()).__name__
                )
            )


__all__ = ["Outbox", "StreamController"]
