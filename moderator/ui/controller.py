"""Binds one stream's session and provider to its Qt model: the tab's brain, without widgets.

Runs provider calls as asyncio tasks on the qasync loop; a moderation action marks its rows
pending at once, then confirms or rolls back when the platform answers. When the platform cannot
be reached, the action waits in the outbox and goes out when the stream is live again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Iterable
from datetime import timedelta
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal

from moderator.core.actions import ActionKind, ActionResult, execute
from moderator.core.delivery import Delivery, OutboxStore, Outcome, deliver
from moderator.core.events import (
    MessageRemoved,
    MessagesArrived,
    MessageUpdated,
    ProviderEvent,
    SessionStatus,
    StatusChanged,
)
from moderator.core.models import ChatMessage, MessageState
from moderator.core.provider import Capability, ChatProvider
from moderator.core.session import StreamSession
from moderator.errors import ModeratorError, ProviderError
from moderator.storage.archive import Archive
from moderator.ui.message_model import MessageModel

log = logging.getLogger(__name__)

#: what a successful action does to the message's state: (add, remove)
EFFECTS: dict[ActionKind, tuple[MessageState, MessageState]] = {
    ActionKind.DELETE: (MessageState.DELETED, MessageState.NONE),
    ActionKind.HARD_DELETE: (MessageState.DELETED, MessageState.NONE),
    ActionKind.MARK_READ: (MessageState.READ, MessageState.NONE),
    ActionKind.MARK_UNREAD: (MessageState.NONE, MessageState.READ),
}


class Outbox(OutboxStore, Protocol):
    """The outbox as the controller uses it: queue, list, and record outcomes."""

    def add_action(
        self, kind: str, message: ChatMessage, duration_s: float | None = None
    ) -> object: ...

    def add_send(self, stream_key: str, text: str) -> object: ...


class StreamController(QObject):
    status_changed = Signal(object)  # StatusChanged
    #: a sentence for the moderator: an action failed, a send was refused …
    notice = Signal(str)
    action_finished = Signal(object)  # ActionResult
    #: how many actions wait in the outbox for the platform to be reachable again
    waiting_changed = Signal(int)

    def __init__(
        self,
        provider: ChatProvider,
        parent: QObject | None = None,
        *,
        limit: int = 100_000,
        outbox: Outbox | None = None,
        cursor: str | None = None,
        archive: Archive | None = None,
    ) -> None:
        super().__init__(parent)
        self.provider = provider
        self.outbox = outbox
        self.model = MessageModel(self, limit=limit)
        self.session = StreamSession(provider, self._on_event, cursor=cursor)
        self.archive = archive
        if archive is not None:
            self.model.rows_trimmed.connect(archive.add)
        self.status = StatusChanged(SessionStatus.STOPPED)
        self._tasks: set[asyncio.Task[Any]] = set()
        self._draining = False

    @property
    def title(self) -> str:
        return self.provider.stream.title or self.provider.stream.stream_id

    def can(self, capability: Capability) -> bool:
        return capability in self.provider.capabilities

    # -- life -----------------------------------------------------------------------------------

    def start(self) -> None:
        self.session.start()

    async def close(self) -> None:
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
            self.model.enqueue(event.messages)
        elif isinstance(event, MessageUpdated):
            self._merge(event.message)
        elif isinstance(event, MessageRemoved):
            self.model.change_state(event.message_id, add=MessageState.DELETED)
        elif isinstance(event, StatusChanged):
            self.status = event
            self.status_changed.emit(event)
            if event.status is SessionStatus.LIVE:
                self.deliver_waiting()

    def _merge(self, message: ChatMessage) -> None:
        """Take the platform's version, keeping a pending mark and local read state."""
        row = self.model.row_of(message.id)
        local = MessageState.NONE
        if row is not None:
            current = self.model.message(row).state
            local = current & MessageState.PENDING
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
    ) -> None:
        for message in messages:
            self.model.change_state(message.id, add=MessageState.PENDING)
            self._spawn(self._act_one(kind, message, duration))

    async def _act_one(
        self, kind: ActionKind, message: ChatMessage, duration: timedelta | None
    ) -> None:
        result = await execute(self.provider, kind, message, duration=duration)
        if result.ok:
            self._confirm(kind, message.id)
        elif result.transient and self.outbox is not None:
            self._queue(kind, message, duration, result.error)
        else:
            self.model.change_state(message.id, remove=MessageState.PENDING)
            self.notice.emit(
                f"Could not {kind.value} {message.author.name}'s message: {result.error}"
            )
        log.info(
            "%s %s on %s: %s",
            kind.value,
            message.id,
            self.provider.stream.key,
            "done" if result.ok else result.error,
        )
        self.action_finished.emit(result)

    def _confirm(self, kind: ActionKind, message_id: str) -> None:
        add, remove = EFFECTS.get(kind, (MessageState.NONE, MessageState.NONE))
        self.model.change_state(message_id, add=add, remove=remove | MessageState.PENDING)

    def _queue(
        self, kind: ActionKind, message: ChatMessage, duration: timedelta | None, error: str
    ) -> None:
        assert self.outbox is not None
        self.outbox.add_action(kind.value, message, duration.total_seconds() if duration else None)
        self._announce_waiting()
        self.notice.emit(
            f"{self.provider.display_name} is unreachable ({error}) "
            f"The {kind.value} waits and goes out when the connection is back."
        )

    def send(self, text: str) -> None:
        self._spawn(self._send(text))

    async def _send(self, text: str) -> None:
        try:
            sent = await self.provider.send(text)
        except ProviderError as err:
            if err.transient and self.outbox is not None:
                self.outbox.add_send(self.provider.stream.key, text)
                self._announce_waiting()
                self.notice.emit(
                    f"Not sent yet: {err.sentence()} It goes out when the connection is back."
                )
            else:
                self.notice.emit(f"Not sent: {err.sentence()}")
            return
        except ModeratorError as err:
            self.notice.emit(f"Not sent: {err}")
            return
        if sent is not None:
            self.model.enqueue([sent])
            self.session.seen.add(sent.id)
        self.session.poke()

    # -- the outbox -----------------------------------------------------------------------------

    def waiting_count(self) -> int:
        return len(self.outbox.waiting(self.provider.stream.key)) if self.outbox else 0

    def _announce_waiting(self) -> None:
        self.waiting_changed.emit(self.waiting_count())

    def deliver_waiting(self) -> None:
        """Send what waited for the platform, once it is reachable again."""
        if self.outbox is not None and not self._draining and self.waiting_count():
            self._draining = True
            self._spawn(self._drain())

    async def _drain(self) -> None:
        assert self.outbox is not None
        try:
            for entry in self.outbox.waiting(self.provider.stream.key):
                delivery = await deliver(
                    self.provider, self.outbox, entry, already_arrived=self._arrived
                )
                self._show_delivery(delivery)
                if delivery.outcome is Outcome.WAITING:
                    break  # still unreachable: the next live status tries again
        finally:
            self._draining = False
            self._announce_waiting()

    def _show_delivery(self, delivery: Delivery) -> None:
        entry = delivery.entry
        if entry.message is None:  # a send
            if delivery.outcome is Outcome.DONE:
                self.session.poke()
            elif delivery.outcome is Outcome.FAILED:
                self.notice.emit(f"Not sent: {delivery.error}")
            return
        kind = ActionKind(entry.kind)
        if delivery.outcome is Outcome.DONE:
            self._confirm(kind, entry.message.id)
        elif delivery.outcome is Outcome.FAILED:
            self.model.change_state(entry.message.id, remove=MessageState.PENDING)
            self.notice.emit(
                f"Could not {kind.value} {entry.message.author.name}'s message: {delivery.error}"
            )

    def _arrived(self, text: str, since: float) -> bool:
        """Whether this text reached the chat after ``since``: then an earlier send got through."""
        return any(
            m.text == text and m.sent_at.timestamp() >= since - 60 for m in self.model.messages()
        )

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
                f"Something went wrong: {type(task.exception()).__name__}. See the log."
            )


__all__ = ["ActionResult", "StreamController"]
