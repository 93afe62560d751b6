"""Stream Chat payloads to provider-neutral messages (pure functions)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from moderator.core.models import (
    Author,
    Badge,
    ChatMessage,
    MessageKind,
    MessageState,
    checked_time,
)
from moderator.providers.ibmvideo.schema import (
    ADMIN_ROLES,
    MODERATOR_ROLES,
    StreamMessage,
    StreamUser,
)
from moderator.providers.wire import fit

#: the author of a system message that names nobody
SYSTEM_AUTHOR = Author(id="system", name="Stream Chat", badges=frozenset({Badge.SYSTEM}))


def aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def to_author(raw: StreamUser) -> Author:
    badges: set[Badge] = set()
    if raw.role in ADMIN_ROLES:
        badges.add(Badge.ADMIN)
    if raw.role in MODERATOR_ROLES:
        badges.add(Badge.MODERATOR)
    return Author(
        id=raw.id,
        name=raw.name or raw.id,
        avatar_url=sys.intern(raw.image) if raw.image else None,  # one copy per author
        badges=frozenset(badges),
    )


def to_message(
    raw: StreamMessage, *, stream_key: str, last_read: datetime | None = None
) -> ChatMessage:
    """One message; ``last_read`` is the moderator's read marker (older messages are READ).

    ``html`` stays empty on purpose: Stream renders it from ``text`` and it may carry remote
    content (images, links) that the list must never load.
    """
    sent_at, known = checked_time(raw.created_at)
    state = MessageState.NONE
    if raw.type == "deleted" or raw.deleted_at is not None:
        state |= MessageState.DELETED
    if last_read is not None and sent_at <= aware(last_read):
        state |= MessageState.READ
    converted = ChatMessage(
        id=raw.id,
        stream_key=stream_key,
        author=to_author(raw.user) if raw.user is not None else SYSTEM_AUTHOR,
        text=raw.text,
        sent_at=sent_at,
        time_known=known,
        kind=MessageKind.SYSTEM if raw.type == "system" else MessageKind.CHAT,
        state=state,
    )
    return fit(converted)
