"""Memory stays flat past the buffer (issue 12: growth over 10 minutes at 1,000 msg/s <= 5 %).

A tab's real pieces (controller, StreamState, model, archive, the automod gate with the
starter rules, the GC governor ticking) take a chat of unique texts from thousands of authors
until the buffer has been refilled several times. Once full, every message in is one trimmed
out: what is alive must stop growing. Counted, not timed.
"""

from __future__ import annotations

import asyncio
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from moderator.core import names
from moderator.core.automod import checks, memory
from moderator.gc_control import GcGovernor
from tests.gui.growth import Tab, open_tab, tables, traced_after

LIMIT = 2_000


@pytest.fixture
def tab(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Tab]:
    # automod's pace tables and text verdicts are bounded (tested on their own), sized to
    # the buffer here so they are full before the first count, as in a long run
    monkeypatch.setattr(memory, "WIDTH", LIMIT // 4)
    monkeypatch.setattr(checks, "TEXT_CACHE", LIMIT // 8)
    monkeypatch.setattr(names, "NAME_CACHE", LIMIT // 8)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    opened = open_tab(tmp_path, LIMIT)
    # the review queue is bounded too (what overflows it is shown): full early here
    opened.gate.queue.limit = LIMIT // 20
    yield opened
    opened.close()
    asyncio.set_event_loop(None)
    loop.close()


@pytest.fixture
def governor() -> Iterator[GcGovernor]:
    ticking = GcGovernor(clock=lambda: 0.0)  # the clock never moves: no reclaim
    ticking.install()
    yield ticking
    ticking.stop()


def test_the_tables_of_a_stream_stop_growing_once_the_buffer_is_full(tab: Tab) -> None:
    tab.feed(2 * LIMIT)
    full = tables(tab)
    for _ in range(6):
        tab.feed(LIMIT)
        # the moderator denies what automod held: those never become rows
        tab.gate.deny([held.key for held in tab.gate.queue.newest_first()])
    later = tables(tab)
    # the rows (and what is offered, not admitted yet); the ids trimmed or held by automod
    # remembered for one more buffer's worth
    assert later["stream index"] <= LIMIT + LIMIT // 20, later
    assert later["remembered ids"] <= LIMIT, later
    assert later["automod marks"] <= full["automod marks"] * 1.05, (full, later)
    # thousands of rows marked by the dry-run rule share one string per distinct mark
    assert len({id(mark) for mark in tab.gate.marks.values()}) <= 2


def test_memory_after_five_buffers_stays_within_five_percent_of_one(
    tab: Tab, governor: GcGovernor
) -> None:
    tracemalloc.start()
    try:
        # the buffer, the remembered ids and automod's tables fill (traced: what is still
        # alive from this at the last count is counted, as it is in the app)
        traced_after(tab, 2 * LIMIT, governor)
        once = traced_after(tab, LIMIT, governor)
        five = traced_after(tab, 5 * LIMIT, governor)
    finally:
        tracemalloc.stop()
    assert five <= once * 1.05, f"{once:,} B after 1 x the buffer, {five:,} B after 5 x"


def test_a_closed_tab_leaves_no_marks_behind(tab: Tab) -> None:
    tab.feed(LIMIT // 2)
    assert tab.gate.marks
    tab.gate.detach(tab.controller)
    assert not tab.gate.marks
    tab.controller.model.trim()  # trims after the detach reach the gate no more
