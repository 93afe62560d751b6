"""What a team of moderators shares, below any database: one record shape and its vocabulary.

A :class:`SharedRecord` is one fact a moderator tells the others: an audit line, a claim ("I'm on
it"), a read mark, a note on an author, and (for automod) a rule, a strike or a review decision.
Each carries an idempotency key made where it was born, so a record queued while the database
was away and sent twice on its return is applied once. The database fills in who sent it (the
moderator's database role): nobody can speak for another.

Nothing here names a platform secret: a record holds what the audit log holds, and
:func:`audit_body` copies an :class:`~moderator.core.audit.AuditRecord` field by field.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from moderator.core.audit import AuditRecord
from moderator.wording import from_data, to_data

#: the kinds of record; automod's are placeholders its wiring fills in
AUDIT = "audit"
CLAIM = "claim"
READ = "read"
NOTE = "note"
RULE = "rule"
STRIKE = "strike"
REVIEW = "review"
#: the first decision stands (one decision per held message, one strike per message); later
#: ones are refused
FIRST_WINS = frozenset({REVIEW, STRIKE})
#: how long a claim lasts unless renewed
CLAIM_FOR = timedelta(minutes=5)


class TeamState(enum.Enum):
    #: no team workspace chosen: the moderator works alone, as before
    ALONE = "alone"
    CONNECTING = "connecting"
    ONLINE = "online"
    #: chosen but unreachable: moderating goes on, shared records wait on this computer
    OFFLINE = "offline"


def new_key() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class SharedRecord:
    kind: str
    #: what it is about: ``stream_key/message_id``, ``stream_key/@author_id``, a rule's name
    subject: str
    body: dict[str, Any]
    #: made once where the record was born; a replay with the same key changes nothing
    key: str = field(default_factory=new_key)
    #: the moderator (database role) who sent it; filled in by the database
    moderator: str = ""
    at: datetime = field(default_factory=lambda: datetime.now(UTC))
    expires_at: datetime | None = None

    def expired(self, now: datetime | None = None) -> bool:
        return self.expires_at is not None and self.expires_at <= (now or datetime.now(UTC))


def message_subject(stream_key: str, message_id: str) -> str:
    return f"{stream_key}/{message_id}"


def author_subject(stream_key: str, author_id: str) -> str:
    return f"{stream_key}/@{author_id}"


def audit_body(entry: AuditRecord) -> dict[str, Any]:
    return {
        "at": entry.at.isoformat(),
        "actor": entry.actor,
        "platform": entry.platform,
        "stream_key": entry.stream_key,
        "action": entry.action,
        "message_id": entry.message_id,
        "author_id": entry.author_id,
        "author_name": entry.author_name,
        "excerpt": entry.excerpt,
        "result": entry.result,
        "error": entry.error,
        "detail": entry.detail,
        # the sentences' templates and values, so each member reads them in their language
        "wording": {"error": to_data(entry.error), "detail": to_data(entry.detail)},
    }


def audit_of(record: SharedRecord) -> AuditRecord:
    """Another moderator's audit line, named by who did it (their team name, then the
    platform account they acted with)."""
    body = record.body
    wording = body.get("wording")
    words: dict[str, Any] = wording if isinstance(wording, dict) else {}
    actor = str(body.get("actor", ""))
    who = (
        record.moderator
        if not actor or actor == record.moderator
        else f"{record.moderator} ({actor})"
    )
    return AuditRecord(
        at=datetime.fromisoformat(str(body.get("at") or record.at.isoformat())),
        actor=who,
        platform=str(body.get("platform", "")),
        stream_key=str(body.get("stream_key", "")),
        action=str(body.get("action", "")),
        message_id=str(body.get("message_id", "")),
        author_id=str(body.get("author_id", "")),
        author_name=str(body.get("author_name", "")),
        excerpt=str(body.get("excerpt", "")),
        result=str(body.get("result", "")),
        error=from_data(words.get("error"), str(body.get("error", ""))),
        detail=from_data(words.get("detail"), str(body.get("detail", ""))),
    )
