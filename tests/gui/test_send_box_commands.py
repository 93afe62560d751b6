"""Commands typed in a stream tab's send box, against the PRISM and Allmine fakes: each one asks
through the tab's presenter exactly as its key does, an unknown one is never sent as chat, a
platform that cannot do it says why, look-alike names are asked about, and completion offers
commands and the chat's names."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from moderator.core.filtering import MessageFilter
from moderator.fakes.allmine import AllmineFake
from moderator.fakes.chatter import Viewer
from moderator.fakes.prism import PrismFake
from moderator.ui.actions.restrict_dialog import RestrictDialog
from moderator.ui.stream.pick_author import PickAuthor
from moderator.ui.stream.stream_tab import StreamTab
from tests.gui.conftest import Runner, until
from tests.gui.tabkit import MemoryAudit, open_tab, select_rows, viewer_rows

LIVE = "1001"
OWL = Viewer("owl-1", "NightOwl")
#: a capital i where the l was: the same name at a glance
OWL_TWIN = Viewer("owl-2", "NightOwI")


@pytest.fixture
def prism() -> PrismFake:
    service = PrismFake(seed=7, lives=1)
    service.add_chatter(20)
    service.post(service.lives[LIVE], OWL, "FREE FOLLOWERS at bit.ly/x")
    return service


def type_line(tab: StreamTab, line: str) -> None:
    tab.send_box.setFocus()
    tab.send_box.clear()
    QTest.keyClicks(tab.send_box, line)
    tab.send_box.popup.hide()  # what was typed is sent as typed
    QTest.keyClick(tab.send_box, Qt.Key.Key_Return)


def test_timeout_command_opens_the_timeout_dialog_filled_in_and_times_out(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    audit = MemoryAudit()
    tab, _ = open_tab(qtbot, prism, arun, rows=21, audit=audit)
    tab.controller.undo_delay = 0
    type_line(tab, "/timeout @nightowl 30s spam links")
    dialog = tab.actions_.dialog
    assert isinstance(dialog, RestrictDialog)
    assert dialog.question.text() == "Time out NightOwl on PRISM for 30 seconds?"
    assert dialog.reason.text() == "spam links"
    assert tab.send_box.text() == ""
    assert tab.send_box.history[-1] == "/timeout @nightowl 30s spam links"
    QTest.keyClick(dialog, Qt.Key.Key_Return)

    async def timed_out() -> None:
        await until(lambda: prism.restriction(LIVE, OWL.id) == "timeout", what="the timeout")
        await until(lambda: audit.results("timeout") == ["done"], what="the audit record")
        await tab.controller.close()

    arun(timed_out())
    assert "30 seconds" in audit.records[-1].detail
    assert "/timeout" not in " ".join(prism.texts(LIVE))


def test_ban_command_asks_like_the_b_key(qtbot: QtBot, prism: PrismFake, arun: Runner[Any]) -> None:
    tab, _ = open_tab(qtbot, prism, arun, rows=21)
    type_line(tab, "/ban NightOwl")
    dialog = tab.actions_.dialog
    assert isinstance(dialog, RestrictDialog)
    assert dialog.question.text() == "Ban NightOwl on PRISM permanently?"
    dialog.reject()  # cancelled: nothing is sent
    arun(tab.controller.close())
    assert prism.restriction(LIVE, OWL.id) is None


def test_an_unknown_command_is_not_sent_and_says_so(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, _ = open_tab(qtbot, prism, arun, rows=21)
    before = list(prism.texts(LIVE))
    type_line(tab, "/bna NightOwl")
    assert tab.command_answer.isVisible()
    assert "There is no command /bna: nothing was sent. Did you mean /ban?" in (
        tab.command_answer.text()
    )
    assert tab.send_box.text() == "/bna NightOwl"  # kept, to be corrected
    type_line(tab, "//shrug")

    async def sent() -> None:
        await until(lambda: "/shrug" in prism.texts(LIVE), what="the // line as chat")
        await tab.controller.close()

    arun(sent())
    assert prism.texts(LIVE) == [*before, "/shrug"]


def test_unknown_names_and_look_alikes(qtbot: QtBot, prism: PrismFake, arun: Runner[Any]) -> None:
    prism.post(prism.lives[LIVE], OWL_TWIN, "hello")
    tab, _ = open_tab(qtbot, prism, arun, rows=22)
    type_line(tab, "/ban Grace")
    assert "Nobody called “Grace” has written in this chat" in tab.command_answer.text()
    type_line(tab, "/ban nightowl")
    picker = tab.commands.picker
    assert isinstance(picker, PickAuthor)
    assert picker.list.count() == 2
    assert "id owl-1" in picker.list.item(0).text()  # the exact spelling first
    picker.list.setCurrentRow(1)
    picker.accept()
    dialog = tab.actions_.dialog
    assert isinstance(dialog, RestrictDialog)
    assert dialog.question.text() == "Ban NightOwI on PRISM permanently?"
    dialog.reject()
    arun(tab.controller.close())


def test_delete_command_deletes_the_selection(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, _ = open_tab(qtbot, prism, arun, rows=21)
    tab.controller.undo_delay = 0
    type_line(tab, "/delete")
    assert "Select the messages in the list first" in tab.command_answer.text()
    chosen = select_rows(tab, viewer_rows(tab)[:2])
    type_line(tab, "/delete")

    async def deleted() -> None:
        gone = lambda: not any(prism.message_facts(LIVE, m.id).exists for m in chosen)  # noqa: E731
        await until(gone, what="the deletes")
        await tab.controller.close()

    arun(deleted())


def test_clear_empties_the_view_only(qtbot: QtBot, prism: PrismFake, arun: Runner[Any]) -> None:
    tab, _ = open_tab(qtbot, prism, arun, rows=21)
    rows = tab.controller.model.rowCount()
    type_line(tab, "/clear")
    assert tab.view.shown_count() == 0
    assert tab.controller.model.rowCount() == rows  # still held, still on the platform
    assert "Nothing was deleted on PRISM" in tab.command_answer.text()
    tab.apply_filter(MessageFilter(text="a"))  # the filter bar does not bring them back
    assert tab.view.shown_count() == 0
    prism.post(prism.lives[LIVE], OWL, "after the clear")

    async def new_one_shows() -> None:
        await until(lambda: tab.view.shown_count() == 0, what="filtered")
        tab.apply_filter(MessageFilter())
        await until(lambda: tab.view.shown_count() == 1, what="the new message")
        await tab.controller.close()

    arun(new_one_shows())
    assert len(prism.texts(LIVE)) == rows + 1


def test_help_lists_the_commands(qtbot: QtBot, prism: PrismFake, arun: Runner[Any]) -> None:
    tab, _ = open_tab(qtbot, prism, arun, rows=21)
    type_line(tab, "/help")
    assert "/timeout name 10m [reason] — Time an author out" in tab.command_answer.text()
    assert tab.send_box.text() == ""
    arun(tab.controller.close())


def test_a_platform_without_bans_says_why(qtbot: QtBot, arun: Runner[Any]) -> None:
    allmine = AllmineFake(seed=3)
    allmine.add_chatter(30)
    tab, _ = open_tab(qtbot, allmine, arun, rows=3)
    name = tab.controller.model.message(viewer_rows(tab)[0]).author.name
    type_line(tab, f"/timeout {name} 10m")
    answer = tab.command_answer.text()
    assert answer.startswith("/timeout is not available on Allmine:")
    assert isinstance(tab.actions_.dialog, type(None) | QMessageBox)  # nothing was asked
    arun(tab.controller.close())


def test_completion_of_commands_and_names(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, _ = open_tab(qtbot, prism, arun, rows=21)
    box = tab.send_box
    box.setFocus()
    QTest.keyClicks(box, "/ti")
    popup = box.popup
    assert popup.isVisible()
    assert popup.model().index(0, 0).data() == "/timeout"
    QTest.keyClick(popup, Qt.Key.Key_Return)  # takes the word: sends nothing
    assert box.text() == "/timeout "
    assert tab.actions_.dialog is None
    QTest.keyClicks(box, "Nig")
    assert popup.isVisible()
    assert popup.model().index(0, 0).data() == "NightOwl"
    QTest.keyClick(popup, Qt.Key.Key_Tab)
    assert box.text() == "/timeout NightOwl "
    assert box.hasFocus()
    QTest.keyClicks(box, "1h")
    QTest.keyClick(box, Qt.Key.Key_Return)
    dialog = tab.actions_.dialog
    assert isinstance(dialog, RestrictDialog)
    assert dialog.question.text() == "Time out NightOwl on PRISM for 1 hour?"
    dialog.reject()
    QTest.keyClicks(box, "/help")  # typed in full: nothing left to complete, Enter runs it
    assert not popup.isVisible()
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert "/ban name [reason]" in tab.command_answer.text()
    arun(tab.controller.close())
