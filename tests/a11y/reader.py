"""A screen reader's view of the running app, from another process, as Orca sees it.

Run by the SYSTEM python3 (it needs pyatspi, which the venv does not have) inside the same
D-Bus session and accessibility bus as the app (tests/a11y/stack.py starts them). It walks the
app's AT-SPI tree, selects a chat row and presses Delete through the registry (as a moderator at
a screen reader would), listens for the events that follow, and prints one JSON report on stdout.
Every wait polls a condition and gives up after its own time limit with a sentence saying what
never came. The test (test_screen_reader.py) judges the report.
"""

from __future__ import annotations

import ctypes
import json
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

APP_NAME = "Moderator"
LIST_NAME = "Chat messages"
DELETE_KEYSYM = 0xFFFF
END_KEYSYM = 0xFF57
UP_KEYSYM = 0xFF52
#: interactive roles a moderator can reach with Tab: each must have a name
NAMED_ROLES = {"push button", "check box", "combo box", "text", "list", "table", "page tab"}
#: containers not worth descending into (menus are Qt's own; rows are read by the list checks)
SKIP_INTO = {"menu bar", "list", "table", "tree table", "combo box"}


def focus_window_under_pointer() -> None:
    """Do what a window manager does on a click: give the top-level window under the pointer
    the keyboard focus (Xvfb runs none, and Qt ignores focus that merely follows the pointer)."""
    x11 = ctypes.CDLL("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XQueryPointer.argtypes = [ctypes.c_void_p, ctypes.c_ulong, *[ctypes.c_void_p] * 7]
    x11.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    if not display:
        raise Timeout("the X display could not be opened")
    root_back, child = ctypes.c_ulong(), ctypes.c_ulong()
    ints = [ctypes.c_int() for _ in range(4)]
    mask = ctypes.c_uint()
    x11.XQueryPointer(
        display,
        x11.XDefaultRootWindow(display),
        ctypes.byref(root_back),
        ctypes.byref(child),
        *[ctypes.byref(i) for i in ints],
        ctypes.byref(mask),
    )
    if not child.value:
        raise Timeout("no window under the pointer")
    x11.XSetInputFocus(display, child.value, 2, 0)  # RevertToParent, CurrentTime
    x11.XFlush(display)
    x11.XCloseDisplay(display)


class Timeout(Exception):
    pass


def pump(seconds: float) -> None:
    """Let GLib deliver D-Bus events for ``seconds`` (the listeners run in here)."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if not context.iteration(False):
            time.sleep(0.02)


def wait_for(what: str, probe: Callable[[], Any], limit: float) -> Any:
    """Poll ``probe`` (events keep flowing meanwhile) until it gives something truthy."""
    end = time.monotonic() + limit
    last_error = ""
    while time.monotonic() < end:
        try:
            found = probe()
        except Exception as error:  # the app may still be building its tree
            found, last_error = None, f" (last error: {error})"
        if found:
            return found
        pump(0.1)
    raise Timeout(f"{what} did not happen within {limit:.0f} s{last_error}")


def children(node: Any) -> list[Any]:
    return [c for c in (node.getChildAtIndex(i) for i in range(node.childCount)) if c is not None]


def states(node: Any) -> set[str]:
    return {pyatspi.stateToString(s) for s in node.getState().getStates()}


def find_all(node: Any, match: Callable[[Any], bool], depth: int = 0) -> list[Any]:
    found = [node] if match(node) else []
    if depth > 25 or node.getRoleName() in SKIP_INTO:
        return found
    for child in children(node):
        found += find_all(child, match, depth + 1)
    return found


def the_app() -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    return next((a for a in children(desktop) if a.name == APP_NAME), None)


def showing_list(frame: Any) -> Any:
    lists = find_all(
        frame,
        lambda n: n.getRoleName() == "list" and n.name == LIST_NAME and "showing" in states(n),
    )
    return lists[0] if lists and lists[0].childCount > 0 else None


def action_names(node: Any) -> list[str]:
    try:
        actions = node.queryAction()
    except NotImplementedError:  # no action interface: nothing to press
        return []
    return [actions.getName(i) for i in range(actions.nActions)]


def row_facts(row: Any) -> dict[str, Any]:
    return {
        "role": row.getRoleName(),
        "name": row.name,
        "description": row.description,
        "states": sorted(states(row)),
        "actions": action_names(row),
    }


def unnamed_controls(frame: Any) -> list[str]:
    """Showing controls a screen reader could land on that have no name to say."""
    bad = []
    for node in find_all(frame, lambda n: n.getRoleName() in NAMED_ROLES):
        if "showing" in states(node) and not any(ch.isalnum() for ch in node.name or ""):
            parent = node.parent
            bad.append(f"{node.getRoleName()} in {parent.getRoleName()} {parent.name!r}")
    return bad


class Events:
    """What the app told the accessibility bus after the listeners were registered."""

    KINDS = (
        "object:state-changed",
        "focus:",
        "object:property-change:accessible-name",
        "object:announcement",
    )

    def __init__(self) -> None:
        self.seen: list[dict[str, Any]] = []
        pyatspi.Registry.registerEventListener(self._heard, *self.KINDS)

    def _heard(self, event: Any) -> None:
        try:
            source = event.source
            name, role = (source.name, source.getRoleName()) if source is not None else ("", "")
        except Exception:  # the source may be gone already (a trimmed row)
            name, role = "", ""
        said = event.any_data if isinstance(event.any_data, str) else ""
        self.seen.append(
            {"type": event.type, "detail1": event.detail1, "role": role, "name": name, "said": said}
        )

    def of(self, prefix: str) -> list[dict[str, Any]]:
        return [e for e in self.seen if e["type"].startswith(prefix)]


def ordinary(name: str) -> bool:
    """An ordinary message not yet deleted (one a moderator may delete)."""
    head = name.partition(": ")[0]
    return not any(w in head for w in ("deleted", "removed", "pending", "system", "moderation"))


def press(keysym: int) -> None:
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)


def focused_row(chat: Any) -> Any:
    return next((r for r in children(chat) if "focused" in states(r)), None)


def moved_from(chat: Any, name: str) -> Any:
    row = focused_row(chat)
    return row if row is not None and row.name != name else None


def read_tree(report: dict[str, Any]) -> tuple[Any, Any]:
    """The window, its tabs, the shown chat list and its rows, and any control without a name."""
    app = wait_for("the app on the accessibility bus", the_app, 40)
    frame = wait_for(
        "the main window",
        lambda: next((w for w in children(app) if w.getRoleName() == "frame"), None),
        20,
    )
    report["frame"] = frame.name
    chat = wait_for("a chat list with rows", lambda: showing_list(frame), 40)
    tab_lists = find_all(frame, lambda n: n.getRoleName() == "page tab list")
    report["tabs"] = [[t.name for t in children(tl)] for tl in tab_lists]
    report["list"] = {"role": chat.getRoleName(), "name": chat.name, "count": chat.childCount}
    report["rows"] = [row_facts(r) for r in children(chat)]
    report["unnamed"] = unnamed_controls(frame)
    return frame, chat


def focus_the_list(frame: Any, chat: Any) -> Any:
    """Activate the window, focus the list, and walk up from the newest row to an ordinary one
    with the keyboard; the focused row."""
    box = frame.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(box.x + 5, box.y + 5, "abs")  # over the menu bar
    pump(0.2)
    focus_window_under_pointer()
    wait_for("the window to become active", lambda: "active" in states(frame), 10)
    chat.queryComponent().grabFocus()
    wait_for("the focus on the chat list", lambda: "focused" in states(chat), 10)
    press(END_KEYSYM)
    row = wait_for("the focus on the last row", lambda: focused_row(chat), 10)
    for _ in range(10):  # up to an ordinary message, as a moderator reading upwards would
        if ordinary(row.name):
            break
        above = row.name
        press(UP_KEYSYM)
        row = wait_for("the focus on the row above", partial(moved_from, chat, above), 10)
    return row


def delete_it(chat: Any, target: str) -> Any:
    """Press Delete; the same row once it reads "deleted"."""
    press(DELETE_KEYSYM)
    author, text = target.partition(", ")[0], target.partition(": ")[2]

    def deleted_row() -> Any:
        for row in children(chat):
            name = row.name
            head = name.partition(": ")[0]
            if name.startswith(author + ",") and name.endswith(": " + text) and "deleted" in head:
                return row
        return None

    return wait_for("the deleted row to read 'deleted'", deleted_row, 25)


def filter_by_author(chat: Any, author: str, total: int) -> list[str]:
    """Type ``author`` into the tab's author filter (as a screen reader's editable text does);
    the names of the list's rows once fewer than ``total`` are left."""
    tab = chat.parent
    field = next(
        (n for n in children(tab) for n in find_all(n, lambda n: n.name == "Filter by author")),
        None,
    )
    if field is None:
        raise Timeout("the author filter field was not found beside the list")
    field.queryEditableText().setTextContents(author)
    wait_for("the filter to hide rows", lambda: 0 < chat.childCount < total, 10)
    return [row.name for row in children(chat)]


def read(report: dict[str, Any]) -> None:
    frame, chat = read_tree(report)
    events = Events()
    report["target"] = focus_the_list(frame, chat).name
    report["deleted_row"] = row_facts(delete_it(chat, report["target"]))
    pump(0.3)  # the events sent with the change
    report["events"] = events.seen
    author = report["target"].partition(", ")[0]
    report["filtered"] = filter_by_author(chat, author, chat.childCount)


def main() -> int:
    report: dict[str, Any] = {}
    try:
        read(report)
    except Timeout as error:
        report["error"] = str(error)
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
