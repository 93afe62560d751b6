"""The moderation use-case below Qt: what a finished action shows in the chat.

A ban, timeout or unban that went through leaves a line in the stream's own chat ("NightOwl_42
was banned by you"), whichever surface asked for it: a row of its own kind, plain text, never
sent to the platform.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from moderator.core.actions import DEFAULT_TIMEOUT, ActionKind, describe_duration
from moderator.core.models import Author, ChatMessage, MessageKind
from moderator.core.names import visible_name

#: who the moderator's own lines are by (never a platform account)
MODERATOR = Author(id="moderator:local", name="Moderator")


def done_sentence(
    kind: ActionKind, author: str, duration: timedelta | None = None, *, by: str = ""
) -> str:
    """What an author action did, in words, or "" for an action on a message. ``by``: who
    asked when it was not the moderator (a batch's origin, "automod: Links")."""
    name, who = visible_name(author), origin_name(by)
    if kind is ActionKind.BAN:
        return f"{name} was banned by {who}"
    if kind is ActionKind.TIMEOUT:
        return f"{name} was timed out for {describe_duration(duration or DEFAULT_TIMEOUT)} by {who}"
    if kind is ActionKind.UNBAN:
        return f"{name} was unbanned by {who}"
    return ""


def origin_name(origin: str) -> str:
    """ "automod (Links)" for a rule's origin, "you" for the moderator's own."""
    if not origin:
        return "you"
    actor, _, rule = origin.partition(": ")
    return f"{actor} ({rule})" if rule else actor


def result_line(
    kind: ActionKind,
    message: ChatMessage,
    duration: timedelta | None = None,
    now: datetime | None = None,
    by: str = "",
) -> ChatMessage | None:
    """The chat line that shows ``kind`` went through on ``message``'s author, if it is an
    author action (``by``: as :func:`done_sentence`)."""
    text = done_sentence(kind, message.author.name, duration, by=by)
    if not text:
        return None
    return ChatMessage(
        id=f"moderator:{uuid.uuid4().hex}",  # unique across runs: the archive keeps it
        stream_key=message.stream_key,
        author=MODERATOR,
        text=text,
        sent_at=now or datetime.now(UTC),
        kind=MessageKind.MODERATION,
        thread=message.thread,
        thread_label=message.thread_label,
    )
