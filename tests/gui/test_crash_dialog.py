"""An exception inside a Qt slot: a dialog says what happened, details copy, the app goes on."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from moderator.crash_hook import CrashHook
from moderator.ui.shell.main_window import MainWindow

TOKEN = "s3cr3t-T0KEN-4b9f2e7c"


def crash_dialogs() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox)
        and w.isVisible()
        and w.windowTitle() == "Something went wrong"
    ]


@pytest.fixture
def log_path(tmp_path: Path) -> Path:
    return tmp_path / "logs" / "moderator.log"


@pytest.fixture
def crash_hook(monkeypatch: pytest.MonkeyPatch, log_path: Path) -> Iterator[CrashHook]:
    # the app's own hook, where pytest-qt would otherwise catch the exception itself
    hook = CrashHook(str(log_path))
    monkeypatch.setattr(sys, "excepthook", hook.on_exception)
    yield hook
    for dialog in crash_dialogs():
        dialog.done(0)


def raise_in_a_slot() -> None:
    raise RuntimeError(f"provider answered: Authorization: Bearer {TOKEN} was refused")


@pytest.mark.qt_no_exception_capture
@pytest.mark.usefixtures("crash_hook")
def test_an_exception_in_a_slot_shows_the_crash_dialog(qtbot: QtBot, log_path: Path) -> None:
    window = MainWindow(log_path=str(log_path))
    qtbot.addWidget(window)
    window.show()

    QTimer.singleShot(0, raise_in_a_slot)
    qtbot.waitUntil(lambda: bool(crash_dialogs()))
    (dialog,) = crash_dialogs()
    assert "RuntimeError" in dialog.text()
    assert str(log_path) in dialog.informativeText()
    assert "raise_in_a_slot" in dialog.detailedText()
    assert TOKEN not in dialog.text() + dialog.informativeText() + dialog.detailedText()

    copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Copy details")
    QApplication.clipboard().clear()
    copy.click()
    copied = QApplication.clipboard().text()
    assert "RuntimeError" in copied
    assert TOKEN not in copied
    qtbot.wait(50)  # a closing dialog hides on the next turn of the event loop
    assert dialog.isVisible(), "copying the details must not close the dialog"

    # the app goes on: the window is still there and later slots still run
    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran))
    assert window.isVisible()


@pytest.mark.qt_no_exception_capture
@pytest.mark.usefixtures("crash_hook")
def test_the_dialog_closes_with_its_close_button(qtbot: QtBot) -> None:
    QTimer.singleShot(0, raise_in_a_slot)
    qtbot.waitUntil(lambda: bool(crash_dialogs()))
    (dialog,) = crash_dialogs()
    dialog.button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not crash_dialogs())


@pytest.mark.qt_no_exception_capture
@pytest.mark.usefixtures("crash_hook")
def test_a_repeating_error_does_not_stack_dialogs(qtbot: QtBot, log_path: Path) -> None:
    QTimer.singleShot(0, raise_in_a_slot)
    QTimer.singleShot(0, raise_in_a_slot)
    qtbot.waitUntil(lambda: bool(crash_dialogs()))
    qtbot.wait(50)
    assert len(crash_dialogs()) == 1


def test_the_about_dialog_shows_the_log_file(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, log_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window = MainWindow(log_path=str(log_path))
    qtbot.addWidget(window)
    actions = [a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()]
    next(a for a in actions if a.text().startswith("&About")).trigger()
    assert shown
    assert str(log_path) in shown[0]
