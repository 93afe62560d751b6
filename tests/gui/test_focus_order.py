"""Focus order and visible focus: Tab goes through a tab and each dialog in the order they read
(pressing Tab, as a keyboard user does), and the current row of a list wears a focus ring."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from moderator.core.actions import ActionKind
from moderator.core.models import Author, ChatMessage
from moderator.fakes.prism import PrismFake
from moderator.ui.actions.restrict_dialog import RestrictDialog
from moderator.ui.dialogs.connect_dialog import ConnectDialog
from moderator.ui.messages.message_model import MessageModel
from moderator.ui.messages.message_view import MessageView
from moderator.ui.stream.stream_tab import StreamTab
from tests.gui.conftest import Runner, until
from tests.gui.desk import Desk, desk
from tests.gui.tabkit import open_tab, select_rows, viewer_rows

__all__ = ["desk"]  # the fixture, used by name


def tabbing(arun: Runner[Any], window: QWidget, start: QWidget, presses: int) -> list[QWidget]:
    """Where the focus goes, pressing Tab ``presses`` times from ``start``."""
    window.activateWindow()
    arun(until(window.isActiveWindow, what="the window to take the keyboard"))
    start.setFocus()
    seen = [focused()]
    for _ in range(presses):
        QTest.keyClick(seen[-1], Qt.Key.Key_Tab)
        seen.append(focused())
    return seen


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the focus left the window"
    return widget


@pytest.fixture
def tab(qtbot: QtBot, arun: Runner[Any]) -> Iterator[StreamTab]:
    fake = PrismFake(seed=3, lives=1)
    fake.add_chatter(8)
    opened, _ = open_tab(qtbot, fake, arun, rows=8)
    yield opened
    arun(opened.controller.close())


def test_tab_goes_filter_list_send_in_a_stream_tab(tab: StreamTab, arun: Runner[Any]) -> None:
    tab.filter_bar.open_bar()
    bar = tab.filter_bar
    order = [bar.text, bar.author, bar.unread, bar.links]
    went = tabbing(arun, tab, bar.text, 7)
    assert went[:4] == order
    assert went[5] is tab.view  # after the filter's ✕: the list it filters, under it
    assert went[6:] == [tab.send_box, tab.send_button]


def test_tab_in_the_ban_dialog_goes_duration_reason_buttons(
    tab: StreamTab, arun: Runner[Any]
) -> None:
    rows = viewer_rows(tab)
    select_rows(tab, [rows[-1]])
    tab.perform(ActionKind.TIMEOUT)
    dialog = tab.actions_.dialog
    assert isinstance(dialog, RestrictDialog)
    checked = dialog.choices.checkedButton()
    assert checked is not None
    went = tabbing(arun, dialog, checked, 3)
    # the chosen preset, the custom minutes beside the presets, the reason, then the buttons
    assert went[:3] == [checked, dialog.custom, dialog.reason] or went[:3] == [
        checked,
        dialog.custom,
        dialog.ok,  # a platform that takes no reason greys it out
    ]
    assert went[3] in dialog.buttons.buttons()
    dialog.reject()


def test_tab_in_the_connect_dialog_follows_the_form_of_each_platform(
    desk: Desk, arun: Runner[Any]
) -> None:
    dialog = desk.workspace.open_connect_dialog()
    assert isinstance(dialog, ConnectDialog)
    for index in range(dialog.provider_box.count()):
        dialog.provider_box.setCurrentIndex(index)
        fields = [row.editor for row in dialog.form.rows.values() if row.editor.isEnabled()]
        went = tabbing(arun, dialog, dialog.provider_box, 40)
        after = went[1 : went.index(dialog.test_button)]
        # the sign-in panel's controls (if any), then every field, in the form's order
        assert [w for w in after if w in fields] == fields, dialog.provider_box.currentText()
        assert after[-len(fields) :] == fields
        at = went.index(dialog.test_button)
        assert went[at : at + 3] == [
            dialog.test_button,
            dialog.cancel_button,
            dialog.connect_button,
        ]
    dialog.reject()


def focus_ring_pixels(selected: bool) -> tuple[QColor, QColor, QPalette]:
    model = MessageModel()
    model.enqueue([ChatMessage("1", "prism:1", Author("a", "Ana"), "hello", datetime.now(UTC))])
    model.flush()
    view = MessageView(model)
    delegate = view.message_delegate
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 300, 40)
    option.font = view.font()
    image = QImage(300, 40, QImage.Format.Format_ARGB32)
    base = option.palette.color(QPalette.ColorRole.Base)
    rows: list[QColor] = []
    for focused in (False, True):
        image.fill(base)
        state = QStyle.StateFlag.State_Enabled
        if selected:
            state |= QStyle.StateFlag.State_Selected
        if focused:
            state |= QStyle.StateFlag.State_HasFocus
        option.state = state
        painter = QPainter(image)
        delegate.paint(painter, option, model.index(0))
        painter.end()
        rows.append(image.pixelColor(150, 0))  # the row's top edge, away from any text
    view.deleteLater()
    return rows[0], rows[1], QPalette(option.palette)


def test_the_current_row_wears_a_focus_ring_in_the_selection_colour() -> None:
    plain, focused, colours = focus_ring_pixels(selected=False)
    assert plain == colours.color(QPalette.ColorRole.Base)
    assert focused == colours.color(QPalette.ColorRole.Highlight)
    _selected, both, colours = focus_ring_pixels(selected=True)
    # on the selection colour the ring takes the selected text's colour, to stand out
    assert both == colours.color(QPalette.ColorRole.HighlightedText)


def test_the_view_marks_the_current_row_focused_only_while_it_has_focus(
    tab: StreamTab, arun: Runner[Any]
) -> None:
    view = tab.view
    index = view.model().index(0, 0)
    view.selectionModel().setCurrentIndex(index, view.selectionModel().SelectionFlag.NoUpdate)
    tabbing(arun, tab, view, 0)
    assert view.hasFocus()
    state = view._state_of(index, QStyle.StateFlag.State_Enabled)
    assert state & QStyle.StateFlag.State_HasFocus
    assert not view._state_of(QModelIndex(), QStyle.StateFlag.State_Enabled) & (
        QStyle.StateFlag.State_HasFocus
    )
