"""The soak's streams: each one as the app wires it, and what the fakes say was done.

A :class:`Stream` is a real :class:`StreamController` (session, model, moderation, outbox,
archive) over one fake's stream. :func:`act` starts actions the way the window does; counting
(:func:`counts`) asks the fake, by id: its messages, the nonces of the sends, the facts of each
acted-on message, and its log of the requests it applied.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from moderator.core.actions import ActionKind
from moderator.core.bulk import Batch
from moderator.core.models import ChatMessage, MessageKind
from moderator.core.provider import Capability
from moderator.fakelink import connections
from moderator.fakes.base import FakeService
from moderator.storage.archive import Archive
from moderator.storage.outbox import Outbox
from moderator.ui.bridge.controller import StreamController
from tests.harness import make_provider

NONCE = "soak"
#: a send or action refused for good (not transient): said to the moderator, never retried
REFUSED = ("Not sent: ", "Could not ")


@dataclass
class Stream:
    fake: FakeService
    controller: StreamController
    trimmed: set[str] = field(default_factory=set)
    sends: list[str] = field(default_factory=list)
    actions: list[tuple[ActionKind, ChatMessage, Batch]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    @property
    def stream_id(self) -> str:
        return self.controller.provider.stream.stream_id

    def trim(self) -> None:
        """What the list view does while it follows the chat: the rest goes to the archive."""
        self.controller.model.flush()
        self.controller.model.trim()

    def received(self) -> set[str]:
        return {m.id for m in self.controller.model.messages()} | self.trimmed

    def deleted(self) -> set[str]:
        return {m.id for kind, m, _ in self.actions if kind is ActionKind.DELETE}


def open_streams(
    urls: dict[str, str],
    fakes: Sequence[FakeService],
    scale: float,
    outbox: Outbox,
    archive: Archive,
    buffer: int,
) -> list[Stream]:
    streams = []
    for fake in fakes:
        count = 1 if fake.name == "brilliant" else len(connections(fake, urls[fake.name]))
        for index in range(count):
            provider = make_provider(
                fake, urls[fake.name], timeout=2.0, scale=scale, limits=True, index=index
            )
            controller = StreamController(provider, limit=buffer, outbox=outbox, archive=archive)
            stream = Stream(fake, controller)
            controller.model.rows_trimmed.connect(
                lambda rows, s=stream: s.trimmed.update(m.id for m in rows)
            )
            controller.notice.connect(
                lambda text, s=stream: s.refused.append(text) if text.startswith(REFUSED) else None
            )
            _shrink_waits(controller, scale)
            controller.start()
            streams.append(stream)
    return streams


def _shrink_waits(controller: StreamController, scale: float) -> None:
    async def sleep(seconds: float) -> None:
        await asyncio.sleep(seconds * scale)

    controller.session._sleep = sleep


def act(stream: Stream, serial: int, nonce: str) -> None:
    """One action, as a moderator would start it: a send, or a delete / mark read."""
    controller = stream.controller
    caps = controller.provider.capabilities
    rows = [m for m in controller.model.messages()[-40:] if _actionable(m)]
    if not rows:  # as in the app: moderating starts once the chat is there
        return
    if serial % 3 == 0 and Capability.SEND in caps:
        text = f"{NONCE} {serial} {nonce}"
        stream.sends.append(text)
        controller.send(text)
        return
    kind = ActionKind.DELETE if Capability.DELETE in caps else ActionKind.MARK_READ
    if kind is ActionKind.MARK_READ and Capability.MARK_READ not in caps:
        return
    target = rows[-(serial % len(rows)) - 1]
    if kind is ActionKind.MARK_READ and target.is_read:
        return
    batch = controller.act(kind, [target])
    if batch is not None:
        stream.actions.append((kind, target, batch))


def _actionable(message: ChatMessage) -> bool:
    # our own sends stay: whether each arrived once is counted by its nonce at the end
    return (
        message.kind is MessageKind.CHAT
        and not message.is_deleted
        and not message.is_pending
        and not message.text.startswith(NONCE)
    )


def settled(streams: Sequence[Stream]) -> bool:
    """Nothing in flight, nothing waiting, and every message the fakes hold received."""
    return all(
        not s.controller._tasks
        and s.controller.waiting_count() == 0
        and all(batch.done for _, _, batch in s.actions)
        and set(s.fake.message_ids(s.stream_id)) <= s.received()
        for s in streams
    )


def counts(streams: Sequence[Stream], archived: Sequence[ChatMessage]) -> dict[str, Any]:
    totals = dict.fromkeys(
        (
            "sent",
            "received",
            "lost",
            "duplicated",
            "sends",
            "sends_applied",
            "sends_lost",
            "sent_twice",
            "actions_sent",
            "actions_applied",
            "actions_lost",
            "applied_twice",
            "refused",
        ),
        0,
    )
    for s in streams:
        _count_messages(s, archived, totals)
        _count_sends(s, totals)
        _count_actions(s, totals)
        totals["refused"] += len(s.refused)
        if s.refused:
            logging.getLogger("soak").warning("%s refused: %s", s.stream_id, s.refused[:3])
    return totals


def _count_messages(s: Stream, archived: Sequence[ChatMessage], totals: dict[str, Any]) -> None:
    key = s.controller.provider.stream.key
    model = [m.id for m in s.controller.model.messages()]
    kept = [m.id for m in archived if m.stream_key == key]
    expected = set(s.fake.message_ids(s.stream_id)) | s.deleted()
    received = set(model) | set(kept)
    totals["sent"] += len(expected)
    totals["received"] += len(expected & received)
    totals["lost"] += len(expected - received)
    # shown twice: twice in the model, or both in the model and in the archive
    totals["duplicated"] += len(model) - len(set(model)) + len(set(model) & set(kept))


def _count_sends(s: Stream, totals: dict[str, Any]) -> None:
    chat = s.fake.texts(s.stream_id)
    for text in s.sends:
        times = chat.count(text)
        totals["sends"] += 1
        totals["sends_applied"] += times == 1
        totals["sends_lost"] += times == 0
        totals["sent_twice"] += max(0, times - 1)
        if times != 1:
            writes = [
                (e.method, e.status, e.fault) for e in s.fake.requests.entries() if text in e.detail
            ]
            logging.getLogger("soak").warning(
                "%s: %r is in the chat %d times; applied %s", s.stream_id, text, times, writes
            )


def _count_actions(s: Stream, totals: dict[str, Any]) -> None:
    log = s.fake.requests.entries()
    for kind, message, _ in s.actions:
        facts = s.fake.message_facts(s.stream_id, message.id)
        if kind is ActionKind.DELETE:
            applied = facts.deleted or not facts.exists
            times = sum(
                1
                for e in log
                if e.method == "DELETE"
                and 200 <= e.status < 300
                and (e.path.endswith(f"/{message.id}") or f"message_id={message.id}" in e.detail)
            )
            totals["applied_twice"] += max(0, times - 1)
            if times > 1:
                logging.getLogger("soak").warning(
                    "%s: %s deleted %d times", s.stream_id, message.id, times
                )
        else:
            applied = facts.read
        totals["actions_sent"] += 1
        totals["actions_applied"] += applied
        totals["actions_lost"] += not applied
