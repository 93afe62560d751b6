"""The app as Orca sees it: the demo runs under Xvfb with Qt's AT-SPI bridge on, and another
process (the system python3 with pyatspi, tests/a11y/reader.py) walks its tree over the
accessibility bus, reads the rows, moves the focus with the keyboard, deletes a row with the
Delete key and hears what the app says.

Skipped where the stack is missing (at-spi2-core, dbus, Xvfb, python3-pyatspi); CI sets
MODERATOR_A11Y_REQUIRED=1, so there a missing piece fails instead.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from tests.a11y.stack import REQUIRED_ENV, missing_pieces, screen_reader_stack

READER = Path(__file__).with_name("reader.py")
#: "author, platform, time[, state…]: text"
ROW = re.compile(r"^[^,]+, [^,]+, \d\d:\d\d(, [^:]+)?: .+$")
APP = ["-m", "moderator", "--demo", "--language", "en", "--demo-streams", "1"]
APP += ["--demo-rate", "0", "--demo-backlog", "40", "--quit-after", "120"]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    missing = missing_pieces()
    if missing:
        message = "the screen-reader stack is missing: " + ", ".join(missing)
        if os.environ.get(REQUIRED_ENV) == "1":
            pytest.fail(message)
        pytest.skip(message)
    workdir = tmp_path_factory.mktemp("a11y")
    log = workdir / "app.log"
    with screen_reader_stack(workdir) as stack:
        app = stack.start_app([*APP, "--profile", str(workdir / "profile")], log)
        done = stack.run_reader(READER, limit=90)
        crashed = app.poll()
    heard: dict[str, Any] = json.loads(done.stdout or "{}")
    if "error" in heard or not heard:
        tail = log.read_text(errors="replace")[-2000:]
        pytest.fail(
            f"the screen reader's walk failed: {heard.get('error', done.stderr[-2000:])}\n"
            f"app exit code: {crashed}; app log tail:\n{tail}"
        )
    return heard


def test_the_window_its_tabs_and_a_chat_list_are_found(report: dict[str, Any]) -> None:
    assert report["frame"].startswith("Moderator")
    tabs = [name for names in report["tabs"] for name in names]
    assert any("Late-night ranked grind" in name for name in tabs), tabs
    assert report["list"] == {"role": "list", "name": "Chat messages", "count": 40 - 3}


def test_every_row_reads_author_platform_time_state_and_text(report: dict[str, Any]) -> None:
    rows = report["rows"]
    assert len(rows) == report["list"]["count"]
    for row in rows:
        assert row["role"] == "list item"
        assert ROW.match(row["name"]), row["name"]
        assert ", PRISM, " in row["name"]
        assert row["description"].startswith("PRISM, "), row


def test_showing_controls_all_have_names(report: dict[str, Any]) -> None:
    assert report["unnamed"] == []


def test_a_deleted_row_reads_deleted_and_keeps_the_focus(report: dict[str, Any]) -> None:
    target, row = report["target"], report["deleted_row"]
    author, text = target.partition(", ")[0], target.partition(": ")[2]
    assert row["name"].startswith(f"{author}, PRISM, ")
    assert row["name"].endswith(f", deleted: {text}")
    assert {"focused", "selected", "showing"} <= set(row["states"])
    # the row's buttons, pressable by the screen reader (the delete one greyed now, not gone)
    assert row["actions"][:1] == ["Delete"] and any(a.startswith("Ban") for a in row["actions"])


def test_focus_moves_and_the_change_is_announced(report: dict[str, Any]) -> None:
    events = report["events"]
    focused = [e for e in events if e["type"] == "object:state-changed:focused" and e["detail1"]]
    assert any(e["role"] == "list" and e["name"] == "Chat messages" for e in focused), focused
    # the keyboard's row gets the focus event itself (Qt's own list named the list instead)
    assert any(e["role"] == "list item" and e["name"] == report["target"] for e in focused)
    said = [e["said"] for e in events if e["type"] == "object:announcement"]
    author, text = report["target"].partition(", ")[0], report["target"].partition(": ")[2]
    assert any(s.startswith(f"Deleting {author}") and "Ctrl+Z" in s for s in said), said
    assert f"Deleted: {author}: {text}" in said, said


def test_rows_a_filter_hides_are_not_heard(report: dict[str, Any]) -> None:
    author = report["target"].partition(", ")[0]
    before = [row["name"] for row in report["rows"]]
    wanted = [n for n in before if author.casefold() in n.partition(", ")[0].casefold()]
    heard = report["filtered"]
    assert 0 < len(heard) < len(before)
    # the same rows, in order (the deleted one now says so)
    assert [n.partition(", ")[0] for n in heard] == [n.partition(", ")[0] for n in wanted]
    assert len(heard) == len(wanted)
