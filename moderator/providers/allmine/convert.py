"""Allmine payloads to provider-neutral messages (pure functions)."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from moderator.core.models import Author, ChatMessage, checked_time
from moderator.providers.allmine.schema import AllmineMessage, ProfilePhoto, Sender
from moderator.providers.wire import fit


def display_name(sender: Sender) -> str:
    """``name surname`` as the platform shows it, else the username, else the id."""
    full = " ".join(part.strip() for part in (sender.name, sender.surname) if part and part.strip())
    return full or (sender.username or "").strip() or sender.id


def avatar_url(photo: ProfilePhoto | None) -> str | None:
    """The smallest size variant (a chat row shows a small avatar), else the original."""
    if photo is None:
        return None
    sized: list[tuple[int, str]] = []
    for size, url in (photo.variants or {}).items():
        if url and size.isdigit():
            sized.append((int(size), url))
    # interned: every message of an author shares one copy of the address (memory per message)
    if sized:
        return sys.intern(min(sized)[1])
    return sys.intern(photo.url) if photo.url else None


def to_author(sender: Sender) -> Author:
    # Allmine marks no roles on chat senders (no owner or moderator flag): no badges
    return Author(
        id=sender.id, name=display_name(sender), avatar_url=avatar_url(sender.profilePhoto)
    )


def to_message(raw: AllmineMessage, *, stream_key: str) -> ChatMessage:
    sent_at, known = checked_time(raw.createdAt)
    converted = ChatMessage(
        id=raw.id,
        stream_key=stream_key,
        author=to_author(raw.sender),
        text=raw.content,
        sent_at=sent_at,
        time_known=known,
    )
    return fit(converted)


def aware(moment: datetime) -> datetime:
    """Allmine dates end in ``Z``; one without a zone is read as UTC too."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
