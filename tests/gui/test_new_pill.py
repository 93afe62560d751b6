"""The "N new messages" pill follows the filter: it counts only new rows the filter shows, and
goes away when the filter leaves nothing new to see or shows every row at once."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from moderator.core.filtering import MessageFilter
from moderator.fakes.prism import PrismFake
from tests.gui.conftest import Runner, until
from tests.gui.tabkit import open_tab

LIVE = "1001"


@pytest.fixture
def prism() -> PrismFake:
    service = PrismFake(seed=7, lives=1)
    service.add_chatter(40)
    return service


@pytest.fixture
def scrolled_up(qtbot: QtBot, prism: PrismFake, arun: Runner[Any]) -> Iterator[Any]:
    tab, _ = open_tab(qtbot, prism, arun, rows=40, limit=40)
    tab.view.verticalScrollBar().setValue(0)
    assert tab.view.paused
    yield tab
    arun(tab.controller.close())


def post(tab: Any, prism: PrismFake, arun: Runner[Any], viewer: int, texts: list[str]) -> None:
    model = tab.controller.model
    with prism.lock:
        author = prism.chatter.viewers[viewer]
        for text in texts:
            prism.post(prism.lives[LIVE], author, text)

    async def arrived() -> None:
        tab.controller.session.poke()
        await until(lambda: model.messages()[-1].text == texts[-1], what="new chat")
        model.flush()

    arun(arrived())


def test_new_rows_the_filter_hides_take_the_pill_away(
    scrolled_up: Any, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, view = scrolled_up, scrolled_up.view
    post(tab, prism, arun, 3, ["one", "two", "three"])
    assert view.pill.isVisibleTo(view) and view.pill.text() == "3 new messages ↓"
    others = {m.author.name for m in tab.controller.model.messages()} - {
        prism.chatter.viewers[3].name
    }
    view.set_filter(MessageFilter(author=sorted(others)[0]))
    assert not view.pill.isVisibleTo(view)
    view.set_filter(MessageFilter(text="two"))  # one of them shows again: counted again
    assert view.pill.isVisibleTo(view) is (view.verticalScrollBar().maximum() > 0)
    view.set_filter(MessageFilter())
    assert view.pill.isVisibleTo(view) and view.pill.text() == "3 new messages ↓"


def test_a_filter_showing_every_row_at_once_takes_the_pill_away(
    scrolled_up: Any, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, view = scrolled_up, scrolled_up.view
    post(tab, prism, arun, 3, ["first new", "second new"])
    assert view.pill.text() == "2 new messages ↓"
    view.set_filter(MessageFilter(text="new"))
    shown = [r for r in range(tab.controller.model.rowCount()) if not view.is_filtered_out(r)]
    assert len(shown) < 12 and view.verticalScrollBar().maximum() == 0  # all in sight
    assert not view.pill.isVisibleTo(view)
