"""Provider-neutral chat data.

These objects sit in the hot path (hundreds of thousands per tab), so they are frozen slotted
dataclasses, not pydantic models: a pydantic instance costs ~640 B, these well under 300 B.
Changing a message means making a new one with :func:`dataclasses.replace`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

#: the years a chat message can really have been sent in; a time outside them (Go's zero time
#: 0001-01-01, a zero Unix stamp, year 9999) is a platform's placeholder, and years 1 and 9999
#: cannot even be shown in every time zone (``astimezone`` overflows)
FIRST_YEAR = 2000
END_YEAR = 2200
EARLIEST = datetime(FIRST_YEAR, 1, 1, tzinfo=UTC)
LATEST = datetime(END_YEAR, 1, 1, tzinfo=UTC)


class Badge(enum.Enum):
    """What an author is in this stream; shown as a small badge before the name."""

    OWNER = "owner"
    MANAGER = "manager"
    MODERATOR = "mod"
    ADMIN = "admin"
    AGENT = "agent"
    VISITOR = "visitor"
    VERIFIED = "verified"
    SYSTEM = "system"


class MessageKind(enum.Enum):
    CHAT = "chat"
    SYSTEM = "system"
    #: a line Moderator writes into the chat itself: what the moderator's action did
    MODERATION = "moderation"


class MessageState(enum.Flag):
    """Server-side or local facts about a message; PENDING means an action is in flight."""

    NONE = 0
    READ = enum.auto()
    DELETED = enum.auto()
    PENDING = enum.auto()
    #: the platform sent more text than is kept; ``text`` ends by saying how much there was
    CUT = enum.auto()
    #: gone from the platform, removed by someone else (another moderator, the platform's
    #: filter): shown apart from this moderator's own deletes; DELETED is set with it
    REMOVED = enum.auto()


@dataclass(frozen=True, slots=True)
class StreamRef:
    """One stream (or chat room) on one provider."""

    provider: str
    stream_id: str
    title: str = ""

    @property
    def key(self) -> str:
        return f"{self.provider}:{self.stream_id}"


@dataclass(frozen=True, slots=True)
class Author:
    id: str
    name: str
    avatar_url: str | None = None
    badges: frozenset[Badge] = frozenset()


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One chat line, whatever platform it came from. ``id`` is always a ``str``."""

    id: str
    stream_key: str
    author: Author
    text: str
    sent_at: datetime
    #: sanitized rich text where the platform sends HTML; ``text`` is its plain form
    html: str | None = None
    kind: MessageKind = MessageKind.CHAT
    state: MessageState = MessageState.NONE
    #: conversation inside a stream (a Brilliant Directories thread, a LivePerson chat)
    thread: str = ""
    thread_label: str = field(default="", compare=False)
    #: False when the platform sent no usable time: ``sent_at`` is then when it arrived
    time_known: bool = True

    @property
    def is_deleted(self) -> bool:
        return MessageState.DELETED in self.state

    @property
    def is_read(self) -> bool:
        return MessageState.READ in self.state

    @property
    def is_removed(self) -> bool:
        return MessageState.REMOVED in self.state

    @property
    def is_pending(self) -> bool:
        return MessageState.PENDING in self.state

    def with_state(
        self, add: MessageState = MessageState.NONE, remove: MessageState = MessageState.NONE
    ) -> ChatMessage:
        new = (self.state | add) & ~remove
        return self if new == self.state else replace(self, state=new)


@dataclass(frozen=True, slots=True)
class StreamInfo:
    """What a provider says about a stream when a session connects."""

    ref: StreamRef
    live: bool = True
    viewers: int | None = None


def in_utc(moment: datetime) -> datetime:
    """``moment`` in the one shared UTC zone (a time without a zone is read as UTC). A parser
    gives each time its own zone object (pydantic's TzInfo, tracked by the collector); buffered
    messages must not hold one each."""
    zone = moment.tzinfo
    if zone is UTC:
        return moment
    if zone is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def checked_time(
    moment: datetime | None, received_at: datetime | None = None
) -> tuple[datetime, bool]:
    """``(sent_at, time_known)`` for a time from a platform.

    A time without a zone is read as UTC. A missing or impossible one becomes the arrival time
    (else now), so the message is kept, sorts where it arrived, and shows "time unknown".
    """
    # the year alone decides (comparing aware datetimes costs more, on the ingest hot path);
    # any time zone's view of a year in the span is still far from the overflow
    if moment is not None and FIRST_YEAR <= moment.year < END_YEAR:
        return in_utc(moment), True
    fallback = received_at or datetime.now(UTC)
    return (fallback if fallback.tzinfo is not None else fallback.replace(tzinfo=UTC)), False
