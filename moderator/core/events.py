"""What a stream session tells the rest of the app."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from moderator.core.models import ChatMessage


class SessionStatus(enum.Enum):
    CONNECTING = "connecting"
    LIVE = "live"
    RETRYING = "retrying"
    RATE_LIMITED = "rate-limited"
    SIGNED_OUT = "signed out"
    ENDED = "ended"
    ERROR = "error"
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class MessagesArrived:
    messages: tuple[ChatMessage, ...]


@dataclass(frozen=True, slots=True)
class MessageUpdated:
    """The platform changed a message we already have (deleted, read, edited)."""

    message: ChatMessage


@dataclass(frozen=True, slots=True)
class MessageRemoved:
    message_id: str


@dataclass(frozen=True, slots=True)
class StatusChanged:
    status: SessionStatus
    #: a sentence for the status line: the last error, or what is going on
    detail: str = ""
    #: seconds until the next attempt, while retrying or rate-limited
    retry_in: float | None = None


@dataclass(frozen=True, slots=True)
class MessagesRejected:
    """``count`` raw messages could not be read at all and were skipped (logged, redacted)."""

    count: int
    #: skipped since the session started: for "N unreadable messages skipped"
    total: int


ProviderEvent = MessagesArrived | MessageUpdated | MessageRemoved | StatusChanged | MessagesRejected
