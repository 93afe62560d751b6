"""Each action named inside a sentence ("Could not delete NightOwl's message: …"), as a
:class:`~moderator.wording.Said` the UI translates where it shows it."""

from __future__ import annotations

from datetime import timedelta

from moderator.core.actions import ActionKind
from moderator.core.models import ChatMessage
from moderator.core.names import visible_name
from moderator.core.outcome import Outcome
from moderator.core.result_line import origin_name
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


def could_not(kind: ActionKind, message: ChatMessage, error: str, origin: str = "") -> Said:
    """The notice for one action that failed on one message, naming the rule that asked when
    one did (``origin``, as the audit writes it: "automod: Links")."""
    if origin:
        return Said(
            "Could not {action} {name}'s message for {who}: {error}",
            action=ACTION_WORDS[kind],
            name=visible_name(message.author.name),
            who=origin_name(origin),
            error=error,
        )
    return Said(
        "Could not {action} {name}'s message: {error}",
        action=ACTION_WORDS[kind],
        name=visible_name(message.author.name),
        error=error,
    )


def unreachable(platform: str, error: str, action: Said, problem: str = "") -> Said:
    """The notice for an action left waiting for the network (and, with ``problem``, not yet
    kept on disk either)."""
    if problem:
        return Said(
            "{platform} is unreachable ({error}) and {problem}; retrying. "
            "Nothing is lost: the {action} stays pending here.",
            platform=platform,
            error=error,
            problem=problem,
            action=action,
        )
    return Said(
        "{platform} is unreachable ({error}) "
        "The {action} waits and goes out when the connection is back.",
        platform=platform,
        error=error,
        action=action,
    )


#: a batch's outcome in a sentence ("2 of 7 failed")
OUTCOME_WORDS: dict[Outcome, Said] = {
    Outcome.FAILED: Said("failed"),
    Outcome.WAITING: Said("waiting"),
    Outcome.CANCELLED: Said("cancelled"),
    Outcome.UNDONE: Said("undone"),
    Outcome.DONE: Said("done"),
    Outcome.LOCAL: Said("local"),
    Outcome.QUEUED: Said("queued"),
}


def duration_words(length: timedelta) -> Said:
    """ "10 minutes", "1 hour", "90 seconds" (the largest whole unit), as core's
    ``describe_duration`` says it; one and many are separate sentences, so a translation can
    say each as its language does."""
    seconds = int(length.total_seconds())
    if seconds >= 86_400 and seconds % 86_400 == 0:
        days = seconds // 86_400
        return Said("1 day") if days == 1 else Said("{count} days", count=days)
    if seconds >= 3_600 and seconds % 3_600 == 0:
        hours = seconds // 3_600
        return Said("1 hour") if hours == 1 else Said("{count} hours", count=hours)
    if seconds >= 60 and seconds % 60 == 0:
        minutes = seconds // 60
        return Said("1 minute") if minutes == 1 else Said("{count} minutes", count=minutes)
    return Said("1 second") if seconds == 1 else Said("{count} seconds", count=seconds)
