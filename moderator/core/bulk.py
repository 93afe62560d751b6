"""One moderation action over many messages: a few at a time, cancellable, each item ending on
its own, and one sentence that sums the run up ("48 deleted, 2 failed: …").

A :class:`Batch` is also what an undo window holds: it may wait (``waiting``) before anything is
sent, and is then either undone as a whole or run. Pure asyncio: the caller supplies how one
item is attempted and hears about each item as it ends.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta

from moderator.core.actions import ActionKind
from moderator.core.models import ChatMessage
from moderator.core.outcome import FINAL, Outcome
from moderator.wording import Said

#: how many requests of one batch are in flight at once: fast, without tripping rate limits
PARALLEL = 4


#: what each action did, for the summary ("48 deleted")
PAST: dict[ActionKind, str] = {
    ActionKind.DELETE: Said("deleted"),
    ActionKind.HARD_DELETE: Said("deleted permanently"),
    ActionKind.MARK_READ: Said("marked read"),
    ActionKind.MARK_UNREAD: Said("marked unread"),
    ActionKind.BAN: Said("banned"),
    ActionKind.TIMEOUT: Said("timed out"),
    ActionKind.UNBAN: Said("unbanned"),
    ActionKind.FLAG: Said("flagged"),
    ActionKind.END_CHAT: Said("ended"),
}

_ids = itertools.count(1)


@dataclass(eq=False)
class Batch:
    """One action on a list of messages (for author actions: one message per author)."""

    kind: ActionKind
    messages: list[ChatMessage]
    duration: timedelta | None = None
    reason: str = ""
    #: the moderator can still take it back: nothing has been sent yet
    waiting: bool = False
    id: int = field(default_factory=lambda: next(_ids))
    states: dict[str, Outcome] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    cancelled: bool = False
    #: who asked when it was not the moderator ("automod: Links"): said in the audit record
    origin: str = ""

    def __post_init__(self) -> None:
        self.states = {m.id: Outcome.QUEUED for m in self.messages}

    @property
    def total(self) -> int:
        return len(self.messages)

    @property
    def finished(self) -> int:
        return sum(1 for state in self.states.values() if state in FINAL)

    @property
    def done(self) -> bool:
        return self.finished == self.total

    def failed(self) -> list[ChatMessage]:
        return [m for m in self.messages if self.states[m.id] is Outcome.FAILED]

    def queued(self) -> Iterator[ChatMessage]:
        return (m for m in self.messages if self.states[m.id] is Outcome.QUEUED)

    def settle(self, message: ChatMessage, state: Outcome, error: str = "") -> None:
        self.states[message.id] = state
        if error:
            self.errors[message.id] = error

    def summary(self) -> str:
        """What happened, in one sentence: counts by outcome, then the reasons of failures (a
        :class:`Said`, shown in the moderator's language)."""
        counts = Counter(self.states.values())
        past = PAST[self.kind]
        parts: list[Said] = []
        if counts[Outcome.DONE]:
            parts.append(Said("{count} {past}", count=counts[Outcome.DONE], past=past))
        if counts[Outcome.LOCAL]:
            local = Said("{count} {past} on this computer", count=counts[Outcome.LOCAL], past=past)
            parts.append(local)
        if counts[Outcome.WAITING]:
            parts.append(Said("{count} wait for the connection", count=counts[Outcome.WAITING]))
        if counts[Outcome.CANCELLED]:
            parts.append(Said("{count} cancelled", count=counts[Outcome.CANCELLED]))
        if counts[Outcome.UNDONE]:
            parts.append(Said("{count} undone", count=counts[Outcome.UNDONE]))
        if counts[Outcome.FAILED]:
            parts.append(self._failures(counts[Outcome.FAILED]))
        if not parts:
            return Said("Nothing to do.")
        sentence = parts[0]
        for part in parts[1:]:
            sentence = Said("{first}, {then}", first=sentence, then=part)
        return sentence

    def _failures(self, failed: int) -> Said:
        reasons = list(dict.fromkeys(self.errors[m.id] for m in self.failed()))
        if len(reasons) > 1:
            return Said(
                "{count} failed: {reason} (and {others} other reasons)",
                count=failed,
                reason=reasons[0],
                others=len(reasons) - 1,
            )
        return Said("{count} failed: {reason}", count=failed, reason=reasons[0])


Attempt = Callable[[ChatMessage], Awaitable[tuple[Outcome, str]]]
Report = Callable[[ChatMessage, Outcome, str], None]


async def run_batch(
    batch: Batch, attempt: Attempt, report: Report, parallel: int = PARALLEL
) -> None:
    """Attempt every queued item, ``parallel`` at a time; after :attr:`Batch.cancelled` is set,
    the items not started yet end as cancelled. ``report`` hears of each item as it ends."""
    pending = batch.queued()

    async def worker() -> None:
        for message in pending:
            if batch.cancelled:
                _end(batch, message, Outcome.CANCELLED, "", report)
                continue
            state, error = await attempt(message)
            _end(batch, message, state, error, report)

    await asyncio.gather(*(worker() for _ in range(max(1, parallel))))


def _end(batch: Batch, message: ChatMessage, state: Outcome, error: str, report: Report) -> None:
    batch.settle(message, state, error)
    report(message, state, error)


def undo(batch: Batch, report: Report) -> None:
    """Take back a batch that is still waiting: every item ends as undone, nothing is sent."""
    batch.waiting = False
    for message in list(batch.queued()):
        _end(batch, message, Outcome.UNDONE, "", report)


def one_per_author(messages: list[ChatMessage]) -> list[ChatMessage]:
    """The first message of each distinct author: a ban of many messages bans each author once."""
    seen: dict[str, ChatMessage] = {}
    for message in messages:
        seen.setdefault(message.author.id, message)
    return list(seen.values())
