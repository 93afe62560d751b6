"""Moderation in a team, below Qt: one platform call per message and action across moderators,
every audit line shared, and the claims ("I'm on it") everyone sees on the rows.

:class:`TeamProvider` wraps a stream's provider, so every path that calls the platform (a key,
a menu, a bulk action, the outbox's later delivery) goes through the team's guard: the second
moderator to delete a message makes no call and reads "Already deleted by ana". The guard
answers :class:`AlreadyDone`, a kind of :class:`~moderator.errors.NotFound`, which the pipeline
already counts as a delete that went through.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from moderator.core.audit import AuditRecord, AuditSink
from moderator.core.events import ProviderEvent
from moderator.core.models import Author, ChatMessage, StreamInfo, StreamRef
from moderator.core.ports import ReadStore, TeamPort
from moderator.core.provider import Capability, ChatProvider, Page
from moderator.core.team import (
    AUDIT,
    CLAIM,
    CLAIM_FOR,
    READ,
    SharedRecord,
    audit_body,
    audit_of,
    author_subject,
    message_subject,
    new_key,
)
from moderator.errors import NotFound

#: what the moderator reads when another moderator got there first (templates the UI translates)
ALREADY_DELETED = "Already deleted by {moderator}."
ALREADY_FLAGGED = "Already flagged by {moderator}."
ALREADY = (ALREADY_DELETED, ALREADY_FLAGGED)


class AlreadyDone(NotFound):
    """Another moderator of the team already did this to the message: no call was made."""


class TeamProvider:
    """A provider whose message actions the team does once (see the module's doc)."""

    def __init__(
        self, inner: ChatProvider, team: TeamPort, told: Callable[[str, str], None] | None = None
    ) -> None:
        self.inner = inner
        self.team = team
        #: told (stream key, sentence) when another moderator got there first
        self.told = told

    def _already(self, message: ChatMessage, sentence: str) -> AlreadyDone:
        if self.told is not None:
            self.told(message.stream_key, sentence)
        return AlreadyDone(sentence)

    # -- the guarded actions --------------------------------------------------------------------

    async def delete(self, message: ChatMessage, *, hard: bool = False) -> None:
        async with self.team.once(message_subject(message.stream_key, message.id), "delete") as by:
            if by is not None:
                raise self._already(message, ALREADY_DELETED.format(moderator=by))
            await self.inner.delete(message, hard=hard)

    async def flag(self, message: ChatMessage) -> None:
        async with self.team.once(message_subject(message.stream_key, message.id), "flag") as by:
            if by is not None:
                raise self._already(message, ALREADY_FLAGGED.format(moderator=by))
            await self.inner.flag(message)

    # -- everything else is the platform's own ----------------------------------------------------

    @property
    def name(self) -> str:
        return self.inner.name

    @name.setter
    def name(self, value: str) -> None:
        self.inner.name = value

    @property
    def display_name(self) -> str:
        return self.inner.display_name

    @display_name.setter
    def display_name(self, value: str) -> None:
        self.inner.display_name = value

    @property
    def capabilities(self) -> Capability:
        return self.inner.capabilities

    @capabilities.setter
    def capabilities(self, value: Capability) -> None:
        self.inner.capabilities = value

    @property
    def poll_interval(self) -> float:
        return self.inner.poll_interval

    @poll_interval.setter
    def poll_interval(self, value: float) -> None:
        self.inner.poll_interval = value

    @property
    def min_poll_interval(self) -> float:
        return self.inner.min_poll_interval

    @min_poll_interval.setter
    def min_poll_interval(self, value: float) -> None:
        self.inner.min_poll_interval = value

    @property
    def on_tokens(self) -> Callable[[str, str], None] | None:
        return self.inner.on_tokens

    @on_tokens.setter
    def on_tokens(self, value: Callable[[str, str], None] | None) -> None:
        self.inner.on_tokens = value

    @property
    def account_id(self) -> str | None:
        return self.inner.account_id

    @property
    def stream(self) -> StreamRef:
        return self.inner.stream

    def __getattr__(self, name: str) -> Any:  # ``account`` and other optional extras
        return getattr(self.inner, name)

    def unsupported_reason(self, capability: Capability) -> str | None:
        return self.inner.unsupported_reason(capability)

    async def connect(self) -> StreamInfo:
        return await self.inner.connect()

    async def fetch(self, cursor: str | None) -> Page:
        return await self.inner.fetch(cursor)

    def listen(self) -> AsyncIterator[ProviderEvent]:
        return self.inner.listen()

    async def send(self, text: str) -> ChatMessage | None:
        return await self.inner.send(text)

    async def set_read(self, message: ChatMessage, read: bool = True) -> None:
        await self.inner.set_read(message, read)

    async def ban(
        self, author: Author, *, duration: timedelta | None = None, reason: str = ""
    ) -> None:
        await self.inner.ban(author, duration=duration, reason=reason)

    async def unban(self, author: Author) -> None:
        await self.inner.unban(author)

    async def end_chat(self, thread: str) -> None:
        await self.inner.end_chat(thread)

    async def aclose(self) -> None:
        await self.inner.aclose()


class TeamAudit:
    """The audit log of a moderator in a team: their own lines are kept here and shared; the
    others' arrive through :meth:`heard` and are kept here too, named by who did them."""

    def __init__(self, local: AuditSink, team: TeamPort) -> None:
        self.local = local
        self.team = team

    def record(self, entry: AuditRecord) -> None:
        self.local.record(entry)
        subject = message_subject(entry.stream_key, entry.message_id)
        self.team.share(SharedRecord(AUDIT, subject, audit_body(entry)))

    def heard(self, record: SharedRecord) -> None:
        if record.kind == AUDIT:
            self.local.record(audit_of(record))


class TeamReadState:
    """Read marks kept on this computer (for platforms without a read flag) and shared: one
    record per mark, so what one moderator read shows read for all, in the order it was done."""

    def __init__(self, local: ReadStore, team: TeamPort) -> None:
        self.local = local
        self.team = team

    def mark(self, stream_key: str, message_ids: Iterable[str]) -> None:
        ids = list(message_ids)
        self.local.mark(stream_key, ids)
        self._share(stream_key, ids, read=True)

    def unmark(self, stream_key: str, message_ids: Iterable[str]) -> None:
        ids = list(message_ids)
        self.local.unmark(stream_key, ids)
        self._share(stream_key, ids, read=False)

    def read_among(self, stream_key: str, message_ids: Sequence[str]) -> set[str]:
        return self.local.read_among(stream_key, message_ids)

    def _share(self, stream_key: str, ids: list[str], *, read: bool) -> None:
        if ids:
            body = {"stream_key": stream_key, "ids": ids, "read": read}
            # each mark its own subject: a later unmark must not replace an earlier mark
            self.team.share(SharedRecord(READ, f"{stream_key}/read/{new_key()}", body))

    def heard(self, record: SharedRecord) -> tuple[str, list[str], bool] | None:
        """Keep another moderator's marks here; (stream key, ids, read) for the rows."""
        if record.kind != READ:
            return None
        stream_key = str(record.body.get("stream_key", ""))
        ids = [str(i) for i in record.body.get("ids", [])]
        read = bool(record.body.get("read", True))
        (self.local.mark if read else self.local.unmark)(stream_key, ids)
        return stream_key, ids, read


class Claims:
    """Who is on which message or author, as the team says; expired claims are forgotten."""

    def __init__(self, me: str, clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.me = me
        self._clock = clock
        self._by_subject: dict[str, SharedRecord] = {}

    def claim(self, message: ChatMessage, *, release: bool = False) -> SharedRecord:
        """The record that tells the team (this moderator's claim, or its end)."""
        subject = message_subject(message.stream_key, message.id)
        until = self._clock() + (timedelta(0) if release else CLAIM_FOR)
        body = {"on": not release, "stream_key": message.stream_key, "message_id": message.id}
        record = SharedRecord(CLAIM, subject, body, moderator=self.me, expires_at=until)
        self.heard(record)
        return record

    def heard(self, record: SharedRecord) -> bool:
        """Take a claim in; whether it was one."""
        if record.kind != CLAIM:
            return False
        if record.body.get("on") and not record.expired(self._clock()):
            self._by_subject[record.subject] = record
        else:
            self._by_subject.pop(record.subject, None)
        return True

    def claim_author(self, message: ChatMessage, *, release: bool = False) -> SharedRecord:
        """The record that tells the team this moderator is on the message's author (or no
        longer is): shown on all their rows."""
        author = message.author.id
        until = self._clock() + (timedelta(0) if release else CLAIM_FOR)
        body = {"on": not release, "stream_key": message.stream_key, "author_id": author}
        subject = author_subject(message.stream_key, author)
        record = SharedRecord(CLAIM, subject, body, moderator=self.me, expires_at=until)
        self.heard(record)
        return record

    def holder(self, message: ChatMessage) -> str | None:
        return self._holder(message_subject(message.stream_key, message.id))

    def author_holder(self, message: ChatMessage) -> str | None:
        return self._holder(author_subject(message.stream_key, message.author.id))

    def _holder(self, subject: str) -> str | None:
        record = self._by_subject.get(subject)
        if record is None:
            return None
        if record.expired(self._clock()):
            self._by_subject.pop(record.subject, None)
            return None
        return record.moderator

    def expire(self) -> list[SharedRecord]:
        """Forget the claims whose time ran out; those claims, for their rows to be redrawn."""
        now = self._clock()
        gone = [r for r in self._by_subject.values() if r.expired(now)]
        for record in gone:
            del self._by_subject[record.subject]
        return gone

    @staticmethod
    def message_id(record: SharedRecord) -> tuple[str, str]:
        """(stream key, message id) of a claim; the id is "" for a claim on an author."""
        return str(record.body.get("stream_key", "")), str(record.body.get("message_id", ""))

    @staticmethod
    def author_id(record: SharedRecord) -> str:
        """The author of a claim on an author ("" for a claim on a message)."""
        return str(record.body.get("author_id", ""))
