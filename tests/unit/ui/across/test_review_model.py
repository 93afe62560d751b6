"""The review queue on screen follows a fast chat: rows come in at the top and leave where they
are, the selection stays on its rows, and a row's cells are made once, not on every change
(rebuilding every cell for each held message froze the demo at 200 messages a second)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from moderator.core.automod.review import Held
from moderator.core.automod.starter import starter_rules
from moderator.core.models import Author, ChatMessage
from moderator.ui.across.review_model import KEY, ReviewModel
from moderator.ui.across.review_queue import ReviewQueuePanel
from moderator.ui.bridge.automod import AutomodGate
from moderator.ui.bridge.routing import ActionRouter

START = datetime(2026, 11, 30, tzinfo=UTC)


def held(n: int, stream: str = "prism:1") -> Held:
    message = ChatMessage(
        f"m{n}", stream, Author(f"u{n}", f"viewer{n}"), f"spam {n}", START + timedelta(seconds=n)
    )
    return Held(message, "Spam phrases", "words:spam")


def shown_ids(model: ReviewModel) -> list[str]:
    return [h.message.id for r in range(model.rowCount()) if (h := model.held(r)) is not None]


@pytest.fixture
def gate(qtbot: QtBot) -> AutomodGate:
    return AutomodGate(starter_rules())


@pytest.fixture
def panel(gate: AutomodGate, qtbot: QtBot) -> ReviewQueuePanel:
    widget = ReviewQueuePanel(gate, ActionRouter(lambda _key: None))
    qtbot.addWidget(widget)
    return widget


def cells(item: Held) -> tuple[str, ...]:
    return ("t", item.message.stream_key, item.message.author.name, item.message.text, item.rule)


def test_new_rows_come_in_at_the_top_and_decided_ones_leave_where_they_are(
    gate: AutomodGate,
) -> None:
    model = ReviewModel(gate.queue, cells, lambda h: h.message.text)
    changes: list[tuple[str, int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: changes.append(("in", first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: changes.append(("out", first, last)))
    model.modelReset.connect(lambda: changes.append(("reset", 0, 0)))
    for n in range(6):
        gate.queue.add(held(n))
    model.sync()
    assert shown_ids(model) == ["m5", "m4", "m3", "m2", "m1", "m0"]
    gate.queue.take([("prism:1", "m4"), ("prism:1", "m3"), ("prism:1", "m0")])
    gate.queue.add(held(6))
    model.sync()
    assert shown_ids(model) == ["m6", "m5", "m2", "m1"]
    # two runs out (bottom first), one row in at the top; never the whole table again
    assert changes == [("in", 0, 5), ("out", 5, 5), ("out", 1, 2), ("in", 0, 0)]
    assert model.index(0, 3).data() == "spam 6"
    assert model.index(1, 0).data(KEY) == ("prism:1", "m5")


def test_the_selection_stays_on_its_rows_while_more_are_held(
    gate: AutomodGate, panel: ReviewQueuePanel
) -> None:
    for n in range(3):
        gate.queue.add(held(n))
    panel.refresh()
    panel.table.selectRow(1)  # m1
    for n in range(3, 8):
        gate.queue.add(held(n))
    panel.refresh()
    assert panel.selected_keys() == [("prism:1", "m1")]


def test_deciding_goes_on_to_the_next_row(gate: AutomodGate, panel: ReviewQueuePanel) -> None:
    for n in range(4):
        gate.queue.add(held(n))
    panel.refresh()
    panel.table.selectRow(1)  # m2
    panel.approve()
    assert shown_ids(panel.model) == ["m3", "m1", "m0"]
    assert panel.selected_keys() == [("prism:1", "m1")]  # the row now where m2 was


def test_a_fast_chat_makes_each_rows_cells_once(
    gate: AutomodGate, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[Held] = []
    own = ReviewQueuePanel._cells

    def counted(self: ReviewQueuePanel, item: Held) -> tuple[str, ...]:
        made.append(item)
        return own(self, item)

    monkeypatch.setattr(ReviewQueuePanel, "_cells", counted)
    panel = ReviewQueuePanel(gate, ActionRouter(lambda _key: None))
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    panel.show()
    for n in range(400):  # a held message at a time, as a fast chat holds them
        gate.queue.add(held(n))
        gate.held_changed.emit(len(gate.queue))
    qtbot.waitUntil(lambda: panel.table.model().rowCount() == 400)
    panel.table.viewport().repaint()
    # only the rows painted (a screenful, each once); before, every row's cells were made
    # again on each of the 400 changes (160,000 times)
    assert len(made) < 200, len(made)
    assert len({h.key for h in made}) == len(made)


def test_the_count_follows_the_queue(gate: AutomodGate, panel: ReviewQueuePanel) -> None:
    for n in range(3):
        gate.queue.add(held(n))
        gate.held_changed.emit(len(gate.queue))
    panel.refresh()
    assert "3" in panel.count_label.text()
