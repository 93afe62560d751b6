"""A row's moderation buttons, to a screen reader: each row lists them as actions (named as the
menu names them, with their keys); pressing one asks exactly as a click does, and a greyed one
says why instead of acting."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from pytestqt.qtbot import QtBot

from moderator.core.inline import InlineConfig, Show
from moderator.core.provider import Capability
from moderator.fakes.allmine import AllmineFake
from moderator.fakes.prism import PrismFake
from moderator.ui.actions.restrict_dialog import RestrictDialog
from moderator.ui.messages.shown_rows import position
from moderator.ui.stream.stream_tab import StreamTab
from tests.gui.conftest import Runner
from tests.gui.tabkit import open_tab, viewer_rows

ALWAYS = InlineConfig(show=Show.ALWAYS)


def actions_of(tab: StreamTab, row: int) -> QAccessibleActionInterface:
    face = QAccessible.queryAccessibleInterface(tab.view)
    assert face is not None
    item = face.child(position(tab.view, row))
    assert item is not None
    actions = item.actionInterface()
    assert actions is not None
    return actions


@pytest.fixture
def prism() -> PrismFake:
    service = PrismFake(seed=7, lives=1)
    service.add_chatter(20)
    return service


def test_each_row_lists_its_buttons_and_pressing_one_asks(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, _ = open_tab(qtbot, prism, arun, rows=20)
    tab.set_inline_buttons(ALWAYS)
    row = viewer_rows(tab)[-1]
    target = tab.controller.model.message(row)
    actions = actions_of(tab, row)
    assert actions.actionNames() == ["Delete", "Timeout author…", "Ban author…"]
    assert actions.keyBindingsForAction("Delete") == ["Del"]
    actions.doAction("Ban author…")
    dialog = tab.actions_.dialog
    assert isinstance(dialog, RestrictDialog)
    assert dialog.question.text() == f"Ban {target.author.name} on PRISM permanently?"
    dialog.reject()
    arun(tab.controller.close())


def test_a_greyed_button_says_why_and_does_nothing(qtbot: QtBot, arun: Runner[Any]) -> None:
    allmine = AllmineFake(seed=3)
    allmine.add_chatter(30)
    tab, _ = open_tab(qtbot, allmine, arun, rows=3)
    tab.set_inline_buttons(ALWAYS)
    actions = actions_of(tab, viewer_rows(tab)[-1])
    ban = next(n for n in actions.actionNames() if n.startswith("Ban"))
    reason = tab.controller.provider.unsupported_reason(Capability.BAN)
    assert reason and actions.localizedActionDescription(ban) == reason
    actions.doAction(ban)
    assert tab.actions_.dialog is None
    assert tab.hint_label.text() == reason
    arun(tab.controller.close())


def test_a_list_without_buttons_offers_no_actions(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, _ = open_tab(qtbot, prism, arun, rows=20)
    tab.set_inline_buttons(InlineConfig(kinds=(), show=Show.ALWAYS))
    face = QAccessible.queryAccessibleInterface(tab.view)
    assert face is not None
    assert face.child(0).actionInterface() is None
    arun(tab.controller.close())
