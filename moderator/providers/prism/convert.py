"""PRISM payloads to provider-neutral messages (pure functions)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from moderator.core.models import Author, Badge, ChatMessage
from moderator.providers.prism.schema import PrismMessage

#: PRISM may omit messageId where it offers no delete; such messages get a stable made-up id
SYNTHETIC_PREFIX = "prism-noid:"


def to_author(raw: PrismMessage) -> Author:
    badges = set()
    if raw.isLiveOwner:
        badges.add(Badge.OWNER)
    if raw.isLiveManager:
        badges.add(Badge.MANAGER)
    return Author(
        id=raw.authorId,
        name=raw.authorName or raw.authorId,
        avatar_url=raw.authorProfileThumbnail or None,
        badges=frozenset(badges),
    )


def to_message(
    raw: PrismMessage, *, stream_key: str, received_at: datetime | None = None
) -> ChatMessage:
    sent_at = raw.messageAt or received_at or datetime.now(UTC)
    if sent_at.tzinfo is None:
        sent_at = sent_at.replace(tzinfo=UTC)
    return ChatMessage(
        id=raw.messageId if raw.messageId is not None else synthetic_id(raw),
        stream_key=stream_key,
        author=to_author(raw),
        text=raw.message,
        sent_at=sent_at,
    )


def synthetic_id(raw: PrismMessage) -> str:
    """A stable id for a message PRISM sent without one, so it is still deduplicated."""
    stamp = raw.messageAt.isoformat() if raw.messageAt else ""
    digest = hashlib.blake2s(f"{raw.authorId}\x00{stamp}\x00{raw.message}".encode(), digest_size=10)
    return SYNTHETIC_PREFIX + digest.hexdigest()


def is_synthetic(message: ChatMessage) -> bool:
    return message.id.startswith(SYNTHETIC_PREFIX)
