"""Brilliant Directories rows to provider-neutral messages (pure functions)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from moderator.core.models import Author, Badge, ChatMessage, MessageState, checked_time
from moderator.providers.brilliant.sanitize import to_rich_and_plain
from moderator.providers.brilliant.schema import (
    BrilliantMessage,
    BrilliantThread,
    parse_site_time,
)
from moderator.providers.wire import fit

OWNER_NAME = "Site owner (you)"


def to_author(raw: BrilliantMessage, *, owner_token: str) -> Author:
    """The platform gives only an owner token: the site owner is named, visitors are not."""
    if owner_token and raw.message_owner == owner_token:
        return Author(id=raw.message_owner, name=OWNER_NAME, badges=frozenset({Badge.OWNER}))
    short = raw.message_owner[:6] or "?"
    return Author(id=raw.message_owner, name=f"Visitor {short}")


def to_message(
    raw: BrilliantMessage,
    *,
    stream_key: str,
    owner_token: str,
    zone: tzinfo,
    thread_label: str = "",
    received_at: datetime | None = None,
) -> ChatMessage:
    html, text = to_rich_and_plain(raw.message_content)
    sent_at, known = checked_time(parse_site_time(raw.created_at, zone), received_at)
    converted = ChatMessage(
        id=raw.message_id,
        stream_key=stream_key,
        author=to_author(raw, owner_token=owner_token),
        text=text,
        html=html,
        sent_at=sent_at,
        time_known=known,
        state=MessageState.READ if raw.message_status else MessageState.NONE,
        thread=raw.thread_token,
        thread_label=thread_label or unknown_thread_label(raw.thread_token),
    )
    return fit(converted)


def thread_label(thread: BrilliantThread) -> str:
    """``"Thread 12 (open)"``: what a moderator calls a conversation."""
    state = "open" if thread.thread_status else "closed"
    if is_deleted(thread):
        state = "deleted"
    return f"Thread {thread.thread_id} ({state})"


def unknown_thread_label(token: str) -> str:
    return f"Thread {token[:8]}…" if token else "No thread"


def is_deleted(thread: BrilliantThread) -> bool:
    # an unset deleted_at comes as null, "" or a zero date depending on the site's database
    return bool(thread.deleted_at and thread.deleted_at.strip("0 -:"))
