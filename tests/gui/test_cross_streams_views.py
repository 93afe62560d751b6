"""Across streams: the user card, clicking a name, the All streams tab, the shortcuts page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from moderator.core.actions import ActionKind
from moderator.core.models import Badge, ChatMessage, MessageKind
from moderator.core.provider import Capability
from moderator.ui.across.user_card import UserCard
from moderator.ui.actions.restrict_dialog import RestrictDialog
from moderator.ui.messages.merged_model import MergedModel
from moderator.ui.stream.author_clicks import name_rect
from tests.gui.conftest import Runner, until
from tests.gui.desk import Desk, desk

__all__ = ["desk"]  # the fixture, used by name


# -- user card --------------------------------------------------------------------------------


def shared_author(desk: Desk) -> ChatMessage:
    """A viewer who wrote both on PRISM and on Allmine."""
    every = desk.every_message().values()
    site_names = {m.author.name for m in every if m.stream_key.startswith("allmine:")}
    return next(
        m
        for m in every
        if m.stream_key.startswith("prism:")
        and m.author.name in site_names
        and not m.author.badges - {Badge.VISITOR}
    )


def test_a_linked_user_card_lists_messages_across_streams_and_bans_where_allowed(
    desk: Desk, arun: Runner[Any]
) -> None:
    seen = shared_author(desk)
    card = desk.cross.show_user_card(seen.author, seen.stream_key)
    site = desk.controller(3).provider
    assert {m.stream_key for m in card.messages} == {seen.stream_key}  # one author until linked
    same = next(k for k in card.people.buttons if k.stream_key == site.stream.key)
    card.people.buttons[same].click()  # the moderator says the Allmine one is them too
    keys = {m.stream_key for m in card.messages}
    assert {seen.stream_key, site.stream.key} <= keys
    assert all(m.author.name == seen.author.name for m in card.messages)
    assert card.model.rowCount() == len(card.messages)
    ban = card.buttons[(seen.stream_key, ActionKind.BAN)]
    assert ban.isEnabled()
    refused = card.buttons[(site.stream.key, ActionKind.BAN)]
    assert not refused.isEnabled()
    assert refused.toolTip() == site.unsupported_reason(Capability.BAN)
    ban.click()
    dialog = card.presenter.dialog  # the same dialog as in the stream's tab, never at once
    assert isinstance(dialog, RestrictDialog)
    dialog.accept()
    stream_id = seen.stream_key.partition(":")[2]
    arun(
        until(
            lambda: desk.prism.restriction(stream_id, seen.author.id) == "banned",
            what="the ban on PRISM",
        )
    )
    arun(until(lambda: "done" in card.notice.text(), what="the card's notice"))


def test_workspace_opens_the_card_and_clicks_on_the_name_or_row_do_too(
    desk: Desk, qtbot: QtBot
) -> None:
    tab = desk.tabs[0]
    desk.window.tabs.setCurrentWidget(tab)
    view = tab.view
    view.settle()
    row = tab.controller.model.rowCount() - 1
    message = tab.controller.model.message(row)
    centre = view.visualRect(tab.controller.model.index(row)).center()
    rect = name_rect(view, message, centre)
    assert rect.width() > 0
    before = len(desk.window.findChildren(UserCard))
    spot = QPoint(int(rect.center().x()), int(rect.center().y()))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    cards = desk.window.findChildren(UserCard)
    assert len(cards) == before + 1
    assert cards[-1].windowTitle() == f"User card: {message.author.name}"
    desk.workspace.show_user_card(message.author, message.stream_key)
    assert len(desk.window.findChildren(UserCard)) == before + 2
    double_click(view.viewport(), spot)
    assert len(desk.window.findChildren(UserCard)) == before + 3  # one card, not two
    elsewhere = QPoint(view.viewport().width() - 20, spot.y())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=elsewhere)
    assert len(desk.window.findChildren(UserCard)) == before + 3
    double_click(view.viewport(), elsewhere)
    assert len(desk.window.findChildren(UserCard)) == before + 4


def double_click(widget: QWidget, pos: QPoint) -> None:
    """What a mouse sends: press, release, then a double-click event and its release
    (QTest.mouseDClick sends the double-click event alone)."""
    left = Qt.MouseButton.LeftButton
    QTest.mouseClick(widget, left, pos=pos)
    QTest.mouseDClick(widget, left, pos=pos)
    QTest.mouseRelease(widget, left, pos=pos)


# -- All streams ------------------------------------------------------------------------------


def test_all_streams_tab_merges_every_stream_in_time_order(desk: Desk, arun: Runner[Any]) -> None:
    desk.window.all_streams_action.trigger()
    tab = desk.cross.all_streams
    assert tab is not None and desk.window.tabs.currentWidget() is tab
    assert desk.window.tabs.tabText(0) == "All streams"
    in_tabs = {(m.stream_key, m.id) for t in desk.tabs for m in t.controller.model.messages()}
    arun(until(lambda: tab.model.rowCount() >= len(in_tabs), what="the tabs' rows"))
    times = [m.sent_at for m in tab.model.messages()]
    assert times == sorted(times)
    assert {m.stream_key for m in tab.model.messages()} == {
        t.controller.provider.stream.key for t in desk.tabs
    }
    assert desk.cross.stream_name(desk.controller(2).provider.stream.key).startswith("Brilliant")
    desk.brilliant.add_chatter(3)
    desk.prism.add_chatter(4)
    total = tab.model.rowCount()
    arun(until(lambda: tab.model.rowCount() >= total + 7, what="new chat from every stream"))
    times = [m.sent_at for m in tab.model.messages()]
    assert times == sorted(times)
    assert not tab.grab().isNull()  # paints the stripes and source names
    image = tab.view.viewport().grab().toImage()
    newest = tab.model.index(tab.model.rowCount() - 1)
    y = tab.view.visualRect(newest).center().y()
    stripe = tab.delegate.colors(tab.model.message(newest.row()).stream_key)
    assert image.pixelColor(1, y) == stripe, "each row starts with its stream's stripe"
    top = tab.view.visualRect(newest).top()
    label = [image.pixelColor(x, top + dy) for x in range(8, 100) for dy in range(4, 18)]
    assert stripe in label, "then the stream's name, in its colour"
    assert desk.window.statusBar().findChildren(type(desk.window._empty))[0].text() == "4 streams"


def row_of(model: MergedModel, message: ChatMessage) -> int:
    row = model.row_of_key(message.stream_key, message.id)
    # never a fallback row: asserting on another message would pass for the wrong reason
    assert row is not None, f"message {message.id} is no longer in All streams"
    return row


def test_action_in_all_streams_goes_to_the_owning_stream(desk: Desk, arun: Runner[Any]) -> None:
    tab = desk.cross.show_all_streams()
    assert tab is not None
    arun(until(lambda: tab.model.rowCount() > 20, what="rows"))
    site = desk.controller(2)
    row = max(
        r
        for r in range(tab.model.rowCount())
        if tab.model.message(r).stream_key == site.provider.stream.key
        and tab.model.message(r).kind is MessageKind.CHAT
    )
    message = tab.model.message(row)
    tab.view.setCurrentIndex(tab.model.index(row))
    delete = next(a for a in tab.view.actions() if a.text() == "Delete")
    delete.trigger()
    arun(
        until(
            lambda: desk.brilliant.message_facts("", message.id).deleted,
            what="the delete on the site",
        )
    )
    arun(
        until(
            lambda: tab.model.message(row_of(tab.model, message)).is_deleted,
            what="the row greyed in All streams too",
        )
    )
    desk.workspace.close_tab(tab)
    arun(until(lambda: desk.cross.all_streams is None, what="the tab gone"))
    assert not desk.window.all_streams_action.isChecked()


# -- help -------------------------------------------------------------------------------------


def test_shortcuts_page_lists_actions_menus_and_extra_rows(desk: Desk) -> None:
    desk.window.add_shortcut_rows(lambda: [("Undo", "Ctrl+Z", "Undo the last action")])
    rows = desk.window.show_shortcuts().rows()
    keys = {(keys, what) for _section, keys, what in rows}
    assert ("Del", "Delete (struck through, kept visible)") in keys
    assert ("B", "Ban the author") in keys
    assert ("Ctrl+Shift+F", "Search every stream and archive") in keys
    assert ("Ctrl+Shift+L", "Audit log") in keys
    assert ("Ctrl+Shift+A", "All streams tab") in keys
    assert ("Ctrl+Z", "Undo the last action") in keys
