"""What the audit log records: every moderation attempt, who did what, where, and how it ended."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

from moderator.core.models import ChatMessage

EXCERPT = 200


@dataclass(frozen=True, slots=True)
class AuditRecord:
    at: datetime
    #: who acted: the moderator's account on the platform (the stream's signed-in user)
    actor: str
    platform: str
    stream_key: str
    action: str
    message_id: str
    author_id: str
    author_name: str
    excerpt: str
    #: done, failed, waiting (queued for the network), local (kept on this computer)
    result: str
    error: str = ""
    #: what the action carried: a timeout's length, a ban's reason, how many messages a read
    #: covered (a batch of reads is one record)
    detail: str = ""

    @classmethod
    def of(
        cls,
        *,
        actor: str,
        platform: str,
        action: str,
        message: ChatMessage,
        result: str,
        error: str = "",
        detail: str = "",
    ) -> AuditRecord:
        return cls(
            at=datetime.now(UTC),
            actor=actor,
            platform=platform,
            stream_key=message.stream_key,
            action=action,
            message_id=message.id,
            author_id=message.author.id,
            author_name=message.author.name,
            excerpt=message.text[:EXCERPT],
            result=result,
            error=error,
            detail=detail,
        )


class AuditSink(Protocol):
    def record(self, entry: AuditRecord) -> None: ...
