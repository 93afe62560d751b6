"""``/delete``: delete the messages selected in the list (as the Del key does)."""

from __future__ import annotations

from moderator.core.actions import ActionKind
from moderator.core.commands.base import CommandSpec, Invocation, Parsed, Target, usage_error

USAGE = "/delete"


def parse(words: list[str], _rest: str) -> Parsed:
    if words:
        return usage_error(f"{USAGE} (it deletes the selected messages; select them first)")
    return Invocation("delete", Target.SELECTION, ActionKind.DELETE)


SPEC = CommandSpec("delete", USAGE, "Delete the selected messages", parse)
