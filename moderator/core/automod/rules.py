"""Automod rules and the escalation ladder as pydantic models: exported and imported as one JSON
file, checked when read (a bad regular expression is refused with the reason, not at match time).
"""

from __future__ import annotations

import enum
import json
from datetime import timedelta
from pathlib import Path

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class RuleKind(enum.Enum):
    WORDS = "words"
    REGEX = "regex"
    LINKS = "links"
    CAPS = "caps"
    REPEAT = "repeat"
    RAID = "raid"
    FLOOD = "flood"
    NEW_AUTHOR = "new author"
    LOOKALIKE = "look-alike name"
    LENGTH = "length"


class Act(enum.Enum):
    """What a rule does when it matches, mildest first (the strongest of several hits wins)."""

    HIGHLIGHT = "highlight"
    FLAG = "flag"
    HOLD = "hold"
    DELETE = "delete"
    TIMEOUT = "timeout"
    BAN = "ban"
    #: a strike, and the ladder's step for the author's strikes decides
    LADDER = "ladder"


#: how strong an action is; LADDER is resolved to a step before it is compared
SEVERITY = {act: i for i, act in enumerate(Act)}


class ScopeKind(enum.Enum):
    ALL = "all"
    PLATFORM = "platform"
    STREAM = "stream"


class RuleScope(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: ScopeKind = ScopeKind.ALL
    #: the platform's key ("prism") or the stream's key ("prism:live-1")
    value: str = ""

    def covers(self, stream_key: str) -> bool:
        if self.kind is ScopeKind.ALL:
            return True
        if self.kind is ScopeKind.STREAM:
            return stream_key == self.value
        return stream_key.partition(":")[0] == self.value


class Rule(BaseModel):
    """One rule. Only the fields of its kind matter; the rest keep their defaults."""

    model_config = ConfigDict(frozen=True)

    name: str = Field(min_length=1, max_length=80)
    kind: RuleKind
    action: Act = Act.HOLD
    #: a timeout's length in seconds (action TIMEOUT)
    timeout_seconds: int = Field(default=600, ge=1, le=14 * 24 * 3600)
    enabled: bool = True
    #: only marks what it would do: nothing is held, deleted or sent
    dry_run: bool = False
    scope: RuleScope = RuleScope()
    #: WORDS: words and phrases, matched whole, in any case, leetspeak folded
    words: tuple[str, ...] = ()
    #: REGEX: matched against the text as it came (case-insensitive)
    pattern: str = ""
    #: LINKS: domains allowed (and their subdomains); any other link matches
    allowed_domains: tuple[str, ...] = ()
    #: CAPS: share of capital letters among letters, in a message of at least min_letters
    caps_ratio: float = Field(default=0.7, gt=0, le=1)
    min_letters: int = Field(default=12, ge=1)
    #: REPEAT (same author, same text), RAID (same text, distinct authors), FLOOD (messages
    #: per author): how many within window_seconds
    count: int = Field(default=3, ge=2, le=1000)
    window_seconds: float = Field(default=30.0, gt=0, le=24 * 3600)
    #: NEW_AUTHOR: an author's first messages this many are caught (in this app's memory)
    first_messages: int = Field(default=1, ge=1, le=100)
    #: LOOKALIKE: names to protect besides the stream's staff (the streamer, the moderators)
    protected_names: tuple[str, ...] = ()
    #: LENGTH: more characters than this matches
    max_length: int = Field(default=400, ge=1)

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        if pattern:
            try:
                regex.compile(pattern, regex.IGNORECASE | regex.V0)
            except regex.error as err:
                raise ValueError(f"the regular expression does not compile: {err}") from err
        return pattern

    @property
    def timeout(self) -> timedelta:
        return timedelta(seconds=self.timeout_seconds)


class LadderStep(BaseModel):
    model_config = ConfigDict(frozen=True)

    action: Act = Act.DELETE
    timeout_seconds: int = Field(default=60, ge=1, le=14 * 24 * 3600)


class Ladder(BaseModel):
    """What the n-th strike does; strikes older than ``decay_seconds`` no longer count."""

    model_config = ConfigDict(frozen=True)

    steps: tuple[LadderStep, ...] = (
        LadderStep(action=Act.DELETE),
        LadderStep(action=Act.TIMEOUT, timeout_seconds=60),
        LadderStep(action=Act.TIMEOUT, timeout_seconds=600),
        LadderStep(action=Act.BAN),
    )
    decay_seconds: int = Field(default=3600, ge=1)

    def step(self, strikes: int) -> LadderStep:
        """The step for an author's ``strikes``-th strike (the last step repeats)."""
        if not self.steps:
            return LadderStep(action=Act.HOLD)
        return self.steps[min(max(strikes, 1), len(self.steps)) - 1]


class RuleSet(BaseModel):
    """Everything automod is told: saved and shared as one JSON file."""

    model_config = ConfigDict(frozen=True)

    version: int = 1
    enabled: bool = True
    rules: tuple[Rule, ...] = ()
    ladder: Ladder = Ladder()

    def export(self, path: Path) -> None:
        path.write_text(self.model_dump_json(indent=2), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> RuleSet:
        """The set in ``path``; :class:`BadRules` with one sentence when it cannot be used."""
        try:
            return cls.model_validate(json.loads(path.read_text(encoding="utf-8")))
        except OSError as err:
            raise BadRules(f"Could not read {path.name}: {err.strerror or err}.") from err
        except (ValueError, ValidationError) as err:
            raise BadRules(f"{path.name} is not an automod rules file: {_first(err)}") from err


class BadRules(ValueError):
    """A rules file that cannot be used; the message is a sentence for the moderator."""


def _first(err: Exception) -> str:
    if isinstance(err, ValidationError):
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return f"{where}: {first['msg']}."
    return f"{err}."
