"""``/help``: list the commands."""

from __future__ import annotations

from moderator.core.commands.base import CommandSpec, Invocation, Parsed, Target

USAGE = "/help"


def parse(_words: list[str], _rest: str) -> Parsed:
    return Invocation("help", Target.LOCAL)


SPEC = CommandSpec("help", USAGE, "List the commands", parse)
