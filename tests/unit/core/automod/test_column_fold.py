"""The columnar backtest's per-character tables and chunk folding say what the engine's own
folding (:func:`fold_words`) and counting (:func:`caps_plain`) say, text by text."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from moderator.core.automod.column_fold import (
    BMP,
    classify,
    code_points,
    folded_words,
    stable,
    table,
)
from moderator.core.automod.text import fold_words
from tests.unit.core.automod.test_fast_path import TRICKY

#: characters the folding treats apart: multi-character case folds, compatibility forms that
#: NFKC changes, Hangul jamo, combining marks, emoji beyond the BMP, hidden ones
ODD = "ßİŉǰﬁ？ㅋ각\u1161\u11a8e\u0301\u0301\U0001f600\U0001f1ea\U00010400\u200b\u202eＡ①½"
texts = st.lists(st.text(alphabet=TRICKY + ODD + "gg!! 0$@#", max_size=12), min_size=1)


@settings(max_examples=300, deadline=None)
@given(chunk=texts)
def test_a_chunk_folds_as_each_text_alone(chunk: list[str]) -> None:
    parts = folded_words(chunk, "\x00".join(chunk)).split("\x00")
    assert parts == [" ".join(fold_words(t)) for t in chunk]


def test_the_word_table_is_what_a_regular_expression_calls_a_word_character() -> None:
    word = re.compile(r"\w")
    flags = table("word")
    assert all(bool(flags[c]) == bool(word.fullmatch(chr(c))) for c in range(BMP))


def test_characters_beyond_the_bmp_are_classified_as_met() -> None:
    points = code_points("\U00010400\U0001f600a\U0001d400")  # Deseret capital, emoji, math A
    assert classify(points, "upper").tolist() == [True, False, False, True]
    assert classify(points, "alpha").tolist() == [True, False, True, True]


def test_no_stable_character_is_ever_the_second_of_a_composition() -> None:
    """What makes a text of stable characters already NFKC: none combines with the one
    before it (every composition's second character is a mark or a Hangul jamo)."""
    seconds = set()
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(int(parts[1], 16))
    seconds |= set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))
    assert not [hex(c) for c in seconds if stable(chr(c))]
    flags = table("stable")
    assert all(bool(flags[c]) == stable(chr(c)) for c in range(BMP))
