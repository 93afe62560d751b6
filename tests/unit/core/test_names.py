"""Hidden characters, reversed names, stacked marks and look-alike names (finding 14)."""

from __future__ import annotations

import pytest

from moderator.core.models import Author, Badge
from moderator.core.names import (
    MARKS_PER_BASE,
    LookAlikes,
    cap_marks,
    safe_text,
    skeleton,
    visible_name,
)

ME = Author("me", "StreamTeam", badges=frozenset({Badge.MODERATOR}))


def test_a_zero_width_space_is_shown_not_hidden() -> None:
    assert visible_name("StreamTeam\u200b") == "StreamTeam⟨U+200B⟩"


def test_a_right_to_left_override_cannot_reverse_a_name() -> None:
    shown = visible_name("\u202eMANAGER StreamTeam")
    assert "\u202e" not in shown
    assert shown == "⟨U+202E⟩MANAGER StreamTeam"


def test_line_breaks_and_controls_in_a_name_become_spaces() -> None:
    assert visible_name("Mal\nlory\x00") == "Mal lory "


def test_a_name_is_cut_to_a_line() -> None:
    shown = visible_name("x" * 10_000)
    assert len(shown) == 64
    assert shown.endswith("…")


def test_ten_thousand_marks_are_capped_per_character() -> None:
    zalgo = "Z" + "\u0336\u0301\u0489" * 3_333 + "a" + "\u0300" * 5
    shown = cap_marks(zalgo)
    assert shown == "Z\u0336\u0301a\u0300\u0300"
    assert visible_name(zalgo) == "Z\u0336\u0301a\u0300\u0300"


def test_ordinary_accents_are_kept() -> None:
    assert cap_marks("Ayşe Ñandú e\u0301") == "Ayşe Ñandú e\u0301"
    assert visible_name("田中 陽菜") == "田中 陽菜"


def test_message_text_is_capped_and_its_direction_ends_with_it() -> None:
    assert safe_text("hi \u202egnihtemos") == "hi \u202egnihtemos\u202c"
    assert safe_text("\u2067عربى\u2069 ok") == "\u2067عربى\u2069 ok"
    assert safe_text("stray \u202c\u2069close") == "stray close"
    marks = "a" + "\u0301" * 50
    assert safe_text(marks) == "a" + "\u0301" * MARKS_PER_BASE


@pytest.mark.parametrize(
    "impostor",
    [
        "StreamTeam\u200b",  # a zero-width space
        "Streamteam",  # case
        "StreamTeаm",  # Cyrillic а
        "StreαmTeam",  # Greek alpha
        "Strearn Team",  # rn for m, and a space
        "StreamTe\u0301am",  # a mark
        "S\u200dtream_Team",  # a joiner and an underscore
        "ＳｔｒｅａｍＴｅａｍ",  # full width
    ],
)
def test_a_look_alike_of_a_moderator_is_caught(impostor: str) -> None:
    names = LookAlikes()
    names.learn([ME])
    assert names.resembles(Author("evil", impostor)) == "StreamTeam"


def test_digits_for_letters_are_caught() -> None:
    names = LookAlikes()
    names.protect("Oliver", "o1")
    assert names.resembles(Author("x", "0liver")) == "Oliver"
    assert names.resembles(Author("x", "OIiver")) == "Oliver"


def test_the_real_person_and_other_names_are_not_flagged() -> None:
    names = LookAlikes()
    names.learn([ME])
    assert names.resembles(ME) is None
    assert names.resembles(Author("x", "StreamFan")) is None
    assert names.resembles(Author("x", "Stream")) is None


def test_the_same_name_from_another_account_is_an_impostor() -> None:
    names = LookAlikes()
    names.learn([ME])
    assert names.resembles(Author("evil", "StreamTeam")) == "StreamTeam"


def test_an_own_name_known_only_by_name_flags_look_alikes_not_itself() -> None:
    names = LookAlikes()
    names.protect("StreamTeam")
    assert names.resembles(Author("any", "StreamTeam")) is None
    assert names.resembles(Author("any", "StreamTeam\u200b")) == "StreamTeam"


def test_viewers_names_are_not_protected() -> None:
    names = LookAlikes()
    names.learn([Author("v", "Bob", badges=frozenset({Badge.VISITOR}))])
    assert names.resembles(Author("w", "B0b")) is None


def test_skeletons_agree_on_look_alikes() -> None:
    assert skeleton("paypal") == skeleton("PaуPaI")
    assert skeleton("modern") == skeleton("rnodern")
