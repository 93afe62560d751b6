"""The question before an action says in English exactly what core says, and reads naturally in
the other languages."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from moderator.core.actions import ActionKind, confirmation, describe_duration
from moderator.core.models import Author, ChatMessage
from moderator.ui.actions.questions import Questions
from moderator.ui.kit.i18n import Translations, counts

WHEN = datetime(2026, 1, 1, tzinfo=UTC)
DURATIONS = [timedelta(seconds=s) for s in (1, 59, 60, 90, 600, 3600, 5400, 86_400, 172_800)]


def messages(count: int, authors: int) -> list[ChatMessage]:
    return [
        ChatMessage(str(i), "prism:1", Author(f"a{i % authors}", f"Name{i % authors}"), "x", WHEN)
        for i in range(count)
    ]


@pytest.mark.parametrize("kind", list(ActionKind))
@pytest.mark.parametrize(("count", "authors"), [(1, 1), (2, 1), (2, 2), (5, 5), (7, 4)])
def test_english_is_core_s_sentence(
    qapp: QApplication, kind: ActionKind, count: int, authors: int
) -> None:
    targets = messages(count, authors)
    for duration in (None, *DURATIONS):
        assert Questions().confirmation(kind, targets, "PRISM", duration) == confirmation(
            kind, targets, "PRISM", duration
        )


def test_durations_in_english_are_core_s(qapp: QApplication) -> None:
    assert [counts().duration(d) for d in DURATIONS] == [describe_duration(d) for d in DURATIONS]


@pytest.fixture
def korean(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translations = Translations()
    translations.install("ko", tmp_path)
    yield
    translations.remove()
    QLocale.setDefault(QLocale.c())


def test_korean_asks_in_korean(korean: None) -> None:
    asked = Questions().confirmation(ActionKind.TIMEOUT, messages(5, 5), "PRISM", DURATIONS[4])
    who = "작성자 5명 (Name0, Name1, Name2 외 2명)"
    assert asked == f"PRISM에서 {who}을(를) 10분 동안 타임아웃할까요?"
