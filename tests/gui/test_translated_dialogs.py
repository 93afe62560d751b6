"""Every dialog and the main window in each shipped language, offscreen: no text is cut.

A text is cut when its widget is narrower (or, wrapped, lower) than the text needs: each
visible label, button, check box, radio button, group box title and worded spin box is
measured against its geometry after the layout settled. Labels that elide on purpose
(LineLabel: Ignored width) are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moderator.core.actions import ActionKind
from moderator.core.automod.backtest import Report
from moderator.core.automod.rules import RuleKind, RuleSet
from moderator.core.automod.starter import starter_rules
from moderator.core.provider import Capability
from moderator.storage.automod_backtest import Span
from moderator.ui.actions.restrict_dialog import RestrictDialog
from moderator.ui.dialogs import crash_dialog
from moderator.ui.dialogs.backtest_dialog import BacktestDialog
from moderator.ui.kit.i18n import SHIPPED, Translations
from moderator.ui.shell.automod_wiring import Automod
from tests.gui.desk import Desk, desk, newest

__all__ = ["desk"]  # the fixture, used by name
LANGUAGES = ["en", *SHIPPED]
#: a pixel of rounding between a size hint and a geometry is no cut
SLACK = 1


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """The language installed before the desk builds its window (so its texts are translated)."""
    translations = Translations()
    translations.install(request.param, tmp_path / "translations")
    yield request.param
    translations.remove()
    QLocale.setDefault(QLocale.c())


def cut_texts(root: QWidget) -> list[str]:
    """What of ``root`` shows less than its whole text."""
    QApplication.processEvents()
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem = _cut(widget)
        if problem:
            found.append(f"{type(widget).__name__} {problem}")
    return found


def _cut(widget: QWidget) -> str:
    if isinstance(widget, QLabel) and widget.text():
        if widget.sizePolicy().horizontalPolicy() is QSizePolicy.Policy.Ignored:
            return ""  # elides by design
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            return (
                f"{widget.text()!r}: {need} px high in {widget.height()}"
                if (need > widget.height() + SLACK)
                else ""
            )
        need = widget.sizeHint().width()
        return (
            f"{widget.text()!r}: {need} px wide in {widget.width()}"
            if (need > widget.width() + SLACK)
            else ""
        )
    if isinstance(widget, QPushButton | QCheckBox | QRadioButton) and widget.text():
        need = widget.sizeHint().width()
        return (
            f"{widget.text()!r}: {need} px wide in {widget.width()}"
            if (need > widget.width() + SLACK)
            else ""
        )
    if isinstance(widget, QSpinBox | QDoubleSpinBox) and (widget.suffix() or widget.prefix()):
        need = widget.sizeHint().width()  # the longest value with its words ("3600 s until …")
        return (
            f"{widget.text()!r}: {need} px wide in {widget.width()}"
            if (need > widget.width() + SLACK)
            else ""
        )
    if isinstance(widget, QGroupBox) and widget.title():
        need = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
        return (
            f"title {widget.title()!r}: {need} px in {widget.width()}"
            if (need > widget.width())
            else ""
        )
    return ""


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def assert_nothing_cut(name: str, language: str, widget: QWidget) -> None:
    cut = cut_texts(widget)
    assert not cut, f"{name} in {language} cuts:\n" + "\n".join(f"  {c}" for c in cut)


def test_main_window_and_its_views(language: str, desk: Desk, qtbot: QtBot) -> None:
    desk.window.resize(1280, 800)
    assert_nothing_cut("the main window", language, desk.window)
    assert desk.cross.audit_dock is not None
    desk.cross.audit_dock.show()
    assert_nothing_cut("the audit log", language, desk.cross.audit_dock)
    assert_nothing_cut("All streams", language, desk.cross.show_all_streams() or desk.window)


def test_dialogs(language: str, desk: Desk, qtbot: QtBot) -> None:
    dialogs: dict[str, Any] = {
        "settings": desk.workspace.open_settings(),
        "shortcuts": desk.window.show_shortcuts(),
        "search": desk.cross.open_search(),
    }
    message = newest(desk, 0)
    dialogs["user card"] = desk.cross.show_user_card(message.author, message.stream_key)
    for kind in (ActionKind.BAN, ActionKind.TIMEOUT):
        restrict = RestrictDialog(
            kind,
            [message],
            platform="Brilliant Directories",
            capabilities=Capability.BAN | Capability.TIMEOUT,
            takes_reason=True,
            parent=desk.window,
        )
        qtbot.addWidget(restrict)
        dialogs[kind.value] = restrict
    for provider in ("prism", "allmine", "ibmvideo", "brilliant", "liveperson"):
        dialogs[f"connect {provider}"] = desk.workspace.open_connect_dialog(provider=provider)
    for name, dialog in dialogs.items():
        assert_nothing_cut(name, language, shown(qtbot, dialog))
        dialog.close()


def test_crash_dialog(
    language: str, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # its own list of open crash dialogs: one another test left open would stop this one
    monkeypatch.setattr(crash_dialog, "_open", [])
    crash_dialog.show_crash("ValueError: a test", "Traceback …", str(tmp_path / "moderator.log"))
    box = crash_dialog._open[-1]
    try:
        assert isinstance(box, QMessageBox)
        assert_nothing_cut("the crash dialog", language, shown(qtbot, box))
        buttons = [b.text() for b in box.findChildren(QAbstractButton) if b.text()]
        if language != "en":
            assert "Copy details" not in buttons  # translated, like Qt's own Close
    finally:
        box.done(0)
        qtbot.waitUntil(lambda: not crash_dialog._open)  # it lets go on the next turn


async def _never_run(_rules: RuleSet, _span: Span) -> Report:
    raise AssertionError("the clipped-text test only looks at the backtest dialog")


def test_automod_surfaces(language: str, desk: Desk, qtbot: QtBot) -> None:
    """The automod rules dialog (its form on a rule of every kind), the review queue and the
    backtest dialog: added after the first translation, with long German and Turkish words."""
    automod = Automod(desk.cross, starter_rules())
    rules = automod.open_rules()
    shown(qtbot, rules)
    for row in range(rules.list.count()):  # each kind shows its own fields
        rules.list.setCurrentRow(row)
        assert_nothing_cut(f"the automod rules dialog (rule {row})", language, rules)
    form = rules.form
    kinds = {form.kind.itemData(i): form.kind.itemText(i) for i in range(form.kind.count())}
    assert set(kinds) == set(RuleKind)  # the rule keeps its value; only the name is translated
    if language != "en":
        assert all(
            text.casefold() != kind.value for kind, text in kinds.items() if kind.value != "links"
        )
    listed = [rules.list.item(i).text() for i in range(rules.list.count())]
    if language != "en":
        assert not any(f"· {kind.value} →" in text for text in listed for kind in RuleKind)
    rules.close()
    automod.dock.show()
    qtbot.waitExposed(automod.dock)
    assert_nothing_cut("the review queue", language, automod.dock)
    backtest = BacktestDialog(starter_rules(), _never_run, desk.window)
    qtbot.addWidget(backtest)
    assert_nothing_cut("the backtest dialog", language, shown(qtbot, backtest))
    backtest.close()
