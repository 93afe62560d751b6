"""Searching chat across streams: one query, matched the same way in memory and in the archive.

Recent messages live only in the tabs' models (rows reach the archive when they are trimmed),
older ones only in the archive, and a message can be in both for a while (a page brought back
from the archive). :func:`merge` puts both lists together, newest first, each message once,
preferring the in-memory version because it carries the latest state (pending, deleted, read).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from moderator.core.models import ChatMessage

DEFAULT_LIMIT = 500


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """Every field that is set must match; an empty query matches everything."""

    #: part of the message text, any case
    text: str = ""
    #: part of the author's name, any case
    author: str = ""
    #: the provider's name (``prism``), or empty for every platform
    platform: str = ""
    #: exactly these streams, or empty for every stream
    stream_keys: frozenset[str] = frozenset()
    #: one person: their name (any case) or their id on a platform, as ``(platform, id)``
    person: Person | None = None
    since: datetime | None = None
    until: datetime | None = None
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True, slots=True)
class Person:
    """Someone seen in chat. Platforms give no shared identity, so the same name on another
    platform counts as the same person; on the one platform the id counts too (a renamed
    viewer keeps it)."""

    name: str
    ids: frozenset[tuple[str, str]] = field(default_factory=frozenset)

    def is_author_of(self, message: ChatMessage) -> bool:
        author = message.author
        if author.name.casefold() == self.name.casefold():
            return True
        return (platform_of(message.stream_key), author.id) in self.ids


def platform_of(stream_key: str) -> str:
    return stream_key.partition(":")[0]


def matches(query: SearchQuery, message: ChatMessage) -> bool:
    """Whether an in-memory message matches (the archive asks SQLite the same questions)."""
    if query.text and query.text.casefold() not in message.text.casefold():
        return False
    if query.author and query.author.casefold() not in message.author.name.casefold():
        return False
    if query.platform and platform_of(message.stream_key) != query.platform:
        return False
    if query.stream_keys and message.stream_key not in query.stream_keys:
        return False
    if query.person is not None and not query.person.is_author_of(message):
        return False
    if query.since is not None and message.sent_at < query.since:
        return False
    return query.until is None or message.sent_at <= query.until


def search_memory(query: SearchQuery, rows: Iterable[ChatMessage]) -> list[ChatMessage]:
    """The newest ``query.limit`` matches among ``rows`` (each stream's rows oldest first)."""
    found = [m for m in rows if matches(query, m)]
    found.sort(key=lambda m: m.sent_at, reverse=True)
    return found[: query.limit]


def merge(
    memory: Iterable[ChatMessage], archived: Iterable[ChatMessage], limit: int
) -> list[ChatMessage]:
    """Both lists as one, newest first, each message once (the in-memory version wins)."""
    seen: dict[tuple[str, str], ChatMessage] = {}
    for message in memory:
        seen.setdefault((message.stream_key, message.id), message)
    for message in archived:
        seen.setdefault((message.stream_key, message.id), message)
    return sorted(seen.values(), key=lambda m: m.sent_at, reverse=True)[:limit]
