"""PRISM payloads to provider-neutral messages (pure functions)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import ValidationError

from moderator.core.intern import Interner
from moderator.core.models import Author, Badge, ChatMessage, checked_time
from moderator.providers.prism.schema import FAST_ENVELOPE, TIME, FastMessage, PrismMessage
from moderator.providers.wire import fit

#: PRISM may omit messageId where it offers no delete; such messages get a stable made-up id
SYNTHETIC_PREFIX = "prism-noid:"
#: a stamp that says nothing (``checked_time`` turns it into the arrival time, "time unknown")
NO_TIME = datetime.min.replace(tzinfo=UTC)


def to_author(raw: PrismMessage) -> Author:
    return _author(
        raw.authorId,
        raw.authorName,
        raw.authorProfileThumbnail,
        raw.isLiveOwner,
        raw.isLiveManager,
    )


def _author(author_id: str, name: str, thumb: str | None, owner: bool, manager: bool) -> Author:
    badges = set()
    if owner:
        badges.add(Badge.OWNER)
    if manager:
        badges.add(Badge.MANAGER)
    return Author(
        id=author_id,
        name=name or author_id,
        avatar_url=thumb or None,
        badges=frozenset(badges),
    )


def to_message(
    raw: PrismMessage,
    *,
    stream_key: str,
    received_at: datetime | None = None,
    interner: Interner | None = None,
) -> ChatMessage:
    """``interner`` shares authors and times with earlier messages of the same stream."""
    sent_at, known = checked_time(raw.messageAt, received_at)
    if interner is None:
        author = to_author(raw)
    else:
        sent_at = interner.time(sent_at)
        key = (
            raw.authorId,
            raw.authorName,
            raw.authorProfileThumbnail,
            raw.isLiveOwner,
            raw.isLiveManager,
        )
        author = interner.author(key, lambda: to_author(raw))
    converted = ChatMessage(
        id=raw.messageId if raw.messageId is not None else synthetic_id(raw),
        stream_key=stream_key,
        author=author,
        text=raw.message,
        sent_at=sent_at,
        time_known=known,
    )
    return fit(converted)


@dataclass(frozen=True, slots=True)
class FastPage:
    messages: list[ChatMessage]
    next_token: str | None
    #: how many messages the page held (before any were dropped as duplicates)
    size: int


def read_page(body: bytes, *, stream_key: str, interner: Interner) -> FastPage | None:
    """A clean chat read, validated in one pass from the raw bytes and converted; None when
    anything is unusual (an error envelope, a message without id, one broken message …) and
    the page must be read the careful way, message by message."""
    try:
        envelope = FAST_ENVELOPE.validate_json(body)
        page = envelope["data"]
        if not envelope["success"] or envelope.get("errorCode") not in (None, 0, "0") or not page:
            return None
        messages = [_fast_message(m, stream_key, interner) for m in page["messages"]]
    except ValidationError:
        return None
    token = page.get("nextPageToken")
    return FastPage(messages, None if token is None else str(token), len(messages))


def _fast_message(raw: FastMessage, stream_key: str, interner: Interner) -> ChatMessage:
    """What :func:`to_message` makes of the same fields (the tests hold the two together)."""
    author_id = str(raw["authorId"])
    name = raw["authorName"]
    thumb = raw.get("authorProfileThumbnail")
    owner = raw.get("isLiveOwner", False)
    manager = raw.get("isLiveManager", False)
    key = (author_id, name, thumb, owner, manager)
    author = interner.author(key, lambda: _author(author_id, name, thumb, owner, manager))
    stamp = raw.get("messageAt")
    parsed = interner.stamp(stamp, _parse_time) if stamp is not None else None
    sent_at, known = checked_time(parsed)
    converted = ChatMessage(
        str(raw["messageId"]), stream_key, author, raw.get("message", ""), sent_at, time_known=known
    )
    return fit(converted)


def _parse_time(stamp: str) -> datetime:
    parsed = TIME.validate_python(stamp)  # raises ValidationError for a stamp the model rejects
    if parsed is None:
        return NO_TIME
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def synthetic_id(raw: PrismMessage) -> str:
    """A stable id for a message PRISM sent without one, so it is still deduplicated."""
    stamp = raw.messageAt.isoformat() if raw.messageAt else ""
    digest = hashlib.blake2s(f"{raw.authorId}\x00{stamp}\x00{raw.message}".encode(), digest_size=10)
    return SYNTHETIC_PREFIX + digest.hexdigest()


def is_synthetic(message: ChatMessage) -> bool:
    return message.id.startswith(SYNTHETIC_PREFIX)
