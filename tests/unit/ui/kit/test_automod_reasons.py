"""Automod's reasons, written in English by core, shown in the moderator's language with the
message's own parts kept (a blocked word stays the word that was written)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from moderator.core.automod.engine import Engine
from moderator.core.automod.rules import Act, Rule, RuleKind, RuleSet
from moderator.core.models import Author, ChatMessage
from moderator.ui.kit.automod_reasons import reason_text
from moderator.ui.kit.i18n import Translations

T0 = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translations = Translations()
    translations.install("de", tmp_path / "cache")
    yield
    translations.remove()
    QLocale.setDefault(QLocale.c())


#: (what core writes, what a German moderator reads)
REASONS = [
    ("blocked word “free”", "gesperrtes Wort „free“"),
    ("blocked phrase “check my channel”", "gesperrte Wendung „check my channel“"),
    ("matches “bit.ly/x”", "passt auf „bit.ly/x“"),
    ("name looks like “NightOwl”", "Name sieht aus wie „NightOwl“"),
    ("link to bit.ly", "Link zu bit.ly"),
    ("83% capitals", "83% Großbuchstaben"),
    ("the same message 3 times in 30 s", "dieselbe Nachricht 3-mal in 30 s"),
    ("the same text from 5 authors in 10 s", "derselbe Text von 5 Autoren in 10 s"),
    ("10 messages in 5 s", "10 Nachrichten in 5 s"),
    ("812 characters", "812 Zeichen"),
    ("a newly seen author", "ein neu gesehener Autor"),
]


@pytest.mark.parametrize(("why", "says"), REASONS)
def test_each_reason_core_writes_is_translated(german: None, why: str, says: str) -> None:
    assert reason_text(why) == says


@pytest.mark.parametrize(("why", "_says"), REASONS)
def test_english_reads_what_core_wrote(qapp: QApplication, why: str, _says: str) -> None:
    assert reason_text(why) == why


def test_a_reason_of_no_known_shape_is_shown_as_written(german: None) -> None:
    assert reason_text("a rule from a newer version") == "a rule from a newer version"


def _hits(rules: list[Rule], lines: list[tuple[str, str]]) -> set[str]:
    """The reasons core's engine writes for ``lines`` (author id, text), one second apart."""
    engine = Engine(RuleSet(rules=tuple(rules)))
    engine.protect("prism:live", "Streamer")
    whys: set[str] = set()
    for n, (who, body) in enumerate(lines):
        message = ChatMessage(str(n), "prism:live", Author(who, who), body, T0)
        verdict = engine.check(message, (T0 + timedelta(seconds=n)).timestamp())
        whys.update(h.why for h in verdict.hits) if verdict else None
    return whys


def test_every_reason_the_engine_writes_has_a_known_shape(german: None) -> None:
    """Core's wording and these shapes stay in step: a reason core rewords shows untranslated
    and fails here."""
    hold = {"action": Act.HOLD}
    rules = [
        Rule(name="w", kind=RuleKind.WORDS, words=("spam", "free followers"), **hold),
        Rule(name="r", kind=RuleKind.REGEX, pattern=r"code\d+", **hold),
        Rule(name="l", kind=RuleKind.LINKS, **hold),
        Rule(name="c", kind=RuleKind.CAPS, caps_ratio=0.5, min_letters=5, **hold),
        Rule(name="rep", kind=RuleKind.REPEAT, count=2, window_seconds=30, **hold),
        Rule(name="raid", kind=RuleKind.RAID, count=2, window_seconds=30, **hold),
        Rule(name="f", kind=RuleKind.FLOOD, count=3, window_seconds=30, **hold),
        Rule(name="n", kind=RuleKind.NEW_AUTHOR, first_messages=1, **hold),
        Rule(name="a", kind=RuleKind.LOOKALIKE, protected_names=("Streamer",), **hold),
        Rule(name="len", kind=RuleKind.LENGTH, max_length=40, **hold),
    ]
    lines = [
        ("x", "spam"),
        ("x", "get free followers"),
        ("y", "code1234 at bit.ly/x"),
        ("y", "SHOUTING LOUDLY"),
        ("y", "SHOUTING LOUDLY"),
        ("Str\u0435amer", "hello there"),
        ("z", "a" * 60),
    ]
    whys = _hits(rules, lines)
    kinds_seen = {why.split(" ")[0] for why in whys}
    assert len(kinds_seen) >= 8, whys  # most kinds spoke
    untranslated = sorted(why for why in whys if reason_text(why) == why)
    assert not untranslated, untranslated
