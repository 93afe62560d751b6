"""The high-contrast theme: every text colour of the palette reads at 7:1 (WCAG AAA), and the
colours the app nudges (authors' names, deleted grey, status texts) reach 7:1 too."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moderator.fakes.prism import PrismFake
from moderator.storage.settings import Settings
from moderator.ui.dialogs.connect_dialog import ConnectDialog
from moderator.ui.dialogs.settings_dialog import SettingsDialog
from moderator.ui.kit.contrast import (
    READABLE,
    contrast,
    dims_read_rows,
    pen_on,
    required,
    row_backdrop,
    set_required,
)
from moderator.ui.kit.high_contrast import AAA, DISABLED_TEXT, TEXT_PAIRS, high_contrast_palette
from moderator.ui.kit.messages import Level, Message
from moderator.ui.kit.theme import ThemeManager
from moderator.ui.messages.row_colours import GREY, IMPOSTOR, NAME_QCOLORS
from moderator.ui.stream.stream_tab import StreamTab
from tests.gui.conftest import Runner
from tests.gui.desk import Desk, desk
from tests.gui.tabkit import open_tab
from tests.gui.test_theme_contrast import shown_colour, status_labels

Role = QPalette.ColorRole
__all__ = ["desk"]  # the fixture, used by name


@pytest.fixture
def themes(qapp: QApplication) -> Iterator[ThemeManager]:
    style = qapp.style()
    name, kept = (style.name() if style else "Fusion"), qapp.palette()
    yield ThemeManager(qapp)
    set_required(READABLE)
    qapp.setStyle(name)
    qapp.setPalette(kept)


def test_every_text_role_pair_of_the_palette_reads_at_seven_to_one() -> None:
    colours = high_contrast_palette()
    for back, text in TEXT_PAIRS:
        ratio = contrast(colours.color(back), colours.color(text))
        assert ratio >= AAA, f"{text.name} on {back.name}: {ratio:.2f}"
    for role in (Role.Text, Role.WindowText, Role.ButtonText):
        disabled = colours.color(QPalette.ColorGroup.Disabled, role)
        assert disabled == QColor(DISABLED_TEXT)
        assert contrast(disabled, colours.color(Role.Window)) >= AAA
        assert disabled != colours.color(role)  # still looks greyed out


def test_the_theme_raises_what_nudged_colours_must_reach(themes: ThemeManager) -> None:
    themes.apply("high_contrast")
    assert required() == AAA
    assert not dims_read_rows()
    colours = QApplication.palette()
    assert colours.color(Role.Base) == QColor("#000000")
    for selected in (False, True):
        backdrop = row_backdrop(colours, selected)
        assert backdrop is not None
        for colour in [*NAME_QCOLORS, GREY, IMPOSTOR]:
            pen = pen_on(colour, backdrop)
            assert contrast(pen, backdrop) >= AAA, (colour.name(), selected)
    themes.apply("dark")
    assert required() == READABLE and dims_read_rows()
    assert row_backdrop(QApplication.palette(), False) is None  # plain rows keep their colours


@pytest.fixture
def tab(qtbot: QtBot, arun: Runner[Any]) -> Iterator[StreamTab]:
    fake = PrismFake(seed=3, lives=1)
    fake.add_chatter(5)
    opened, _ = open_tab(qtbot, fake, arun, rows=5)
    yield opened
    arun(opened.controller.close())


def test_status_texts_of_a_tab_read_at_seven_to_one(tab: StreamTab, themes: ThemeManager) -> None:
    tab.last_label.setText("last message 12:00:00")
    tab.show_hint("Select the message to mark read up to.")
    themes.apply("light")
    themes.apply("high_contrast")
    QApplication.processEvents()
    for what, label in status_labels(tab).items():
        text, back = shown_colour(label)
        assert contrast(text, back) >= AAA, f"{what}: {text.name()} on {back.name()}"
    assert not tab.view.grab().isNull()


def test_the_settings_offer_and_keep_high_contrast(qtbot: QtBot) -> None:
    settings = Settings(theme="high_contrast")
    dialog = SettingsDialog(settings, keyring_available=True)
    qtbot.addWidget(dialog)
    assert dialog.theme.currentData() == "high_contrast"
    assert dialog.settings().theme == "high_contrast"


def sheet_colour(sheet: str, selector: str, prop: str) -> QColor:
    """The colour a style sheet gives ``prop`` in the rule for ``selector``."""
    rule = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", sheet)
    assert rule is not None, selector
    found = re.search(rf"(?<![-\w]){prop}:\s*(#[0-9a-fA-F]{{6}}|[a-z]+)", rule.group(1))
    assert found is not None, (selector, prop)
    return QColor(found.group(1))


def test_the_app_own_coloured_bars_read_at_seven_to_one(
    tab: StreamTab, themes: ThemeManager
) -> None:
    themes.apply("high_contrast")
    tab.notice_bar.show_message(Message(Level.ERROR, "Could not delete: the platform refused it."))
    notice = tab.notice_bar.palette()
    toast = tab.actions_.toast.styleSheet()
    pill = tab.view.pill.styleSheet()
    pairs = {
        "notice": (
            notice.color(QPalette.ColorRole.WindowText),
            notice.color(QPalette.ColorRole.Window),
        ),
        "toast text": (QColor("white"), sheet_colour(toast, "#undoToast", "background")),
        "toast buttons": (
            sheet_colour(toast, "#undoToast QPushButton", "color"),
            sheet_colour(toast, "#undoToast", "background"),
        ),
        "pill": (
            sheet_colour(pill, "#newMessagesPill", "color"),
            sheet_colour(pill, "#newMessagesPill", "background"),
        ),
        "pill under the pointer": (
            sheet_colour(pill, "#newMessagesPill", "color"),
            sheet_colour(pill, "#newMessagesPill:hover", "background"),
        ),
    }
    for what, (text, back) in pairs.items():
        assert contrast(text, back) >= AAA, f"{what}: {text.name()} on {back.name()}"


def test_warnings_and_errors_in_dialogs_read_at_seven_to_one(
    desk: Desk, themes: ThemeManager
) -> None:
    search = desk.cross.open_search()
    settings = desk.workspace.open_settings()
    connect = desk.workspace.open_connect_dialog()
    assert isinstance(connect, ConnectDialog)
    overview = desk.cross.show_all_streams()
    assert overview is not None
    labels = {
        "search notice": search.notice,
        "All streams notice": overview.notice,
        "settings error": settings.error,
        "form error": connect.form.general_error,
        "connect outcome": connect.outcome,
    }
    themes.apply("high_contrast")
    for ok in (True, False):
        connect._say("Connected." if ok else "Refused.", ok=ok)
        QApplication.processEvents()
        for what, label in labels.items():
            text = label.palette().color(label.foregroundRole())
            back = label.palette().color(QPalette.ColorRole.Window)
            assert contrast(text, back) >= AAA, f"{what}: {text.name()} on {back.name()}"
    for widget in (search, settings, connect):
        widget.close()
