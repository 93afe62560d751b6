"""The stream tab's status texts ("last message …", hints, where it is) read at 4.5:1 on their
background in the light and the dark theme, also when the theme changes while tabs are open."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from moderator.fakes.prism import PrismFake
from moderator.ui.kit.contrast import READABLE, contrast
from moderator.ui.kit.theme import ThemeManager
from moderator.ui.stream.stream_tab import StreamTab
from tests.gui.conftest import Runner
from tests.gui.tabkit import open_tab


@pytest.fixture
def themes(qapp: QApplication) -> Iterator[ThemeManager]:
    style = qapp.style()
    name, kept = (style.name() if style else "Fusion"), qapp.palette()
    yield ThemeManager(qapp)
    qapp.setStyle(name)
    qapp.setPalette(kept)


@pytest.fixture
def tab(qtbot: QtBot, arun: Runner[Any]) -> Iterator[StreamTab]:
    fake = PrismFake(seed=3, lives=1)
    fake.add_chatter(5)
    opened, _ = open_tab(qtbot, fake, arun, rows=5)
    yield opened
    arun(opened.controller.close())


def shown_colour(label: QLabel) -> tuple[QColor, QColor]:
    """The text colour as painted (blended over the background when translucent), and the
    background it is painted on (the tab's: labels fill no background of their own)."""
    label.ensurePolished()
    parent = label.parentWidget()
    assert parent is not None
    text = label.palette().color(label.foregroundRole())
    back = parent.palette().color(parent.backgroundRole())
    alpha = text.alphaF()
    blended = QColor.fromRgbF(
        text.redF() * alpha + back.redF() * (1 - alpha),
        text.greenF() * alpha + back.greenF() * (1 - alpha),
        text.blueF() * alpha + back.blueF() * (1 - alpha),
    )
    return blended, back


def status_labels(tab: StreamTab) -> dict[str, QLabel]:
    where = next(w for w in tab.findChildren(QLabel) if " · " in w.text())
    return {
        "last message": tab.last_label,
        "hint": tab.hint_label,
        "where": where,
        "waiting": tab.waiting_label,
        "rejected": tab.rejected_label,
    }


@pytest.mark.parametrize("order", [("light", "dark"), ("dark", "light")])
def test_status_texts_read_in_both_themes_after_a_switch(
    tab: StreamTab, themes: ThemeManager, order: tuple[str, str]
) -> None:
    tab.last_label.setText("last message 12:00:00")
    tab.show_hint("Select the message to mark read up to.")
    for scheme in order:
        themes.apply(scheme)  # type: ignore[arg-type]
        QApplication.processEvents()
        for what, label in status_labels(tab).items():
            text, back = shown_colour(label)
            ratio = contrast(text, back)
            assert ratio >= READABLE, f"{what} in {scheme}: {text.name()} on {back.name()}"
