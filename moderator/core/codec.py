"""Messages to plain JSON-ready dicts and back, for the outbox and the archive."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from moderator.core.models import (
    Author,
    Badge,
    ChatMessage,
    MessageKind,
    MessageState,
    checked_time,
)


def message_to_dict(message: ChatMessage) -> dict[str, Any]:
    author = message.author
    return {
        "id": message.id,
        "stream_key": message.stream_key,
        "author": {
            "id": author.id,
            "name": author.name,
            "avatar_url": author.avatar_url,
            "badges": sorted(b.value for b in author.badges),
        },
        "text": message.text,
        "sent_at": message.sent_at.isoformat(),
        "html": message.html,
        "kind": message.kind.value,
        # pending is about this run only: a restored message is not in flight
        "state": (message.state & ~MessageState.PENDING).value,
        "thread": message.thread,
        "thread_label": message.thread_label,
        "time_known": message.time_known,
    }


def message_from_dict(data: dict[str, Any]) -> ChatMessage:
    raw_author = data["author"]
    author = Author(
        id=str(raw_author["id"]),
        name=str(raw_author["name"]),
        avatar_url=raw_author.get("avatar_url"),
        badges=frozenset(Badge(b) for b in raw_author.get("badges", ())),
    )
    sent_at, known = _sent_at(data.get("sent_at"))
    return ChatMessage(
        id=str(data["id"]),
        stream_key=str(data["stream_key"]),
        author=author,
        text=str(data["text"]),
        sent_at=sent_at,
        html=data.get("html"),
        kind=MessageKind(data.get("kind", MessageKind.CHAT.value)),
        state=MessageState(int(data.get("state", 0))),
        thread=str(data.get("thread", "")),
        thread_label=str(data.get("thread_label", "")),
        # written before the flag: known unless the time itself says otherwise
        time_known=known and bool(data.get("time_known", True)),
    )


def _sent_at(raw: object) -> tuple[datetime, bool]:
    """A stored time, or now and "time unknown" where it is missing or impossible."""
    try:
        moment = datetime.fromisoformat(str(raw))
    except ValueError:
        moment = None
    return checked_time(moment)
