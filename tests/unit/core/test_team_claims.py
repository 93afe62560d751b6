"""Claims as the team tells them: who is on a message, until it expires or is let go."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from moderator.core.audit import AuditRecord
from moderator.core.team import CLAIM, CLAIM_FOR, SharedRecord, audit_body, audit_of
from moderator.core.team_actions import Claims
from moderator.wording import Said
from tests.unit.core.scripted import message


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_a_claim_heard_holds_until_it_expires() -> None:
    clock = Clock()
    mine, theirs = Claims("bo", clock), Claims("ana", clock)
    m = message(1)
    record = theirs.claim(m)
    assert theirs.holder(m) == "ana"
    assert mine.heard(_as("ana", record))
    assert mine.holder(m) == "ana"
    clock.now += CLAIM_FOR + timedelta(seconds=1)
    assert [r.subject for r in mine.expire()] == [record.subject] and mine.expire() == []
    assert mine.holder(m) is None


def test_letting_go_clears_it_for_everyone() -> None:
    clock = Clock()
    mine, theirs = Claims("bo", clock), Claims("ana", clock)
    m = message(2)
    mine.heard(_as("ana", theirs.claim(m)))
    mine.heard(_as("ana", theirs.claim(m, release=True)))
    assert mine.holder(m) is None and theirs.holder(m) is None
    assert Claims.message_id(theirs.claim(m)) == (m.stream_key, m.id)


def test_other_records_are_not_claims() -> None:
    claims = Claims("bo")
    assert not claims.heard(SharedRecord("note", "x", {"on": True}))
    assert claims.heard(SharedRecord(CLAIM, "x", {"on": True}, moderator="ana")) is True


def test_an_audit_line_names_the_moderator_then_the_account() -> None:
    entry = AuditRecord.of(
        actor="PRISM account 42",
        platform="PRISM",
        action="delete",
        message=message(3),
        result="done",
    )
    heard = audit_of(SharedRecord("audit", "s", audit_body(entry), moderator="ana"))
    assert heard.actor == "ana (PRISM account 42)"
    assert (heard.message_id, heard.result, heard.at) == (entry.message_id, "done", entry.at)


def test_another_moderator_s_audit_sentences_keep_their_templates() -> None:
    """So each member reads them in their own language; one written plain stays as written."""
    late = Said("{platform} did not answer in time.", platform="PRISM")
    entry = replace(
        AuditRecord.of(
            actor="a", platform="PRISM", action="delete", message=message(3), result="failed"
        ),
        error=late,
        detail=Said("{count} messages", count=3),
    )
    body = json.loads(json.dumps(audit_body(entry)))  # as the team database keeps it
    heard = audit_of(SharedRecord("audit", "s", body, moderator="ana"))
    assert isinstance(heard.error, Said) and heard.error.template == late.template
    assert isinstance(heard.detail, Said) and heard.detail == "3 messages"
    older = audit_of(SharedRecord("audit", "s", {"error": "Timed out."}, moderator="ana"))
    assert older.error == "Timed out." and not isinstance(older.error, Said)


def _as(moderator: str, record: SharedRecord) -> SharedRecord:
    return SharedRecord(
        record.kind,
        record.subject,
        record.body,
        record.key,
        moderator,
        record.at,
        record.expires_at,
    )
