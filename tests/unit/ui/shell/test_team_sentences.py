"""The team's "Already deleted by ana." (core fills it in) read in the moderator's language,
with the other moderator's name kept as it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from moderator.core.team_actions import ALREADY_DELETED, ALREADY_FLAGGED
from moderator.core.team_records import Decided
from moderator.ui.kit.i18n import Translations
from moderator.ui.shell.team_link import team_sentence
from moderator.ui.shell.team_share import already_said


@pytest.fixture
def turkish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translations = Translations()
    translations.install("tr", tmp_path / "cache")
    yield
    translations.remove()
    QLocale.setDefault(QLocale.c())


@pytest.mark.parametrize(
    ("template", "says"),
    [(ALREADY_DELETED, "Ana Lima zaten sildi."), (ALREADY_FLAGGED, "Ana Lima zaten işaretledi.")],
)
def test_a_team_sentence_is_translated_with_the_name_kept(
    turkish: None, template: str, says: str
) -> None:
    assert team_sentence(template.format(moderator="Ana Lima")) == says


def test_english_and_unknown_sentences_read_as_written(qapp: QApplication) -> None:
    assert team_sentence(ALREADY_DELETED.format(moderator="ana")) == "Already deleted by ana."
    assert team_sentence("Something else.") == "Something else."


@pytest.mark.parametrize(
    ("decision", "says"),
    [("denied", "Ana Lima zaten reddetti."), ("approved", "Ana Lima zaten onayladı.")],
)
def test_a_decision_taken_first_by_another_is_told_translated(
    turkish: None, decision: str, says: str
) -> None:
    decided = Decided(("prism:1", "7"), decision, "Ana Lima")
    assert already_said(decided) == says
