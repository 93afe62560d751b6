"""The newer surfaces, as a keyboard and screen-reader user meets them: the automod review
queue, the automod rules dialog, the Team page of the settings, the send box's completion list.
Every control says what it is (a name) and what it does (a description), Tab reaches every one,
and the focused one shows it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget

from moderator.core.automod.starter import starter_rules
from moderator.ui.kit.focus_style import FocusStyle
from moderator.ui.shell.automod_wiring import Automod
from tests.gui.conftest import Runner, until
from tests.gui.desk import Desk, desk
from tests.gui.test_accessible_names import INTERACTIVE, said, walk

__all__ = ["desk"]  # the fixture, used by name

Text = QAccessible.Text


def undescribed(widget: QWidget) -> list[str]:
    """Controls without a name to say or a description of what they do."""
    face = QAccessible.queryAccessibleInterface(widget)
    assert face is not None
    found = []
    for path, node in walk(face):
        if not (node.state().focusable or node.role() in INTERACTIVE):
            continue
        name, description = node.text(Text.Name), node.text(Text.Description)
        if not said(name) or not said(description):
            obj = node.object()
            what = f"{type(obj).__name__} {obj.objectName()}" if obj is not None else ""
            found.append(f"{path} {name!r} ({what}) description={description!r}")
    return found


def proxied(widget: QWidget) -> QWidget:
    """The control a focus proxy stands for (a spin box for its line edit)."""
    parent = widget.parentWidget()
    inner = isinstance(parent, QAbstractSpinBox) or (parent and parent.focusProxy() is widget)
    return parent if parent is not None and inner else widget


def focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isVisibleTo(root)
        and w.isEnabled()
        and proxied(w) is w
    ]


def reached_by_tab(arun: Runner[Any], root: QWidget) -> set[QWidget]:
    """Every widget the focus visits pressing Tab from the first control, round the loop."""
    window = root.window()
    window.show()
    window.activateWindow()
    arun(until(window.isActiveWindow, what="the window to take the keyboard"))
    controls = focusable(root)
    controls[0].setFocus()
    seen: set[QWidget] = set()
    for _ in range(3 * len(controls) + 5):
        widget = QApplication.focusWidget()
        assert widget is not None, "the focus left the window"
        seen.add(proxied(widget))
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_the_review_queue_is_named_described_and_reached_by_tab(
    desk: Desk, arun: Runner[Any]
) -> None:
    automod = Automod(desk.cross, starter_rules())
    automod.dock.show()
    panel = automod.panel
    assert undescribed(panel) == []
    table = QAccessible.queryAccessibleInterface(panel.table)
    assert table is not None and table.text(Text.Name) == "Messages held for review"
    missed = set(focusable(panel)) - reached_by_tab(arun, panel)
    assert not missed, [w.objectName() or type(w).__name__ for w in missed]


def test_the_automod_rules_dialog_is_named_and_described(desk: Desk, arun: Runner[Any]) -> None:
    dialog = Automod(desk.cross, starter_rules()).open_rules()
    assert undescribed(dialog) == []
    missed = set(focusable(dialog)) - reached_by_tab(arun, dialog)
    assert not missed, [w.objectName() or type(w).__name__ for w in missed]
    dialog.close()


def test_the_team_page_is_named_and_described(desk: Desk, arun: Runner[Any]) -> None:
    dialog = desk.workspace.open_settings()
    team = dialog.team
    assert undescribed(team) == []
    dialog.close()


def test_the_completion_list_is_named_and_described(desk: Desk) -> None:
    box = desk.tabs[0].send_box
    face = QAccessible.queryAccessibleInterface(box.popup)
    assert face is not None
    assert said(face.text(Text.Name)) and said(face.text(Text.Description))
    face = QAccessible.queryAccessibleInterface(box)
    assert face is not None
    assert said(face.text(Text.Name)) and said(face.text(Text.Description))


def without_focus(arun: Runner[Any], root: QWidget) -> dict[QWidget, QImage]:
    """Each control as it looks while the keyboard is elsewhere."""
    window = root.window()
    window.show()
    window.activateWindow()
    arun(until(window.isActiveWindow, what="the window to take the keyboard"))
    looks = {}
    for widget in focusable(root):
        if QApplication.focusWidget() is not None and proxied(focused_now()) is widget:
            QApplication.focusWidget().clearFocus()  # type: ignore[union-attr]
        looks[widget] = widget.grab().toImage()
    return looks


def described_as(widget: QWidget) -> str:
    name = widget.accessibleName() or widget.objectName() or getattr(widget, "text", str)()
    parent = widget.parentWidget()
    return f"{type(widget).__name__} {name!r} in {type(parent).__name__}"


def focused_now() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the focus left the window"
    return widget


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[None]:
    """The style the app runs with (the theme sets it at start), put back afterwards."""
    before = qapp.style().name()
    qapp.setStyle(FocusStyle("Fusion"))
    yield
    qapp.setStyle(before)


@pytest.mark.usefixtures("app_style")
def test_every_control_of_the_new_surfaces_shows_its_focus(desk: Desk, arun: Runner[Any]) -> None:
    """Pressing Tab, as a keyboard user does: the control the focus lands on looks different."""
    automod = Automod(desk.cross, starter_rules())
    automod.dock.show()
    dialog = automod.open_rules()
    unseen = set()
    for root in (automod.panel, dialog):
        looks = without_focus(arun, root)
        first = next(iter(looks))
        first.setFocus()
        QTest.keyClick(first, Qt.Key.Key_Tab)
        QTest.keyClick(focused_now(), Qt.Key.Key_Backtab)  # a keyboard move, as Qt sees it
        for _ in range(2 * len(looks) + 2):
            widget = proxied(focused_now())
            # a dialog's default button too (Fusion alone draws it the same focused or not)
            if widget in looks and widget.grab().toImage() == looks[widget]:
                unseen.add(described_as(widget))
            QTest.keyClick(focused_now(), Qt.Key.Key_Tab)
    dialog.close()
    assert not unseen, "\n".join(sorted(unseen))
