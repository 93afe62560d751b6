"""The moderation buttons on each row: painted where the settings say, a click asks through the
surface's presenter exactly as the key does, a greyed button says why, in a stream tab and in
All streams, and the Settings dialog edits them."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from moderator.core.actions import ActionKind
from moderator.core.inline import InlineConfig, Show
from moderator.core.provider import Capability
from moderator.fakes.allmine import AllmineFake
from moderator.fakes.prism import PrismFake
from moderator.storage.settings import Settings
from moderator.ui.actions.inline import InlineActions
from moderator.ui.actions.restrict_dialog import RestrictDialog
from moderator.ui.dialogs.settings_dialog import SettingsDialog
from moderator.ui.messages.delegate import PAD_X
from moderator.ui.messages.message_view import MessageView
from tests.gui.conftest import Runner, until
from tests.gui.desk import Desk, desk
from tests.gui.tabkit import open_tab, viewer_rows

__all__ = ["desk"]  # the fixture, used by name

LIVE = "1001"
ALWAYS = InlineConfig(show=Show.ALWAYS)


@pytest.fixture
def prism() -> PrismFake:
    service = PrismFake(seed=7, lives=1)
    service.add_chatter(20)
    return service


def button_at(view: MessageView, inline: InlineActions, row: int, kind: ActionKind) -> QPoint:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    rects = dict(inline.buttons.rects(view.visualRect(index)))
    return rects[kind].center().toPoint()


def click(view: MessageView, pos: QPoint) -> None:
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos
    )


def tooltip_at(view: MessageView, pos: QPoint) -> str:
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text()


def red_pixels(view: MessageView, pos: QPoint) -> int:
    image = view.viewport().grab().toImage()
    near = [
        QColor(image.pixel(pos.x() + dx, pos.y() + dy))
        for dx in range(-12, 13)
        for dy in range(-8, 9)
        if image.rect().contains(pos.x() + dx, pos.y() + dy)
    ]
    return sum(1 for c in near if c.red() > 150 and c.green() < 90 and c.blue() < 90)


def test_buttons_ask_like_the_keys_in_a_stream_tab(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, _ = open_tab(qtbot, prism, arun, rows=20)
    tab.controller.undo_delay = 0
    tab.set_inline_buttons(ALWAYS)
    view, row = tab.view, viewer_rows(tab)[-1]
    target = tab.controller.model.message(row)
    # the first line of text stops short of the buttons that always show
    width = view.viewport().width()
    first = view.message_delegate.cached_layout(target, view.font(), width).text.lineAt(0)
    room = width - 2 * PAD_X - tab.inline.buttons.reserved()
    assert tab.inline.buttons.reserved() > 0
    assert first.x() + first.width() <= room + 0.5
    click(view, button_at(view, tab.inline, row, ActionKind.BAN))
    dialog = tab.actions_.dialog
    assert isinstance(dialog, RestrictDialog)
    assert dialog.question.text() == f"Ban {target.author.name} on PRISM permanently?"
    dialog.reject()
    click(view, button_at(view, tab.inline, row, ActionKind.TIMEOUT))
    dialog = tab.actions_.dialog
    assert isinstance(dialog, RestrictDialog)
    assert dialog.question.text() == f"Time out {target.author.name} on PRISM for 10 minutes?"
    dialog.reject()
    click(view, button_at(view, tab.inline, row, ActionKind.DELETE))

    async def deleted() -> None:
        await until(lambda: not prism.message_facts(LIVE, target.id).exists, what="the delete")
        await tab.controller.close()

    arun(deleted())
    assert prism.restriction(LIVE, target.author.id) is None  # both dialogs were cancelled


def test_the_timeout_button_starts_from_its_setting(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, _ = open_tab(qtbot, prism, arun, rows=20)
    tab.set_inline_buttons(InlineConfig((ActionKind.TIMEOUT,), Show.ALWAYS, timedelta(hours=1)))
    row = viewer_rows(tab)[-1]
    pos = button_at(tab.view, tab.inline, row, ActionKind.TIMEOUT)
    assert tooltip_at(tab.view, pos) == "Timeout author… (1h, T)"
    click(tab.view, pos)
    dialog = tab.actions_.dialog
    assert isinstance(dialog, RestrictDialog)
    assert dialog.question.text().endswith("on PRISM for 1 hour?")
    dialog.reject()
    arun(tab.controller.close())


def test_hover_buttons_show_and_answer_only_under_the_pointer(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, _ = open_tab(qtbot, prism, arun, rows=20)
    tab.resize(900, 320)  # the chat runs longer than the list: the wheel has rows to move
    view, row = tab.view, viewer_rows(tab)[-1]
    assert tab.inline.buttons.config.show is Show.HOVER  # the default
    pos = button_at(view, tab.inline, row, ActionKind.BAN)
    elsewhere = QPoint(5, 5)
    assert view.indexAt(elsewhere).row() != row
    QTest.mouseMove(view.viewport(), elsewhere)
    assert red_pixels(view, pos) == 0
    click(view, pos)  # not shown: the click selects the row, it asks nothing
    assert tab.actions_.dialog is None
    assert view.currentIndex().row() == row
    QTest.mouseMove(view.viewport(), pos)
    assert tab.inline.buttons.hovered == row
    assert red_pixels(view, pos) > 0
    click(view, pos)
    assert isinstance(tab.actions_.dialog, RestrictDialog)
    tab.actions_.dialog.reject()
    # the wheel moves other rows under the resting pointer: their buttons show, not the old row's
    wheel = QWheelEvent(
        pos.toPointF(),
        view.viewport().mapToGlobal(pos).toPointF(),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)

    async def moved() -> None:
        await until(lambda: tab.inline.buttons.hovered != row, what="the row under the pointer")
        await tab.controller.close()

    arun(moved())
    assert tab.inline.buttons.hovered == view.indexAt(pos).row()


def test_greyed_buttons_say_why(qtbot: QtBot, arun: Runner[Any]) -> None:
    allmine = AllmineFake(seed=3)
    allmine.add_chatter(30)
    tab, _ = open_tab(qtbot, allmine, arun, rows=3)
    tab.set_inline_buttons(ALWAYS)
    view, row = tab.view, viewer_rows(tab)[-1]
    pos = button_at(view, tab.inline, row, ActionKind.BAN)
    reason = tab.controller.provider.unsupported_reason(Capability.BAN)
    assert reason
    assert red_pixels(view, pos) == 0  # grey, not red
    assert tooltip_at(view, pos) == reason
    click(view, pos)
    assert tab.actions_.dialog is None
    assert tab.hint_label.text() == reason
    arun(tab.controller.close())


def test_all_streams_buttons_follow_the_settings_and_ask(desk: Desk, arun: Runner[Any]) -> None:
    tab = desk.cross.show_all_streams()
    assert tab is not None
    settings = desk.workspace.library.settings.model_copy(
        update={"inline_buttons_show": "always", "inline_buttons": ["ban", "delete"]}
    )
    desk.workspace.apply_settings(settings)
    assert tab.inline.buttons.config.kinds == (ActionKind.BAN, ActionKind.DELETE)
    assert desk.tabs[0].inline.buttons.config.show is Show.ALWAYS
    prism_key = desk.controller(0).provider.stream.key
    model = tab.model

    def bannable() -> list[int]:
        return [
            r
            for r in range(model.rowCount() - 1, -1, -1)
            if model.message(r).stream_key == prism_key
            and desk.cross.router.entry(model.message(r), ActionKind.BAN).enabled
        ]

    arun(until(lambda: bool(bannable()), what="a PRISM row in All streams"))
    row = bannable()[0]
    target = model.message(row)
    desk.window.tabs.setCurrentWidget(tab)
    pos = button_at(tab.view, tab.inline, row, ActionKind.BAN)
    click(tab.view, pos)
    dialog = tab.presenter.dialog
    assert isinstance(dialog, RestrictDialog)
    assert dialog.question.text() == f"Ban {target.author.name} on PRISM permanently?"
    dialog.reject()
    cards: list[object] = []
    tab.open_card = lambda *args: cards.append(args)
    QTest.mouseDClick(
        tab.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos
    )
    assert cards == []  # a quick double click on a button opens no card
    again = tab.presenter.dialog
    assert isinstance(again, RestrictDialog)  # its first click asked, as a click does
    again.reject()


def test_the_settings_dialog_edits_the_buttons(qtbot: QtBot) -> None:
    settings = Settings(inline_timeout_seconds=30)
    dialog = SettingsDialog(settings, keyring_available=False)
    qtbot.addWidget(dialog)
    section = dialog.inline
    assert section.kinds[ActionKind.BAN].isChecked()
    assert not section.kinds[ActionKind.FLAG].isChecked()
    assert dialog.settings().inline_timeout_seconds == 30  # untouched: kept to the second
    section.kinds[ActionKind.BAN].setChecked(False)
    section.kinds[ActionKind.FLAG].setChecked(True)
    section.show_when.setCurrentIndex(section.show_when.findData("always"))
    section.timeout.setValue(5)
    edited = dialog.settings()
    assert edited.inline_buttons == ["delete", "timeout", "flag"]
    assert edited.inline_buttons_show == "always"
    assert edited.inline_timeout_seconds == 300
