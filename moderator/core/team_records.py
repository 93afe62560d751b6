"""What a team shares beyond the audit, claims and read marks, below Qt: the notes on authors,
automod's rules, its strikes, and the review queue's decisions (one per held message).

Each piece wraps what the moderator has alone (the profile's note file, strike file) so that a
change made here is kept here first and then told to the team, and what the others tell is kept
here too. Records from this moderator that come back (a catch-up after a restart) change
nothing: notes and rules are replaced by the same text, strikes are counted from the profile's
own file, and a decision already taken is taken once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from moderator.core.identity import AuthorKey
from moderator.core.notes import NoteStore
from moderator.core.ports import TeamPort
from moderator.core.team import (
    NOTE,
    REVIEW,
    RULE,
    STRIKE,
    SharedRecord,
    author_subject,
    message_subject,
    new_key,
)

#: the one subject of the team's automod rule set
RULES_SUBJECT = "automod/rules"
APPROVED = "approved"
DENIED = "denied"


class TeamNotes:
    """A :class:`~moderator.core.notes.NoteStore` whose notes the team shares."""

    def __init__(self, local: NoteStore, team: TeamPort) -> None:
        self.local = local
        self.team = team

    def load(self) -> dict[AuthorKey, str]:
        return self.local.load()

    def save(self, author: AuthorKey, text: str) -> None:
        self.local.save(author, text)  # raises before anything is told: nothing changed
        body = {"stream_key": author.stream_key, "author_id": author.author_id, "text": text}
        self.team.share(
            SharedRecord(NOTE, author_subject(author.stream_key, author.author_id), body)
        )

    def heard(self, record: SharedRecord) -> tuple[AuthorKey, str] | None:
        """Keep another moderator's note here; (author, text) for the card and rows."""
        if record.kind != NOTE:
            return None
        author = AuthorKey(
            str(record.body.get("stream_key", "")), str(record.body.get("author_id", ""))
        )
        text = str(record.body.get("text", ""))
        self.local.save(author, text)
        return author, text


def rules_record(rules: dict[str, Any]) -> SharedRecord:
    """The team's rule set is the last one saved by anyone (``rules`` as JSON data)."""
    return SharedRecord(RULE, RULES_SUBJECT, {"rules": rules})


def rules_of(record: SharedRecord) -> dict[str, Any] | None:
    if record.kind != RULE or record.subject != RULES_SUBJECT:
        return None
    rules = record.body.get("rules")
    return rules if isinstance(rules, dict) else None


class TeamStrikes:
    """A :class:`~moderator.core.automod.strikes.StrikeStore` whose strikes the team counts.

    Every app screens the same chat, so two apps strike one message each: the team keeps one
    strike per message (the first), and a strike heard for a message this app struck itself is
    not counted twice. This moderator's own strikes are in the profile's file; the others' are
    kept here while the app runs (a restart hears them again from the team)."""

    def __init__(self, local: Any, team: TeamPort) -> None:
        self.local = local
        self.team = team
        #: subjects of the strikes this app gave (one per message)
        self._given: set[str] = set()
        #: subject -> (author, at) of strikes other moderators' apps gave
        self._heard: dict[str, tuple[AuthorKey, float]] = {}

    def add(self, author: AuthorKey, at: float, rule: str, message_id: str = "") -> None:
        self.local.add(author, at, rule)
        subject = _strike_subject(author, message_id)
        self._given.add(subject)
        body = {
            "stream_key": author.stream_key,
            "author_id": author.author_id,
            "at": at,
            "rule": rule,
        }
        self.team.share(SharedRecord(STRIKE, subject, body))

    def count(self, authors: Iterable[AuthorKey], since: float) -> int:
        wanted = set(authors)
        theirs = sum(
            1
            for subject, (who, at) in self._heard.items()
            if who in wanted and at >= since and subject not in self._given
        )
        return int(self.local.count(wanted, since)) + theirs

    def heard(self, record: SharedRecord) -> AuthorKey | None:
        """Count another moderator's strike; the author struck."""
        if record.kind != STRIKE or record.moderator == self.team.moderator:
            return None
        body = record.body
        author = AuthorKey(str(body.get("stream_key", "")), str(body.get("author_id", "")))
        self._heard[record.subject] = (author, float(body.get("at", 0.0)))
        return author


def _strike_subject(author: AuthorKey, message_id: str) -> str:
    if message_id:
        return f"{message_subject(author.stream_key, message_id)}/strike"
    return f"{author_subject(author.stream_key, author.author_id)}/strike/{new_key()}"


@dataclass(frozen=True, slots=True)
class Decided:
    #: (stream key, message id) of the held message
    key: tuple[str, str]
    #: :data:`APPROVED` or :data:`DENIED`
    decision: str
    moderator: str


def review_record(key: tuple[str, str], decision: str) -> SharedRecord:
    """The team's record of a decision on the held message ``key`` (stream key, message id)."""
    stream_key, message_id = key
    body = {"stream_key": stream_key, "message_id": message_id, "decision": decision}
    return SharedRecord(REVIEW, message_subject(stream_key, message_id), body)


class Reviews:
    """The team's review decisions: the first one for a held message stands (the database keeps
    it alone); each app takes a message the others decided out of its own queue."""

    def __init__(self, team: TeamPort) -> None:
        self.team = team
        #: what was decided, by anyone, including messages this app has not held (yet)
        self.decided: dict[tuple[str, str], Decided] = {}

    def decide(self, keys: Iterable[tuple[str, str]], decision: str) -> None:
        """Decisions taken here, told to the team; those already written first (through
        :meth:`TeamPort.first`) or decided by another are not told again."""
        for key in keys:
            if key in self.decided:
                continue
            self.decided[key] = Decided(key, decision, self.team.moderator)
            self.team.share(review_record(key, decision))

    def heard(self, record: SharedRecord) -> Decided | None:
        """Another moderator's decision (the first for its message); None for anything else."""
        if record.kind != REVIEW:
            return None
        key = (str(record.body.get("stream_key", "")), str(record.body.get("message_id", "")))
        decision = str(record.body.get("decision", ""))
        if decision not in (APPROVED, DENIED):
            return None
        # the database's word wins over a decision this app took at the same moment
        decided = Decided(key, decision, record.moderator)
        self.decided[key] = decided
        return decided

    def among(self, keys: Iterable[tuple[str, str]]) -> list[Decided]:
        """Decisions already taken by other moderators on these held messages."""
        me = self.team.moderator
        found = (self.decided.get(key) for key in keys)
        return [d for d in found if d is not None and d.moderator != me]
