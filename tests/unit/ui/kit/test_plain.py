"""The one way words from a platform reach Qt: plain, whatever they look like."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtText
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from moderator.ui.kit.plain import PlainLabel, inert, no_mnemonic, plain_box, tip, window_title

NAME = '<img src="/dev/zero">Mallory'


def test_a_label_shows_markup_as_written(qtbot: QtBot) -> None:
    label = PlainLabel(NAME)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == NAME
    parented = PlainLabel(label)
    assert parented.textFormat() == Qt.TextFormat.PlainText


def test_a_message_box_shows_markup_as_written(qtbot: QtBot) -> None:
    box = plain_box(QMessageBox(QMessageBox.Icon.Warning, "t", NAME))
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText


def test_a_tooltip_escapes_what_qt_would_read_as_html() -> None:
    shown = tip(NAME)
    assert "<img" not in shown
    assert "&lt;img" in shown
    assert QtText.mightBeRichText(shown)  # rich on purpose: the entities are decoded for show


def test_a_tooltip_without_markup_stays_as_it_is() -> None:
    assert tip("Ann · 2026-03-01 12:00:00") == "Ann · 2026-03-01 12:00:00"


def test_an_ampersand_alone_is_kept_visible_in_a_tooltip() -> None:
    assert "&amp;amp;" in tip("Tom &amp; Jerry")


def test_a_long_tooltip_is_cut() -> None:
    assert len(tip("x" * 10_000)) <= 600


def test_tab_and_window_texts_keep_their_special_characters() -> None:
    assert no_mnemonic("R&D") == "R&&D"
    assert window_title("Chat [*]") == "Chat [[*]]"


def test_a_notification_carries_no_markup() -> None:
    shown = inert(f"{NAME} &amp;")
    assert "<" not in shown
    assert "&" not in shown
