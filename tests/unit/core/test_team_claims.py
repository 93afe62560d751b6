"""Claims as the team tells them: who is on a message, until it expires or is let go."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from moderator.core.audit import AuditRecord
from moderator.core.team import CLAIM, CLAIM_FOR, SharedRecord, audit_body, audit_of
from moderator.core.team_actions import Claims
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
