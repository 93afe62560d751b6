"""``/timeout name 10m [reason]``: time an author out (30s, 10m, 1h, 1d; 10 minutes if left out)."""

from __future__ import annotations

from moderator.core.actions import DEFAULT_TIMEOUT, ActionKind
from moderator.core.commands.base import (
    NOT_A_DURATION,
    CommandError,
    CommandSpec,
    Invocation,
    Parsed,
    Target,
    shown,
    take_name,
    usage_error,
)
from moderator.core.commands.duration import parse_duration

USAGE = "/timeout name 10m [reason]"


def parse(_words: list[str], rest: str) -> Parsed:
    name, after = take_name(rest)
    if not name:
        return usage_error(USAGE)
    first, _space, reason = after.partition(" ")
    duration = parse_duration(first) if first else DEFAULT_TIMEOUT
    if duration is None:
        if first[:1].isdigit():
            return CommandError(NOT_A_DURATION, {"word": shown(first)})
        duration, reason = DEFAULT_TIMEOUT, after  # no duration given: all of it is the reason
    return Invocation("timeout", Target.AUTHOR, ActionKind.TIMEOUT, name, duration, reason.strip())


SPEC = CommandSpec("timeout", USAGE, "Time an author out", parse, takes_name=True)
