"""Every key the app answers to, declared once.

The moderation actions' menu labels and keys, the stream tab's keys, the window's menu keys, the
list's and the send box's keys: the context menus, the key handling of every view (stream tab,
All streams, search results, user card), Help → Keyboard shortcuts and the README's key table
are all generated from :data:`KEYMAP`. Keys are written in Qt's portable form ("Ctrl+Shift+F"),
so ``QKeySequence(keys)`` reads them on every platform.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass


class Scope(enum.Enum):
    """Where a key works, in the words the help page uses for its sections."""

    MESSAGES = "On the selected messages (a tab, All streams, search results, user card)"
    TAB = "In a stream tab"
    LIST = "In the message list"
    SEND_BOX = "In the send box"
    FILTER = "In the filter bar"
    DIALOG = "In a dialog"
    REVIEW = "In the automod review queue"
    WINDOW = "Window"


@dataclass(frozen=True, slots=True)
class Binding:
    #: stable identifier; a moderation action's is its ``ActionKind`` value
    name: str
    #: the first is the one shown in menus; the others work too
    keys: tuple[str, ...]
    #: the menu entry's text (a moderation action's label)
    label: str
    #: what it does, for the help page and the README
    description: str
    scope: Scope
    #: handled by a Qt widget itself (the list's arrows): listed, never bound by the app
    builtin: bool = False

    @property
    def key(self) -> str:
        return self.keys[0]

    @property
    def shown_keys(self) -> str:
        return " or ".join(self.keys)


def _b(name: str, keys: str, label: str, description: str, scope: Scope) -> Binding:
    return Binding(name, tuple(keys.split(" | ")), label, description, scope)


def _builtin(keys: str, description: str, scope: Scope) -> Binding:
    return Binding("", tuple(keys.split(" | ")), description, description, scope, builtin=True)


M, T, L, W = Scope.MESSAGES, Scope.TAB, Scope.LIST, Scope.WINDOW
KEYMAP: tuple[Binding, ...] = (
    _b("delete", "Del", "Delete", "Delete (struck through, kept visible)", M),
    _b("delete permanently", "Shift+Del", "Delete permanently", "Delete permanently", M),
    _b("mark read", "R", "Mark as read", "Mark as read (kept on this computer where needed)", M),
    _b("mark unread", "Shift+R", "Mark as unread", "Mark as unread", M),
    _b("timeout", "T", "Timeout author…", "Time the author out (presets, a reason)", M),
    _b("ban", "B", "Ban author…", "Ban the author", M),
    _b("unban", "U", "Unban author", "Unban the author", M),
    _b("flag", "F", "Flag for review", "Flag for review", M),
    _b("end chat", "Ctrl+E", "End this chat", "End the chat (LivePerson)", M),
    _b("mark_read_up_to", "Ctrl+R", "Mark read up to here", "Mark read up to here", T),
    _b("next_unread", "N", "Next unread", "Select the next unread message", T),
    _b("next_by_author", "Ctrl+Down", "Next by author", "Next message by the same author", T),
    _b(
        "previous_by_author",
        "Ctrl+Up",
        "Previous by author",
        "Previous message by the same author",
        T,
    ),
    _b("filter", "Ctrl+F", "Filter", "Filter: text, author, unread only, links", T),
    _b("undo", "Ctrl+Z", "Undo", "Undo the last delete or ban while its toast shows", T),
    _b("cancel_batch", "Ctrl+.", "Cancel bulk action", "Cancel the rest of a bulk action", T),
    _b("retry_failed", "Ctrl+Shift+R", "Retry failed", "Retry what failed in a bulk action", T),
    _b("send_box", "Ctrl+L", "Go to the send box", "Go to the send box", T),
    _b(
        "claim",
        "C",
        "I'm on it",
        "Claim the message for the team, or let it go (team workspace)",
        T,
    ),
    _b(
        "claim_author",
        "Shift+C",
        "I'm on this author",
        "Claim the message's author for the team, or let them go (team workspace)",
        T,
    ),
    _builtin("Up / Down", "Previous / next message", L),
    _builtin("Shift+Up / Shift+Down", "Extend the selection", L),
    _builtin("PgUp / PgDown", "A screen up / down", L),
    _builtin("Home / End", "Oldest message / newest (and follow the chat)", L),
    _builtin("Ctrl+A", "Select every message", L),
    _builtin("Menu | Shift+F10", "Open the context menu", L),
    _builtin("Enter", "Send", Scope.SEND_BOX),
    _builtin("Up / Down", "Earlier / later sent messages", Scope.SEND_BOX),
    _builtin("Esc", "Clear the filter and close the bar", Scope.FILTER),
    _builtin("Enter / Esc", "Confirm / cancel", Scope.DIALOG),
    _b("review_approve", "A", "Approve", "Approve: show the held message in its tab", Scope.REVIEW),
    _b("review_deny", "D | Del", "Deny", "Deny: delete it where the platform can", Scope.REVIEW),
    _b(
        "review_deny_timeout",
        "T",
        "Deny + timeout…",
        "Deny, then time the author out",
        Scope.REVIEW,
    ),
    _b("review_deny_ban", "B", "Deny + ban…", "Deny, then ban the author", Scope.REVIEW),
    _b("review_queue", "Ctrl+Shift+H", "Automod &review queue", "Automod review queue", W),
    _b("automod_rules", "Ctrl+Shift+M", "Automod &rules…", "Automod rules", W),
    _b("connect", "Ctrl+N", "&Connect a stream…", "Connect a stream", W),
    _b("close_tab", "Ctrl+W", "Close &tab", "Close the tab", W),
    _b("next_tab", "Ctrl+PgDown | Ctrl+Tab", "&Next tab", "Next tab", W),
    _b("previous_tab", "Ctrl+PgUp | Ctrl+Shift+Tab", "&Previous tab", "Previous tab", W),
    _b("search", "Ctrl+Shift+F", "&Search all streams…", "Search every stream and archive", W),
    _b("user_card", "Ctrl+Shift+U", "&User card of the selected author", "User card", W),
    _b("all_streams", "Ctrl+Shift+A", "&All streams tab", "All streams tab", W),
    _b("audit_log", "Ctrl+Shift+L", "Audit &log", "Audit log", W),
    _b("settings", "Ctrl+,", "&Settings…", "Settings", W),
    _b("zoom_in", "Ctrl++ | Ctrl+=", "Zoom &in", "Larger chat text (every list)", W),
    _b("zoom_out", "Ctrl+-", "Zoom &out", "Smaller chat text (every list)", W),
    _b("zoom_reset", "Ctrl+0", "&Normal size", "Chat text at its normal size", W),
    _b("shortcuts", "F1", "&Keyboard shortcuts", "Every shortcut on one page", W),
    _b("quit", "Ctrl+Q", "&Quit", "Quit", W),
)
BY_NAME = {b.name: b for b in KEYMAP if b.name}


def binding(name: str) -> Binding:
    """The binding called ``name``; a typo fails loudly at import time of its user."""
    return BY_NAME[name]


def of_scope(scope: Scope) -> list[Binding]:
    return [b for b in KEYMAP if b.scope is scope]


def help_rows(bindings: Iterable[Binding] = KEYMAP) -> list[tuple[str, str, str]]:
    """(section, keys, what it does) for the help page, in the keymap's order."""
    return [(b.scope.value, b.shown_keys, b.description) for b in bindings]


def markdown_table(bindings: Iterable[Binding] = KEYMAP) -> str:
    """The README's key table: one row per key, its section first."""
    lines = ["| where | keys | what it does |", "|---|---|---|"]
    for b in bindings:
        where = b.scope.value.split(" (")[0]
        keys = " or ".join(f"`{k}`" for k in b.keys)
        lines.append(f"| {where} | {keys} | {b.description.replace('|', '/')} |")
    return "\n".join(lines) + "\n"
