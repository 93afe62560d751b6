"""LivePerson chats and events to provider-neutral messages (pure functions).

One agent workspace holds many chats; each chat is a ``thread`` labelled with the visitor's
name. Only ``line`` events are messages: ``state`` events (waiting, chatting, ended) change a
chat, they say nothing. Empty system lines (the seed has one, right after "You are now chatting
with …") are skipped on purpose: a blank row tells a moderator nothing.
"""

from __future__ import annotations

import html as htmllib
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

import nh3

from moderator.core.models import Author, Badge, ChatMessage, MessageKind, checked_time
from moderator.providers.liveperson.schema import Chat, Event
from moderator.providers.wire import fit

SYSTEM_AUTHOR = Author(id="system", name="LivePerson", badges=frozenset({Badge.SYSTEM}))
SYSTEM_SOURCES = frozenset({"system", "info"})
ENDED = "ended"


@dataclass(frozen=True, slots=True)
class ChatContext:
    """What the events of one chat need from its ``info``."""

    key: str
    visitor_name: str = ""
    visitor_id: str | None = None
    agent_name: str = ""
    agent_id: str | None = None

    @property
    def label(self) -> str:
        """The visitor's name; a visitor who gave none is "visitor", so add the chat's tail."""
        if self.visitor_name and self.visitor_name.strip().lower() != "visitor":
            return self.visitor_name
        return f"Visitor {self.key[-6:]}"


def chat_key(chat: Chat) -> str | None:
    """The chat session key: from ``info``, else the last part of the chat's own link."""
    if chat.info is not None and chat.info.chatSessionKey:
        return chat.info.chatSessionKey
    return key_from_href(chat.link_to("self"))


def key_from_href(href: str | None) -> str | None:
    """``…/chat/{chatId}`` (with or without a query) → ``chatId``."""
    if not href:
        return None
    parts = urlsplit(href).path.rstrip("/").split("/")
    if len(parts) >= 2 and parts[-2] == "chat" and parts[-1]:
        return parts[-1]
    return None


def context_for(chat: Chat, key: str) -> ChatContext:
    info = chat.info
    if info is None:
        return ChatContext(key)
    return ChatContext(
        key=key,
        visitor_name=info.visitorName,
        visitor_id=info.visitorId,
        agent_name=info.agentName,
        agent_id=info.agentId,
    )


def is_ended(chat: Chat, events: list[Event]) -> bool:
    """The chat ended, by its info or by a state event in this read."""
    if chat.info is not None and chat.info.state == ENDED:
        return True
    return any(e.type == "state" and e.state == ENDED for e in events)


def message_id(key: str, event_id: int) -> str:
    return f"{key}:{event_id}"


def to_author(event: Event, chat: ChatContext) -> Author | None:
    """Who wrote a line; None for the platform's own (system) lines."""
    source = event.source.lower()
    if source in SYSTEM_SOURCES or (not source and event.by == "info"):
        return None
    if source == "visitor":
        return Author(
            id=chat.visitor_id or f"visitor:{chat.key}",
            name=chat.label,
            badges=frozenset({Badge.VISITOR}),
        )
    if source == "agent":
        return Author(
            id=chat.agent_id or event.by or "agent",
            name=event.by or chat.agent_name or "Agent",
            badges=frozenset({Badge.AGENT}),
        )
    # a source this client does not know: show the line with the name LivePerson gave
    return Author(id=event.by or "unknown", name=event.by or "Unknown")


def to_message(
    event: Event, chat: ChatContext, *, stream_key: str, received_at: datetime | None = None
) -> ChatMessage | None:
    """The message for one event; None for state events and empty system lines."""
    if event.type != "line":
        return None
    author = to_author(event, chat)
    text, rich = _texts(event)
    if author is None and not text.strip():
        return None
    sent_at, known = checked_time(event.time, received_at)
    converted = ChatMessage(
        id=message_id(chat.key, event.id),
        stream_key=stream_key,
        author=author or SYSTEM_AUTHOR,
        text=text,
        sent_at=sent_at,
        time_known=known,
        html=rich,
        kind=MessageKind.SYSTEM if author is None else MessageKind.CHAT,
        thread=chat.key,
        thread_label=chat.label,
    )
    return fit(converted)


def _texts(event: Event) -> tuple[str, str | None]:
    """Plain text, and sanitized HTML when the line was sent as HTML."""
    if event.textType.lower() != "html":
        return event.text, None
    plain = htmllib.unescape(nh3.clean(event.text, tags=set()))
    return plain, nh3.clean(event.text)
