"""Delivering actions that waited in the outbox, without ever applying one twice.

Deletes and read flags are idempotent on every platform (a delete that finds the message gone
means an earlier attempt got through). A send is not: before sending again, the caller says
whether that text already arrived in the chat since the first attempt; :class:`Received` keeps
what it needs to say so, fed by the session's messages before any view queues them.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from moderator.core.actions import ActionKind, execute
from moderator.core.models import Badge, ChatMessage
from moderator.core.outcome import IDEMPOTENT_WHEN_GONE, Outcome, went_through
from moderator.core.provider import ChatProvider
from moderator.errors import ModeratorError, ProviderError

SEND = "send"
#: seconds a platform's clock may be behind ours: an echo stamped this much before the attempt
#: still counts as that attempt's
CLOCK_SKEW = 60.0
#: who may have written the moderator's own line while the account's id is not known yet
STAFF = frozenset({Badge.OWNER, Badge.MANAGER, Badge.MODERATOR, Badge.ADMIN, Badge.AGENT})


@dataclass(frozen=True, slots=True)
class _Line:
    author_id: str
    staff: bool
    at: float


class Received:
    """The lines the session received that a send may be waiting for, and who the moderator is.

    The moderator's account is told (:meth:`learn_own`) by the provider where it knows it, and
    by every sent message a platform hands back. An echo is never taken as proof of who sent
    it: a viewer may write the same words at the same moment.

    Only texts someone :meth:`expect` s are kept (a send in flight or in the outbox), so the
    chat's flood costs one set lookup a message. A line counts as a send's echo when it has the
    send's text, came after the attempt, and was written by the moderator's own account: never
    by anyone who happens to write the same words.
    """

    def __init__(
        self, own_id: str | None = None, *, skew: float = CLOCK_SKEW, capacity: int = 10_000
    ) -> None:
        self.own_ids: set[str] = {own_id} if own_id else set()
        self._skew = skew
        self._expected: set[str] = set()
        self._lines: dict[str, deque[_Line]] = {}
        self._order: deque[str] = deque()
        self._capacity = capacity
        #: messages the platform itself reported deleted
        self.gone: set[str] = set()
        self._gone: deque[str] = deque()

    def __len__(self) -> int:
        return len(self._order)

    def mark_gone(self, message_id: str) -> None:
        """The platform reported this message deleted (an event, or a page's update)."""
        self._gone.append(message_id)
        self.gone.add(message_id)
        if len(self._gone) > self._capacity:
            self.gone.discard(self._gone.popleft())

    def learn_own(self, author_id: str | None) -> None:
        if author_id:
            self.own_ids.add(author_id)

    def expect(self, text: str) -> None:
        self._expected.add(text)

    def add(self, messages: Iterable[ChatMessage]) -> None:
        expected = self._expected
        for message in messages:
            if message.text in expected:
                self._keep(message)

    def _keep(self, message: ChatMessage) -> None:
        staff = bool(message.author.badges & STAFF)
        line = _Line(message.author.id, staff, message.sent_at.timestamp())
        self._lines.setdefault(message.text, deque()).append(line)
        self._order.append(message.text)
        if len(self._order) > self._capacity:
            oldest = self._order.popleft()
            lines = self._lines[oldest]
            lines.popleft()
            if not lines:
                del self._lines[oldest]

    def arrived(self, text: str, since: float) -> bool:
        """Whether the moderator's own ``text`` reached the chat after ``since`` (local time)."""
        floor = since - self._skew
        return any(line.at >= floor and self._is_own(line) for line in self._lines.get(text, ()))

    def _is_own(self, line: _Line) -> bool:
        return line.author_id in self.own_ids if self.own_ids else line.staff


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    id: int
    stream_key: str
    #: an ActionKind value, or "send"
    kind: str
    message: ChatMessage | None
    text: str
    duration_s: float | None
    created_at: float
    attempts: int
    last_error: str
    #: who asked, as a batch's origin ("automod: Links"); "" for the moderator's own
    origin: str = ""


class OutboxStore(Protocol):
    def waiting(self, stream_key: str) -> list[OutboxEntry]: ...

    def waiting_count(self, stream_key: str) -> int: ...

    def done(self, entry_id: int) -> None: ...

    def failed(self, entry_id: int, error: str) -> None: ...

    def retry_later(self, entry_id: int, error: str) -> None: ...


@dataclass(frozen=True, slots=True)
class Delivery:
    entry: OutboxEntry
    outcome: Outcome
    error: str = ""


async def deliver(
    provider: ChatProvider,
    outbox: OutboxStore,
    entry: OutboxEntry,
    *,
    already_arrived: Callable[[str, float], bool],
    already_gone: Callable[[str], bool] = lambda _message_id: False,
) -> Delivery:
    """Try one waiting entry again and record what happened in ``outbox``.

    ``already_arrived`` says whether a send's text reached the chat since its first attempt,
    ``already_gone`` whether the platform itself reported a message deleted: then an earlier
    attempt got through and nothing is sent again.
    """
    if entry.kind == SEND:
        outcome, error = await _send(provider, entry, already_arrived)
    else:
        outcome, error = await _act(provider, entry, already_gone)
    if outcome is Outcome.DONE:
        outbox.done(entry.id)
    elif outcome is Outcome.FAILED:
        outbox.failed(entry.id, error)
    else:
        outbox.retry_later(entry.id, error)
    return Delivery(entry, outcome, error)


async def _send(
    provider: ChatProvider, entry: OutboxEntry, already_arrived: Callable[[str, float], bool]
) -> tuple[Outcome, str]:
    if already_arrived(entry.text, entry.created_at):
        return Outcome.DONE, ""
    try:
        await provider.send(entry.text)
    except ProviderError as err:
        return (Outcome.WAITING if err.transient else Outcome.FAILED), err.sentence()
    except ModeratorError as err:
        return Outcome.FAILED, err.sentence()
    return Outcome.DONE, ""


async def _act(
    provider: ChatProvider, entry: OutboxEntry, already_gone: Callable[[str], bool]
) -> tuple[Outcome, str]:
    if entry.message is None:
        return Outcome.FAILED, "The queued action lost its message."
    kind = ActionKind(entry.kind)
    if kind in IDEMPOTENT_WHEN_GONE and already_gone(entry.message.id):
        return Outcome.DONE, ""
    duration = timedelta(seconds=entry.duration_s) if entry.duration_s else None
    result = await execute(provider, kind, entry.message, duration=duration)
    if went_through(result):
        return Outcome.DONE, ""
    if result.transient:
        return Outcome.WAITING, result.error
    return Outcome.FAILED, result.error
