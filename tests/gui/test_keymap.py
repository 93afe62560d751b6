"""One keymap: every view that acts on messages answers the same key with the same action,
the menus show the keymap's keys, the tab keys switch tabs, and the help page shows every row
unclipped."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from moderator.core.keymap import KEYMAP, Scope, of_scope
from moderator.ui.dialogs.shortcuts_dialog import menu_rows
from moderator.ui.kit.shortcuts import key_actions
from moderator.ui.shell.main_window import MainWindow
from tests.gui.conftest import Runner
from tests.gui.desk import Desk, desk

__all__ = ["desk"]  # the fixture, used by name

ACTION_NAMES = {b.name for b in of_scope(Scope.MESSAGES)}


def test_a_key_runs_the_same_action_in_every_view(desk: Desk, arun: Runner[Any]) -> None:
    message = desk.controller(0).model.messages()[-1]
    views = {
        "stream tab": desk.tabs[0].view,
        "All streams": desk.cross.show_all_streams().view,  # type: ignore[union-attr]
        "search results": desk.cross.open_search().table,
        "user card": desk.cross.show_user_card(message.author, message.stream_key).table,
    }
    keys = {where: key_actions(widget) for where, widget in views.items()}
    for where, mapping in keys.items():
        on_messages = {k: name for k, name in mapping.items() if name in ACTION_NAMES}
        assert set(on_messages.values()) == ACTION_NAMES, where
        assert on_messages == {b.key: b.name for b in of_scope(Scope.MESSAGES)}, where
    shared = set.intersection(*(set(m) for m in keys.values()))
    for key in shared:
        assert len({m[key] for m in keys.values()}) == 1, key


def test_the_menus_show_the_keymap_keys(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    native = QKeySequence.SequenceFormat.NativeText
    by_label = {b.label.replace("&", "").rstrip("…"): b for b in KEYMAP}
    rows = menu_rows(window.menuBar())
    for _section, keys, label in rows:
        assert keys == QKeySequence(by_label[label].key).toString(native), label
    in_menus = {by_label[label].name for _section, _keys, label in rows}
    # every window key is in a menu (the audit log's entry comes with its dock, automod's with
    # its wiring)
    later = {"audit_log", "review_queue", "automod_rules"}
    assert {b.name for b in of_scope(Scope.WINDOW)} - in_menus == later


def test_ctrl_page_down_and_ctrl_tab_switch_tabs(desk: Desk, qtbot: QtBot) -> None:
    tabs = desk.window.tabs
    desk.window.activateWindow()
    tabs.setCurrentIndex(0)
    view = desk.tabs[0].view
    view.setFocus()
    for key, modifiers, expected in (
        (Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier, 1),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier, 2),
        (Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier, 1),
        (
            Qt.Key.Key_Backtab,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            0,
        ),
        (Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier, tabs.count() - 1),
    ):
        focused = tabs.currentWidget().focusWidget() or tabs.currentWidget()
        QTest.keyClick(focused, key, modifiers)
        assert tabs.currentIndex() == expected, (key, modifiers)


def test_the_help_page_shows_every_row_unclipped(desk: Desk) -> None:
    dialog = desk.window.show_shortcuts()
    tree = dialog.tree
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    # nothing runs past the visible width (the list scrolls only vertically)
    assert tree.columnWidth(0) + tree.columnWidth(1) <= tree.viewport().width()
    metrics = tree.fontMetrics()
    for i in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(i)
        assert section is not None
        children = [section.child(j) for j in range(section.childCount())]
        for child in filter(None, children):
            assert metrics.horizontalAdvance(child.text(1)) <= tree.columnWidth(1), child.text(1)
            assert metrics.horizontalAdvance(child.text(0)) <= tree.columnWidth(0), child.text(0)
    assert len(dialog.rows()) == len(KEYMAP)


def test_ctrl_page_down_switches_tabs_from_the_send_box_too(desk: Desk) -> None:
    tabs = desk.window.tabs
    desk.window.activateWindow()
    tabs.setCurrentIndex(0)
    desk.tabs[0].send_box.setFocus()
    QTest.keyClick(desk.tabs[0].send_box, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    desk.tabs[1].send_box.setFocus()
    QTest.keyClick(desk.tabs[1].send_box, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 2
