"""What a typed command turns into, and the pieces every command's parser shares.

Each command is one small module (``ban.py``, ``timeout.py``…) holding a :class:`CommandSpec`;
the table in :mod:`moderator.core.commands` lists them. Parsing is pure: it never looks at the
chat, the platform or the selection. The tab resolves the name and asks the presenter.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from moderator.core.actions import ActionKind
from moderator.core.names import visible_name


class Target(enum.Enum):
    """What a command acts on."""

    #: an author named in the command, resolved against the authors seen in the stream
    AUTHOR = "author"
    #: the messages selected in the tab
    SELECTION = "selection"
    #: nothing on the platform: the tab itself (``/clear``, ``/help``)
    LOCAL = "local"


@dataclass(frozen=True, slots=True)
class Invocation:
    """One parsed command line, ready to be resolved and asked for."""

    command: str
    target: Target
    #: the moderation action it asks for; None for a local command
    kind: ActionKind | None = None
    #: the author's name as typed (without a leading "@")
    name: str = ""
    duration: timedelta | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class CommandError:
    """A line that starts like a command but cannot be run: the sentence says why and how.

    Kept as an English template (one of :data:`TEMPLATES`) and its values, so the UI can
    translate the template before it fills it in."""

    template: str
    values: Mapping[str, str] = field(default_factory=dict)

    @property
    def sentence(self) -> str:
        return self.template.format(**self.values)


USAGE = "Usage: {usage}"
UNKNOWN = (
    "There is no command /{command}: nothing was sent. Type /help for the commands, "
    "or start the line with // to send it as chat."
)
UNKNOWN_LIKE = (
    "There is no command /{command}: nothing was sent. Did you mean /{suggestion}? Type /help "
    "for the commands, or start the line with // to send it as chat."
)
NOT_A_DURATION = "“{word}” is not a duration: write 30s, 10m, 1h or 1d (at most 28 days)."
#: every sentence a command error is made from (listed for the translators)
TEMPLATES = (USAGE, UNKNOWN, UNKNOWN_LIKE, NOT_A_DURATION)


Parsed = Invocation | CommandError
#: a command's parser: the words after the command's name, the rest of the line after each
Parser = Callable[[list[str], str], Parsed]


@dataclass(frozen=True, slots=True)
class CommandSpec:
    name: str
    #: "/timeout name 10m [reason]"
    usage: str
    description: str
    parse: Parser
    #: completion offers author names for its first argument
    takes_name: bool = False


def usage_error(spec_usage: str) -> CommandError:
    return CommandError(USAGE, {"usage": spec_usage})


def author_name(word: str) -> str:
    """The name as typed, without the "@" people put before names in chat."""
    return word[1:] if word.startswith("@") else word


def take_name(rest: str) -> tuple[str, str]:
    """The name a command starts with and what follows it. A name with spaces is quoted
    (``/ban "Ada Lovelace" spam``), as completion writes it; an unclosed quote takes the rest."""
    rest = rest.strip()
    if rest.startswith(('"', '@"')):
        body = rest[rest.index('"') + 1 :]
        name, _quote, after = body.partition('"')
        return name.strip(), after.strip()
    word, _space, after = rest.partition(" ")
    return author_name(word), after.strip()


def quoted(name: str) -> str:
    """How completion writes a name into a command: quoted when it holds a space."""
    return f'"{name}"' if any(c.isspace() for c in name) else name


def shown(word: str, limit: int = 32) -> str:
    """A typed word quoted back in an answer: hidden characters made visible, and cut, so a
    pasted wall of text cannot widen the window."""
    return visible_name(word, limit)
