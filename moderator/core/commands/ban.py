"""``/ban name [reason]``: ban an author seen in this stream (the ban dialog opens, filled in)."""

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

USAGE = "/ban name [reason]"


def parse(_words: list[str], rest: str) -> Parsed:
    name, reason = take_name(rest)
    if not name:
        return usage_error(USAGE)
    return Invocation("ban", Target.AUTHOR, ActionKind.BAN, name, reason=reason)


SPEC = CommandSpec("ban", USAGE, "Ban an author of this chat", parse, takes_name=True)
