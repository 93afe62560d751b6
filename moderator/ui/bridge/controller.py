"""Binds one stream's session and provider to its Qt model: the core's decisions as signals.

What happens is decided below Qt: a moderation request by :mod:`moderator.core.moderation`
(through :class:`Moderation`), a send by :mod:`moderator.core.sending`, when what waits in the
outbox goes out again by :mod:`moderator.core.outbox_drain`. This bridge runs their coroutines
as asyncio tasks on the qasync loop and turns what they report into signals, the tab's model
and sentences for the moderator (the message bridge). Arriving messages get their read state
from this computer where the platform keeps none, and highlighted ones are announced.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable, Coroutine, Iterable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal

from moderator.core.actions import ActionKind
from moderator.core.audit import AuditSink
from moderator.core.bulk import Batch
from moderator.core.delivery import Delivery, Received
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
from moderator.core.outbox_drain import OutboxDrain
from moderator.core.outcome import Outcome
from moderator.core.ports import Outbox, ReadStore
from moderator.core.provider import Capability, ChatProvider
from moderator.core.sending import send_line
from moderator.core.session import StreamSession
from moderator.core.stream import StreamState
from moderator.storage.archive import Archive
from moderator.ui.bridge.moderation import Moderation
from moderator.ui.kit import messages
from moderator.ui.kit.i18n import tr_core
from moderator.ui.messages.message_model import MessageModel

log = logging.getLogger(__name__)


class StreamController(QObject):
    status_changed = Signal(object)  # StatusChanged
    #: a sentence for the moderator: an action failed, a send was refused …
    notice = Signal(object)  # str, or a Said: kept whole so it can be shown translated
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
        #: the stream's rows below Qt; the model is its adapter, and its id index is also the
        #: session's duplicate filter (one index per stream, not two)
        self.state = StreamState(limit)
        self.model = MessageModel(self, state=self.state)
        self.model.platform_name = lambda _key: provider.display_name
        self.session = StreamSession(provider, self._on_event, cursor=cursor)
        self.session.seen = self.state
        self.archive = archive
        if archive is not None:
            self.model.rows_trimmed.connect(archive.add)
        self.read_state = read_state if not self.can(Capability.MARK_READ) else None
        self.moderation = Moderation(
            provider, self.model, self._spawn, outbox=outbox, audit=audit, read_state=read_state
        )
        self.moderation.notice.connect(self.notice)
        # the stream's tab shows it (else the window): the one message bridge routes it
        self.notice.connect(self._tell)
        self.moderation.queued.connect(self._announce_waiting)
        self.moderation.batch_started.connect(self.action_finished)
        self.moderation.batch_progress.connect(self.action_finished)
        self.moderation.batch_finished.connect(self.action_finished)
        self.highlighter = Highlighter()
        self.status = StatusChanged(SessionStatus.STOPPED)
        self._tasks: set[asyncio.Task[Any]] = set()
        #: texts sent lately: their echo tells the moderator's name on this platform
        self._sent: deque[str] = deque(maxlen=20)
        #: what arrived that a send may wait for, seen before the model's batch queue
        self.received = Received(provider.account_id)
        #: when what waits in the outbox goes out (core decides; this only shows it)
        self.drain = OutboxDrain(
            provider,
            self.session,
            outbox,
            self.received,
            spawn=self._spawn,
            is_live=lambda: self.status.status is SessionStatus.LIVE,
            delivered=self._show_delivery,
            waiting_changed=self.waiting_changed.emit,
        )
        #: automod's look at arrivals before the tab sees them: returns what the tab shows
        self.screen: Callable[[list[ChatMessage]], list[ChatMessage]] | None = None

    @property
    def title(self) -> str:
        # a platform's own name for the stream ("PRISM live 1001") is core's words: translated
        return tr_core("Core", self.provider.stream.title) or self.provider.stream.stream_id

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
        self.drain.follow(provider, self.session)
        self.start()

    async def close(self) -> None:
        self.drain.close()
        self.moderation.pipeline.author_marks.close()
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
        if self.screen is not None:
            kept = self.screen(arrived)
            if len(kept) < len(arrived):  # held: their ids are forgotten in time, as trimmed
                shown = {m.id for m in kept}
                self.state.set_aside(m.id for m in arrived if m.id not in shown)
            arrived = kept
        if self.highlighter:
            hits = [m for m in arrived if self.highlighter.matches(m)]
            if hits:
                self.highlighted.emit(hits)
        self.state.offer(arrived)

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
        row = self.state.row_of(message.id)
        local = MessageState.NONE
        if row is not None:
            if message.is_deleted:  # by this moderator, or by someone else: the pipeline tells
                self.moderation.removed_on_platform(message.id)
            current = self.state.rows[row].state
            local = current & (MessageState.PENDING | MessageState.REMOVED)
            if not self.can(Capability.MARK_READ):
                local |= current & MessageState.READ
        self.state.replace(message.with_state(add=local))

    def _tell(self, sentence: str) -> None:
        messages.warning(sentence, stream=self.provider.stream.key)

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
        queue = self.moderation.queue_send if self.outbox is not None else None
        sent = await send_line(self.provider, text, self.received, queue)
        if sent.queued:
            self._announce_waiting()
        if not sent.ok:
            self.notice.emit(sent.notice)
            return
        self._sent.append(text)
        if sent.message is not None:
            self._arrive([sent.message])
            self.session.seen.add(sent.message.id)
        self.session.poke()

    # -- the outbox -----------------------------------------------------------------------------

    def waiting_count(self) -> int:
        return self.drain.waiting_count()

    def _announce_waiting(self) -> None:
        self.drain.announce()

    def deliver_waiting(self) -> None:
        """Send what waited for the platform, once it is reachable again."""
        self.drain.deliver_waiting()

    def _show_delivery(self, delivery: Delivery) -> None:
        if delivery.entry.message is not None:  # an action: the pipeline's part
            self.moderation.delivered(delivery)
        elif delivery.outcome is Outcome.DONE:
            self.session.poke()
        elif delivery.outcome is Outcome.FAILED:
            reason = tr_core("Core", delivery.error)
            self.notice.emit(self.tr("Not sent: {reason}").format(reason=reason))

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
