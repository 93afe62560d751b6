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
    #: who acted: the moderator's name on this computer
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
        )


class AuditSink(Protocol):
    def record(self, entry: AuditRecord) -> None: ...
