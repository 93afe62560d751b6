"""``/unban name``: lift a ban or timeout of an author seen in this stream."""

from __future__ import annotations

from moderator.core.actions import ActionKind
from moderator.core.commands.base import (
    CommandSpec,
    Invocation,
    Parsed,
    Target,
    take_name,
    usage_error,
)

USAGE = "/unban name"


def parse(_words: list[str], rest: str) -> Parsed:
    name, after = take_name(rest)
    if not name or after:
        return usage_error(USAGE)
    return Invocation("unban", Target.AUTHOR, ActionKind.UNBAN, name)


SPEC = CommandSpec("unban", USAGE, "Unban an author of this chat", parse, takes_name=True)
