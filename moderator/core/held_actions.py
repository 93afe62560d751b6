"""Deletes and bans a crash caught in their undo window: found again at the next start, then
sent or discarded as the moderator answers (each once, through the outbox)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol

from moderator.core.delivery import OutboxEntry
from moderator.core.models import ChatMessage
from moderator.core.ports import Hooks, Outbox
from moderator.core.provider import ChatProvider
from moderator.errors import StorageError
from moderator.wording import Said


class Pipeline(Protocol):
    """What of the moderation pipeline this needs (a protocol: the pipeline imports this)."""

    outbox: Outbox | None
    provider: ChatProvider
    hooks: Hooks

    def record(self, action: str, message: ChatMessage, result: str) -> None: ...

    def stored(self) -> None: ...


log = logging.getLogger(__name__)


def held_from_before(pipeline: Pipeline) -> list[OutboxEntry]:
    if pipeline.outbox is None:
        return []
    try:
        return pipeline.outbox.held_from_before(pipeline.provider.stream.key)
    except Exception:  # an unreadable outbox was said at start; no question then
        log.exception("could not read the held actions")
        return []


def resolve_held(pipeline: Pipeline, entries: Sequence[OutboxEntry], *, send: bool) -> None:
    outbox = pipeline.outbox
    if outbox is None or not entries:
        return
    settle = outbox.release_held if send else outbox.discard_held
    try:
        settle([e.id for e in entries])
    except StorageError as err:
        again = Said("{problem}. Moderator asks again at the next start.", problem=err.sentence())
        pipeline.hooks.notice(again)
        return
    for entry in entries:
        if entry.message is not None:
            pipeline.record(entry.kind, entry.message, "released" if send else "discarded")
    if send:
        pipeline.stored()
