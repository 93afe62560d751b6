"""What the send box completes where the cursor is: a command's name, or an author's name."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from moderator.core.commands.base import quoted


class Completing(enum.Enum):
    COMMAND = "command"
    NAME = "name"


@dataclass(frozen=True, slots=True)
class Context:
    what: Completing
    #: where the word being completed starts in the line
    start: int
    #: the word so far, as typed ("/ti", "@Nig", "Nig")
    prefix: str


def context(line: str, cursor: int, name_commands: frozenset[str]) -> Context | None:
    """What to complete at ``cursor``: the command at the line's start, the first word after a
    command that takes a name, or any word starting with "@"; None elsewhere."""
    before = line[:cursor]
    start = before.rfind(" ") + 1
    prefix = before[start:]
    if start == 0 and prefix.startswith("/") and not prefix.startswith("//"):
        return Context(Completing.COMMAND, 0, prefix)
    if prefix.startswith("@") and len(prefix) > 1:
        return Context(Completing.NAME, start, prefix)
    head, _space, rest = before.partition(" ")
    first_argument = head.startswith("/") and head[1:].casefold() in name_commands
    if first_argument and " " not in rest and prefix and not prefix.startswith('"'):
        return Context(Completing.NAME, start, prefix)
    return None


def candidates(found: Context, commands: list[str], names: list[str]) -> list[str]:
    """The words that may replace the prefix: "/timeout", "@NightOwl", "NightOwl" (quoted when
    the name holds a space and goes into a command)."""
    wanted = found.prefix.casefold()
    if found.what is Completing.COMMAND:
        return [f"/{c}" for c in commands if f"/{c}".startswith(wanted)]
    if wanted.startswith("@"):
        return [f"@{n}" for n in names if n.casefold().startswith(wanted[1:])]
    return [quoted(n) for n in names if n.casefold().startswith(wanted)]
