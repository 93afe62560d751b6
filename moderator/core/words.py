"""Each action named inside a sentence ("Could not delete NightOwl's message: …"), as a
:class:`~moderator.wording.Said` the UI translates where it shows it."""

from __future__ import annotations

from moderator.core.actions import ActionKind
from moderator.core.models import ChatMessage
from moderator.core.names import visible_name
from moderator.wording import Said

#: the action as a verb ("Could not {action} …", "the {action} waits …")
ACTION_WORDS: dict[ActionKind, Said] = {
    ActionKind.DELETE: Said("delete"),
    ActionKind.HARD_DELETE: Said("delete permanently"),
    ActionKind.MARK_READ: Said("mark read"),
    ActionKind.MARK_UNREAD: Said("mark unread"),
    ActionKind.BAN: Said("ban"),
    ActionKind.TIMEOUT: Said("timeout"),
    ActionKind.UNBAN: Said("unban"),
    ActionKind.FLAG: Said("flag"),
    ActionKind.END_CHAT: Said("end chat"),
}


def could_not(kind: ActionKind, message: ChatMessage, error: str) -> Said:
    """The notice for one action that failed on one message."""
    return Said(
        "Could not {action} {name}'s message: {error}",
        action=ACTION_WORDS[kind],
        name=visible_name(message.author.name),
        error=error,
    )
