"""Chat commands typed in the send box (``/ban``, ``/timeout``, ``/unban``, ``/delete``,
``/clear``, ``/help``): one module per command, listed in :data:`COMMANDS`.

:func:`parse_line` tells a command from chat text. A line that starts with "/" is never sent as
chat by mistake: an unknown command is an error that says so ("/bna x" is not sent). A line
that really should start with "/" is typed with "//".
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from moderator.core.commands import ban, clear, delete, help_command, timeout, unban
from moderator.core.commands.base import (
    UNKNOWN,
    UNKNOWN_LIKE,
    CommandError,
    CommandSpec,
    Invocation,
    Parsed,
    Target,
    shown,
)

COMMANDS: tuple[CommandSpec, ...] = (
    ban.SPEC,
    timeout.SPEC,
    unban.SPEC,
    delete.SPEC,
    clear.SPEC,
    help_command.SPEC,
)
BY_NAME = {spec.name: spec for spec in COMMANDS}

__all__ = [
    "BY_NAME",
    "COMMANDS",
    "ChatText",
    "CommandError",
    "CommandSpec",
    "Invocation",
    "Target",
    "help_lines",
    "parse_line",
]


@dataclass(frozen=True, slots=True)
class ChatText:
    """A line to send to the chat as it is."""

    text: str


def parse_line(line: str) -> Parsed | ChatText:
    """What the moderator typed: chat text, a command, or why it is neither."""
    text = line.strip()
    if not text.startswith("/"):
        return ChatText(text)
    if text.startswith("//"):
        return ChatText(text[1:])  # "//shrug" sends "/shrug"
    head, _, rest = text[1:].partition(" ")
    spec = BY_NAME.get(head.casefold())
    if spec is None:
        return _unknown(head)
    return spec.parse(rest.split(), rest.strip())


def _unknown(head: str) -> CommandError:
    close = difflib.get_close_matches(head.casefold(), list(BY_NAME), n=1, cutoff=0.6)
    if close:
        return CommandError(UNKNOWN_LIKE, {"command": shown(head), "suggestion": close[0]})
    return CommandError(UNKNOWN, {"command": shown(head)})


def help_lines() -> list[str]:
    """One line per command, for /help and the send box's tooltip."""
    return [f"{spec.usage} — {spec.description}" for spec in COMMANDS]
