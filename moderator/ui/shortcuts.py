"""Every keyboard shortcut of the app, in one place: the tab binds its keys from here and the
"Keyboard shortcuts" page renders :func:`shortcut_rows`."""

from __future__ import annotations

from dataclasses import dataclass

from moderator.core.actions import ACTIONS

#: tab-level keys beyond the moderation actions: name -> (keys, what it does)
TAB_KEYS: dict[str, tuple[str, str]] = {
    "mark_read_up_to": ("Ctrl+R", "Mark read up to here (every message down to the selected one)"),
    "next_unread": ("N", "Select the next unread message"),
    "next_by_author": ("Ctrl+Down", "Next message by the same author"),
    "previous_by_author": ("Ctrl+Up", "Previous message by the same author"),
    "filter": ("Ctrl+F", "Filter this tab: text, author, unread only, links"),
    "undo": ("Ctrl+Z", "Undo the last delete or ban while its toast is shown"),
    "cancel_batch": ("Ctrl+.", "Cancel the rest of a running bulk action"),
    "retry_failed": ("Ctrl+Shift+R", "Retry what failed in the last bulk action"),
    "send_box": ("Ctrl+L", "Go to the send box"),
}


@dataclass(frozen=True, slots=True)
class ShortcutRow:
    group: str
    keys: str
    description: str


def shortcut_rows() -> list[ShortcutRow]:
    """All shortcuts, grouped as a help page shows them."""
    rows = [ShortcutRow("On the selected messages", s.shortcut, s.label) for s in ACTIONS]
    rows += [ShortcutRow("In a stream tab", keys, text) for keys, text in TAB_KEYS.values()]
    rows += [
        ShortcutRow("In the message list", keys, text)
        for keys, text in (
            ("Up / Down", "Previous / next message"),
            ("Shift+Up / Shift+Down", "Extend the selection"),
            ("Page Up / Page Down", "A screen up / down"),
            ("Home / End", "Oldest message / newest message (and follow the chat)"),
            ("Ctrl+A", "Select every message"),
            ("Menu key or Shift+F10", "Open the context menu"),
        )
    ]
    rows += [
        ShortcutRow("In the send box", "Enter", "Send"),
        ShortcutRow("In the send box", "Up / Down", "Earlier / later sent messages"),
        ShortcutRow("In the filter bar", "Esc", "Clear the filter and close the bar"),
        ShortcutRow("In a dialog", "Enter / Esc", "Confirm / cancel"),
    ]
    rows += [
        ShortcutRow("Window", keys, text)
        for keys, text in (
            ("Ctrl+N", "Connect a stream"),
            ("Ctrl+W", "Close the tab"),
            ("Ctrl+,", "Settings"),
            ("Ctrl+Q", "Quit"),
        )
    ]
    return rows


def shortcut_html() -> str:
    """The rows as an HTML table, for a message box."""
    parts: list[str] = []
    group = ""
    for row in shortcut_rows():
        if row.group != group:
            group = row.group
            parts.append(f"<tr><td colspan=2><br><b>{group}</b></td></tr>")
        parts.append(f"<tr><td><tt>{row.keys}</tt></td><td>{row.description}</td></tr>")
    return f"<table cellspacing=4>{''.join(parts)}</table>"
