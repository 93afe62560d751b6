"""``/clear``: empty this tab's view. Local only: nothing is deleted on the platform."""

from __future__ import annotations

from moderator.core.commands.base import CommandSpec, Invocation, Parsed, Target, usage_error

USAGE = "/clear"


def parse(words: list[str], _rest: str) -> Parsed:
    return usage_error(USAGE) if words else Invocation("clear", Target.LOCAL)


SPEC = CommandSpec("clear", USAGE, "Clear this tab's view (not the platform's chat)", parse)
