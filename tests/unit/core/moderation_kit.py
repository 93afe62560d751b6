"""What the moderation pipeline is tested with, below Qt: a platform that records what it was
asked, the rows of a chat as a plain list, an audit log in memory, and tasks to wait on."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from moderator.core.audit import AuditRecord
from moderator.core.models import Author, ChatMessage, MessageState
from moderator.core.moderation import Pipeline
from moderator.core.ports import Hooks, Outbox, ReadStore
from moderator.core.provider import Capability
from tests.unit.core.scripted import ScriptedProvider


def chat(i: int, author: str = "") -> ChatMessage:
    who = author or f"viewer{i}"
    return ChatMessage(
        id=str(i),
        stream_key="test:1",
        author=Author(who, who.capitalize()),
        text=f"line {i}",
        sent_at=datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=i),
    )


class Platform(ScriptedProvider):
    """Deletes and bans, failing for the message ids (or author ids) in ``refuse``."""

    capabilities = (
        Capability.SEND | Capability.DELETE | Capability.HARD_DELETE | Capability.BAN
    ) | (Capability.TIMEOUT | Capability.UNBAN)

    def __init__(self, refuse: dict[str, Exception] | None = None) -> None:
        super().__init__([])
        self.refuse = refuse or {}
        self.calls: list[tuple[str, str]] = []

    async def delete(self, message: ChatMessage, *, hard: bool = False) -> None:
        if message.id in self.refuse:
            raise self.refuse[message.id]
        self.calls.append(("delete", message.id))

    async def ban(
        self, author: Author, *, duration: timedelta | None = None, reason: str = ""
    ) -> None:
        if author.id in self.refuse:
            raise self.refuse[author.id]
        self.calls.append(("ban" if duration is None else "timeout", author.id))

    async def unban(self, author: Author) -> None:
        self.calls.append(("unban", author.id))


class Rows:
    """A chat's rows as a list: the shape of the tab's model the pipeline needs."""

    def __init__(self, messages: Iterable[ChatMessage]) -> None:
        self.lines = list(messages)

    def _find(self, message_id: str) -> int | None:
        return next((r for r, m in enumerate(self.lines) if m.id == message_id), None)

    def change_state(
        self,
        message_id: str,
        add: MessageState = MessageState.NONE,
        remove: MessageState = MessageState.NONE,
    ) -> None:
        row = self._find(message_id)
        if row is not None:
            self.lines[row] = self.lines[row].with_state(add, remove)

    def change_many(
        self,
        message_ids: Iterable[str],
        add: MessageState = MessageState.NONE,
        remove: MessageState = MessageState.NONE,
    ) -> None:
        for message_id in message_ids:
            self.change_state(message_id, add, remove)

    def enqueue(self, messages: Iterable[ChatMessage]) -> None:
        self.lines.extend(messages)

    def row_of(self, message_id: str) -> int | None:
        return self._find(message_id)

    def message(self, row: int) -> ChatMessage:
        return self.lines[row]

    def messages(self) -> list[ChatMessage]:
        return self.lines

    def state(self, message_id: str) -> MessageState:
        row = self._find(message_id)
        assert row is not None, message_id
        return self.lines[row].state


class Audit:
    def __init__(self) -> None:
        self.records: list[AuditRecord] = []

    def record(self, entry: AuditRecord) -> None:
        self.records.append(entry)

    def results(self, action: str) -> list[str]:
        return [r.result for r in self.records if r.action == action]


class Heard:
    """Every hook, in order: ("offered", batch id), ("notice", sentence) …"""

    def __init__(self) -> None:
        self.events: list[tuple[str, object]] = []

    def hooks(self) -> Hooks:
        return Hooks(**{name: self._note(name) for name in Hooks.__dataclass_fields__})

    def _note(self, name: str) -> Callable[..., None]:
        def hear(*args: object) -> None:
            what = args[0] if args else None
            self.events.append((name, getattr(what, "id", what)))  # a batch by its id

        return hear

    def names(self) -> list[str]:
        return [name for name, _ in self.events]

    def notices(self) -> list[str]:
        return [str(what) for name, what in self.events if name == "notice"]


class Desk:
    """A pipeline over ``Rows``, with its tasks kept so a test can wait for them all."""

    def __init__(
        self,
        messages: Iterable[ChatMessage],
        platform: Platform | None = None,
        *,
        outbox: Outbox | None = None,
        read_state: ReadStore | None = None,
    ) -> None:
        self.platform = platform or Platform()
        self.rows = Rows(messages)
        self.audit = Audit()
        self.heard = Heard()
        self.tasks: list[asyncio.Task[None]] = []
        self.pipeline = Pipeline(
            self.platform,
            self.rows,
            self.spawn,
            outbox=outbox,
            audit=self.audit,
            read_state=read_state,
            hooks=self.heard.hooks(),
        )

    def spawn(self, work: Coroutine[Any, Any, None]) -> None:
        self.tasks.append(asyncio.ensure_future(work))

    async def settle(self) -> None:
        while not all(t.done() for t in self.tasks):
            await asyncio.gather(*self.tasks)
