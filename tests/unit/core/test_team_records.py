"""Notes, strikes, rules and review decisions as the team tells them, below any database: kept
here first, told once, heard from the others without counting anything twice."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import Any

import pytest

from moderator.core.automod.strikes import MemoryStrikes
from moderator.core.identity import AuthorKey
from moderator.core.notes import MemoryNotes, Notes
from moderator.core.team import NOTE, REVIEW, STRIKE, SharedRecord, TeamState
from moderator.core.team_actions import Claims
from moderator.core.team_records import (
    APPROVED,
    DENIED,
    RULES_SUBJECT,
    Reviews,
    TeamNotes,
    TeamStrikes,
    rules_of,
    rules_record,
)
from moderator.errors import StorageError
from tests.unit.core.scripted import message

ANNA = AuthorKey("prism:live-1", "u-7")


class Team:
    """What the pieces need of a team: a name, and what they share (kept in order)."""

    def __init__(self, me: str) -> None:
        self.me = me
        self.shared: list[SharedRecord] = []

    @property
    def moderator(self) -> str:
        return self.me

    @property
    def state(self) -> TeamState:
        return TeamState.ONLINE

    def share(self, record: SharedRecord) -> None:
        self.shared.append(record)

    def subscribe(self, listener: Callable[[SharedRecord], None]) -> None:
        pass

    def watch_state(self, listener: Callable[[TeamState, str], None]) -> None:
        pass

    def once(self, subject: str, action: str) -> AbstractAsyncContextManager[str | None]:
        raise NotImplementedError

    async def first(self, record: SharedRecord) -> SharedRecord | None:
        raise NotImplementedError


def from_(moderator: str, record: SharedRecord) -> SharedRecord:
    """``record`` as the database hands it to the others: signed by who sent it."""
    return dataclasses.replace(record, moderator=moderator)


def test_a_note_is_kept_here_then_told_and_heard_there() -> None:
    ana_team, bo_team = Team("ana"), Team("bo")
    ana, bo = TeamNotes(MemoryNotes(), ana_team), TeamNotes(MemoryNotes(), bo_team)
    ana.save(ANNA, "warned about links")
    [told] = ana_team.shared
    assert told.kind == NOTE and ana.load() == {ANNA: "warned about links"}
    assert bo.heard(from_("ana", told)) == (ANNA, "warned about links")
    assert bo.load() == {ANNA: "warned about links"}
    assert bo.heard(SharedRecord("claim", "x", {})) is None


def test_a_note_that_could_not_be_kept_is_not_told() -> None:
    class Full(MemoryNotes):
        def save(self, author: AuthorKey, text: str) -> None:
            raise StorageError("disk full")

    team = Team("ana")
    with pytest.raises(StorageError):
        TeamNotes(Full(), team).save(ANNA, "x")
    assert team.shared == []


def test_notes_sign_what_another_moderator_wrote_until_this_one_writes() -> None:
    notes = Notes(MemoryNotes())
    m = message(1)
    author = AuthorKey.of(m)
    notes.heard(author, "spams at night", "ana")
    assert notes.of_message(m) == "spams at night\n(note by ana)" and notes.by(author) == "ana"
    notes.set(author, "mine now")
    assert notes.of_message(m) == "mine now" and notes.by(author) == ""
    notes.heard(author, "", "ana")
    assert notes.of_message(m) == "" and len(notes) == 0


def strike(team: TeamStrikes, message_id: str, at: float = 100.0) -> SharedRecord:
    team.add(ANNA, at, "Links", message_id)
    shared = team.team.shared  # type: ignore[attr-defined]
    record: SharedRecord = shared[-1]
    return record


def test_one_strike_per_message_however_many_apps_gave_it() -> None:
    ana = TeamStrikes(MemoryStrikes(), Team("ana"))
    bo = TeamStrikes(MemoryStrikes(), Team("bo"))
    told = strike(ana, "m1")
    assert told.kind == STRIKE and told.subject.endswith("/m1/strike")
    strike(bo, "m1")  # bo's app struck the same message
    bo.heard(from_("ana", told))
    assert bo.count([ANNA], 0) == 1
    other = strike(ana, "m2")  # only ana's app struck this one (bo's was closed)
    bo.heard(from_("ana", other))
    assert bo.count([ANNA], 0) == 2
    assert bo.count([ANNA], 101.0) == 0  # decayed
    assert bo.count([AuthorKey("prism:live-1", "someone")], 0) == 0


def test_own_strikes_heard_back_after_a_restart_are_not_counted_again() -> None:
    ana = TeamStrikes(MemoryStrikes(), Team("ana"))
    told = strike(ana, "m1")
    assert ana.heard(from_("ana", told)) is None
    assert ana.count([ANNA], 0) == 1


def test_strikes_without_a_message_are_each_their_own() -> None:
    ana = TeamStrikes(MemoryStrikes(), Team("ana"))
    first, second = strike(ana, ""), strike(ana, "")
    assert first.subject != second.subject


def test_the_rule_set_is_one_record() -> None:
    record = rules_record({"rules": []})
    assert record.subject == RULES_SUBJECT and rules_of(record) == {"rules": []}
    assert rules_of(SharedRecord(NOTE, RULES_SUBJECT, {})) is None
    assert rules_of(SharedRecord("rule", RULES_SUBJECT, {"rules": "bad"})) is None


def test_a_decision_by_another_takes_the_message_out_once() -> None:
    ana, bo = Reviews(Team("ana")), Reviews(Team("bo"))
    key = ("prism:live-1", "m1")
    ana.decide([key], DENIED)
    [told] = ana.team.shared  # type: ignore[attr-defined]
    assert told.kind == REVIEW
    assert ana.among([key]) == []  # her own decision is not news to her
    heard = bo.heard(from_("ana", told))
    assert heard is not None and (heard.decision, heard.moderator) == (DENIED, "ana")
    assert [d.moderator for d in bo.among([key, ("prism:live-1", "m2")])] == ["ana"]
    odd: dict[str, Any] = {"stream_key": "s", "message_id": "m", "decision": "maybe"}
    assert bo.heard(SharedRecord(REVIEW, "s/m", odd, moderator="ana")) is None
    assert bo.heard(SharedRecord(NOTE, "s/m", {})) is None
    assert APPROVED != DENIED


def test_a_claim_on_an_author_shows_on_all_their_messages() -> None:
    ana, bo = Claims("ana"), Claims("bo")
    first, second = message(1), message(2)
    assert first.author.id == second.author.id
    record = ana.claim_author(first)
    assert bo.heard(from_("ana", record))
    assert bo.author_holder(second) == "ana" and bo.holder(second) is None
    assert Claims.author_id(record) == first.author.id
    bo.heard(from_("ana", ana.claim_author(first, release=True)))
    assert bo.author_holder(second) is None
