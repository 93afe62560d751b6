"""Binds one stream's session and provider to its Qt model: the tab's brain, without widgets.

Runs provider calls as asyncio tasks on the qasync loop; a moderation action marks its rows
pending at once, then confirms or rolls back when the platform answers.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Iterable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal

from moderator.core.actions import ActionKind, ActionResult, execute
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
from moderator.errors import ModeratorError
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


class StreamController(QObject):
    status_changed = Signal(object)  # StatusChanged
    #: a sentence for the moderator: an action failed, a send was refused …
    notice = Signal(str)
    action_finished = Signal(object)  # ActionResult

    def __init__(
        self,
        provider: ChatProvider,
        parent: QObject | None = None,
        *,
        limit: int = 100_000,
        cursor: str | None = None,
        archive: Archive | None = None,
    ) -> None:
        super().__init__(parent)
        self.provider = provider
        self.model = MessageModel(self, limit=limit)
        self.session = StreamSession(provider, self._on_event, cursor=cursor)
        self.archive = archive
        if archive is not None:
            self.model.rows_trimmed.connect(archive.add)
        self.status = StatusChanged(SessionStatus.STOPPED)
        self._tasks: set[asyncio.Task[Any]] = set()

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
        add, remove = EFFECTS.get(kind, (MessageState.NONE, MessageState.NONE))
        if result.ok:
            self.model.change_state(message.id, add=add, remove=remove | MessageState.PENDING)
            log.info("%s %s on %s: done", kind.value, message.id, self.provider.stream.key)
        else:
            self.model.change_state(message.id, remove=MessageState.PENDING)
            self.notice.emit(
                f"Could not {kind.value} {message.author.name}'s message: {result.error}"
            )
            log.warning(
                "%s %s on %s failed: %s",
                kind.value,
                message.id,
                self.provider.stream.key,
                result.error,
            )
        self.action_finished.emit(result)

    def send(self, text: str) -> None:
        self._spawn(self._send(text))

    async def _send(self, text: str) -> None:
        try:
            sent = await self.provider.send(text)
        except ModeratorError as err:
            sentence = err.sentence() if hasattr(err, "sentence") else str(err)
            self.notice.emit(f"Not sent: {sentence}")
            return
        if sent is not None:
            self.model.enqueue([sent])
            self.session.seen.add(sent.id)
        self.session.poke()

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
