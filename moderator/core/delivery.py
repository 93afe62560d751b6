"""Delivering actions that waited in the outbox, without ever applying one twice.

Deletes and read flags are idempotent on every platform (a delete that finds the message gone
means an earlier attempt got through). A send is not: before sending again, the caller says
whether that text already arrived in the chat since the first attempt.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from moderator.core.actions import ActionKind, execute
from moderator.core.models import ChatMessage
from moderator.core.provider import ChatProvider
from moderator.errors import ModeratorError, ProviderError

SEND = "send"
IDEMPOTENT_WHEN_GONE = frozenset({ActionKind.DELETE, ActionKind.HARD_DELETE})


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


class OutboxStore(Protocol):
    def waiting(self, stream_key: str) -> list[OutboxEntry]: ...

    def done(self, entry_id: int) -> None: ...

    def failed(self, entry_id: int, error: str) -> None: ...

    def retry_later(self, entry_id: int, error: str) -> None: ...


class Outcome(enum.Enum):
    DONE = "done"
    WAITING = "waiting"
    FAILED = "failed"


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
) -> Delivery:
    """Try one waiting entry again and record what happened in ``outbox``."""
    if entry.kind == SEND:
        outcome, error = await _send(provider, entry, already_arrived)
    else:
        outcome, error = await _act(provider, entry)
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
        return Outcome.FAILED, str(err)
    return Outcome.DONE, ""


async def _act(provider: ChatProvider, entry: OutboxEntry) -> tuple[Outcome, str]:
    if entry.message is None:
        return Outcome.FAILED, "The queued action lost its message."
    kind = ActionKind(entry.kind)
    duration = timedelta(seconds=entry.duration_s) if entry.duration_s else None
    result = await execute(provider, kind, entry.message, duration=duration)
    if result.ok or (result.not_found and kind in IDEMPOTENT_WHEN_GONE):
        return Outcome.DONE, ""
    if result.transient:
        return Outcome.WAITING, result.error
    return Outcome.FAILED, result.error
