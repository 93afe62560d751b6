"""State changes are announced to screen readers: a row deleted or removed on the platform, an
action held for the undo delay, a ban, a failure. Heard through the announcement hook, as a
screen reader hears Qt's QAccessibleAnnouncementEvent."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from moderator.core.actions import ActionKind
from moderator.core.models import Author, ChatMessage, MessageKind, MessageState
from moderator.fakes.prism import PrismFake
from moderator.ui.actions.restrict_dialog import RestrictDialog
from moderator.ui.kit.announce import Announcement, listen
from moderator.ui.messages.announcer import NAMED, said
from moderator.ui.messages.message_model import MessageModel
from moderator.ui.messages.message_view import MessageView
from tests.gui.conftest import Runner, until
from tests.gui.tabkit import current, open_tab, select_rows, viewer_rows

LIVE = "1001"


@pytest.fixture
def heard() -> Iterator[list[Announcement]]:
    got: list[Announcement] = []
    stop = listen(got.append)
    yield got
    stop()


def texts(heard: list[Announcement]) -> list[str]:
    return [a.text for a in heard]


def line(i: int) -> ChatMessage:
    return ChatMessage(str(i), "prism:7", Author("a", "Ana"), f"hello {i}", datetime.now(UTC))


def test_a_deleted_or_removed_row_is_said_only_by_a_list_on_screen(
    qtbot: QtBot, heard: list[Announcement]
) -> None:
    model = MessageModel()
    model.enqueue(line(i) for i in range(10))
    model.flush()
    view = MessageView(model)
    qtbot.addWidget(view)
    model.change_state("1", add=MessageState.DELETED)
    assert heard == []  # not on screen: nobody is reading it
    view.show()
    model.enqueue([line(20)])
    model.flush()
    assert heard == []  # the chat itself is read by moving through it, not shouted
    model.change_state("2", add=MessageState.DELETED)
    model.change_state("3", add=MessageState.DELETED | MessageState.REMOVED)
    model.change_state("2", add=MessageState.READ)  # reading is not news
    assert texts(heard) == ["Deleted: Ana: hello 2", "Removed on the platform: Ana: hello 3"]
    assert all(a.source is view and not a.assertive for a in heard)
    heard.clear()
    model.change_many([str(i) for i in range(4, 10)], add=MessageState.DELETED)
    assert texts(heard) == ["Deleted: 6 messages"]


def test_a_few_changes_are_named_and_many_are_counted() -> None:
    pairs = [(line(i), line(i).with_state(MessageState.DELETED)) for i in range(NAMED)]
    assert said(pairs).count("Deleted: Ana") == NAMED
    assert said([]) == ""


@pytest.fixture
def prism() -> PrismFake:
    fake = PrismFake(seed=4, lives=1)
    fake.add_chatter(30)
    return fake


def test_held_deleted_banned_and_failed_are_announced(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any], heard: list[Announcement]
) -> None:
    tab, gate = open_tab(qtbot, prism, arun, rows=20)
    tab.controller.undo_delay = 0.2
    rows = viewer_rows(tab)
    target = select_rows(tab, [rows[-1]])[0]
    tab.perform(ActionKind.DELETE)

    async def deleted() -> None:
        await until(lambda: current(tab, target).is_deleted, what="the delete")

    arun(deleted())
    said_now = texts(heard)
    assert any("held for" in s and "Ctrl+Z" in s for s in said_now), said_now
    assert f"Deleted: {target.author.name}: {target.text[:80]}" in said_now
    tab.controller.undo_delay = 0
    heard.clear()
    refused = select_rows(tab, [rows[-2]])[0]
    gate.forbidden = {refused.id}
    tab.perform(ActionKind.DELETE)

    async def failed() -> None:
        await until(lambda: any(a.assertive for a in heard), what="the failure")

    arun(failed())
    loud = [a for a in heard if a.assertive]
    assert "Could not delete" in loud[0].text and loud[0].source is tab.notice_label
    heard.clear()
    victim = select_rows(tab, [rows[-3]])[0]
    tab.perform(ActionKind.BAN)
    dialog = tab.actions_.dialog
    assert isinstance(dialog, RestrictDialog)
    dialog.accept()

    async def banned() -> None:
        await until(lambda: any("banned by you" in s for s in texts(heard)), what="the ban line")
        await tab.controller.close()

    arun(banned())
    assert f"{victim.author.name} was banned by you" in texts(heard)


def test_a_ban_line_that_makes_the_list_trim_is_still_said(
    qtbot: QtBot, heard: list[Announcement]
) -> None:
    model = MessageModel(limit=5)
    view = MessageView(model)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    model.enqueue(line(i) for i in range(5))
    model.flush()
    ban = ChatMessage(
        "m1",
        "prism:7",
        Author("me", "Moderator"),
        "Ana was banned by you",
        datetime.now(UTC),
        kind=MessageKind.MODERATION,
    )
    model.enqueue([line(5), line(6), ban])
    model.flush()  # three new rows over the limit: the view trims three of the oldest
    assert model.rowCount() == 5
    assert texts(heard) == ["Ana was banned by you"]
