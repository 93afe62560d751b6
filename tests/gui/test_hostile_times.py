"""A message stamped with an impossible time cannot kill the app, in any time zone.

``astimezone()`` raises OverflowError for year 1 west of UTC (and year 9999 east of it); raised
inside Qt's handling of new rows it aborted the process with SIGSEGV. The crash runs in a child
process, so a regression fails this test instead of killing the test run.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from moderator.core.filtering import MessageFilter
from moderator.core.models import Author, ChatMessage
from moderator.ui.kit.guard import PROBLEMS, UNKNOWN_TIME, guarded, nothing
from moderator.ui.messages.delegate import MessageDelegate
from moderator.ui.messages.message_model import Index, MessageModel
from moderator.ui.messages.message_view import MessageView
from moderator.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

#: the path a row takes to the screen: model, view, delegate, tooltip, the search results
#: table, with messages that skipped the converters (an old archive)
CHILD = textwrap.dedent(
    """
    from datetime import UTC, datetime, timedelta, timezone

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from moderator.core.models import Author, ChatMessage
    from moderator.ui.messages.message_model import MessageModel
    from moderator.ui.across.message_table import MessageTableModel
    from moderator.ui.messages.message_view import MessageView

    app = QApplication([])
    stamps = [
        datetime(1, 1, 1, tzinfo=UTC),
        datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))),
        datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-12))),
    ]
    rows = [
        ChatMessage(f"m{i}", "prism:1", Author("a", "Mallory"), "hello", stamp)
        for i, stamp in enumerate(stamps)
    ]
    model = MessageModel()
    view = MessageView(model)
    view.resize(500, 300)
    view.show()
    model.enqueue(rows)
    model.flush()
    app.processEvents()
    view.grab()
    for row in range(model.rowCount()):
        model.data(model.index(row), Qt.ItemDataRole.ToolTipRole)
    table = MessageTableModel(lambda key: key)
    table.set_messages(rows)
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            table.data(table.index(row, column))
    print("survived")
    """
)


@pytest.mark.parametrize("zone", ["America/Los_Angeles", "Pacific/Kiritimati", "Etc/GMT+12"])
def test_the_app_survives_impossible_times_in_any_zone(zone: str) -> None:
    env = {**os.environ, "TZ": zone, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "survived" in done.stdout


@pytest.fixture
def west_of_utc() -> Iterator[None]:
    """The moderator's zone is Los Angeles for this test (``astimezone()`` reads TZ)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/Los_Angeles"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def hostile_rows() -> list[ChatMessage]:
    arrived = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    return [
        ChatMessage("ok", "prism:1", Author("a", "Ann"), "fine", arrived),
        # what the converters make of an impossible time
        ChatMessage("unknown", "prism:1", Author("b", "Bob"), "hi", arrived, time_known=False),
        # one that skipped them (an old archive): year 1 cannot be shown west of UTC
        ChatMessage("year1", "prism:1", Author("c", "Cy"), "hi", datetime(1, 1, 1, tzinfo=UTC)),
    ]


def test_a_row_without_a_usable_time_says_time_unknown(qtbot: QtBot, west_of_utc: None) -> None:
    model = MessageModel()
    view = MessageView(model)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    model.enqueue(hostile_rows())
    model.flush()
    delegate = view.itemDelegate()
    assert isinstance(delegate, MessageDelegate)
    shown = [delegate.layout(m, view.font(), 480).time for m in model.messages()]
    assert shown[0] != UNKNOWN_TIME
    assert shown[1:] == [UNKNOWN_TIME, UNKNOWN_TIME]
    tips = [model.data(model.index(r), Qt.ItemDataRole.ToolTipRole) for r in range(3)]
    assert tips[1].endswith(UNKNOWN_TIME)
    assert tips[2].endswith(UNKNOWN_TIME)
    assert not view.grab().isNull()


class BrokenModel(MessageModel):
    """A model whose every answer fails, as a future bug in display code would."""

    @guarded(nothing)
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        raise RuntimeError("a bug in data()")


def test_an_exception_in_display_code_is_logged_and_counted_not_fatal(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    before = PROBLEMS.count
    model = BrokenModel()
    view = MessageView(model)
    window.setCentralWidget(view)
    window.show()
    with caplog.at_level(logging.ERROR, logger="moderator.ui.kit.guard"):
        model.enqueue(hostile_rows())
        model.flush()
        # the rows in sight are measured in the turn after the insert, painted in the next
        qtbot.waitUntil(lambda: PROBLEMS.count > before)
        assert not window.grab().isNull()
    assert PROBLEMS.count > before
    assert "a bug in data()" in caplog.text
    assert window.problems_label.isVisibleTo(window)
    assert f"{PROBLEMS.count:,} display problems" in window.problems_label.text()


def test_a_failing_paint_is_logged_once_not_on_every_frame(
    caplog: pytest.LogCaptureFixture,
) -> None:
    @guarded(lambda: "fallback")
    def paint() -> str:
        raise ValueError("every frame")

    with caplog.at_level(logging.ERROR, logger="moderator.ui.kit.guard"):
        assert [paint() for _ in range(50)] == ["fallback"] * 50
    assert caplog.text.count("display problem in") == 1


class BrokenFilter(MessageFilter):
    """A filter with a bug: the view meets it while taking new rows in."""

    @property
    def active(self) -> bool:
        return True

    def accepts(self, message: ChatMessage) -> bool:
        raise RuntimeError("a bug in a filter")


def test_an_exception_while_the_view_takes_rows_in_is_counted_not_fatal(qtbot: QtBot) -> None:
    model = MessageModel()
    view = MessageView(model)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    view.row_filter = BrokenFilter()
    before = PROBLEMS.count
    model.enqueue(hostile_rows())
    model.flush()
    assert PROBLEMS.count > before
    view.row_filter = MessageFilter()
    model.enqueue([ChatMessage("later", "prism:1", Author("a", "Ann"), "still here", NOW)])
    model.flush()
    assert not view.grab().isNull()
    assert model.rowCount() == 4
