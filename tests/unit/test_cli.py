"""``moderator --help`` in the moderator's language: every word of it, argparse's own too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from moderator.cli import build_parser, chosen_language, parse_args
from moderator.storage.settings import SettingsStore
from moderator.ui.kit.i18n import SHIPPED


def _help(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as ended:
        parse_args(["--help", *argv])
    assert ended.value.code == 0
    return capsys.readouterr().out


def _english_phrases() -> list[str]:
    """Every sentence and word of the English help that is ours (not an option's name)."""
    seen: list[str] = []

    def keep(text: str) -> str:
        seen.append(text)
        return text

    build_parser(keep)
    return [text for text in seen if text not in ("N",)]


@pytest.mark.parametrize("code", SHIPPED)
def test_help_is_all_in_the_chosen_language(capsys: pytest.CaptureFixture[str], code: str) -> None:
    shown = _help(capsys, "--language", code)
    english = _help(capsys, "--language", "en")
    assert "usage: moderator" in english and "options:" in english
    assert "show this help and quit" in english
    left = [p for p in _english_phrases() if re.search(rf"\b{re.escape(p)}", shown)]
    assert not left, f"English left in the {code} help: {left}"
    assert "--profile" in shown and "--language" in shown  # the options themselves stay


def test_turkish_help_reads_turkish(capsys: pytest.CaptureFixture[str]) -> None:
    shown = _help(capsys, "--language=tr")
    assert shown.startswith("kullanım: moderator")
    assert "ayarları, verileri ve günlükleri KLASÖR altında tut" in shown


def test_the_profiles_setting_chooses_when_no_language_is_given(tmp_path: Path) -> None:
    from moderator.paths import Profile

    profile = Profile.at(tmp_path).create()
    store = SettingsStore(profile.settings_file)
    store.save(store.load().model_copy(update={"language": "ko"}))
    assert chosen_language(["--profile", str(tmp_path), "--help"]) == "ko"
    assert chosen_language(["--language", "de", "--profile", str(tmp_path)]) == "de"


def test_a_normal_start_parses_as_before() -> None:
    args = parse_args(["--demo", "--language", "tr", "--buffer", "5"])
    assert args.demo and args.language == "tr" and args.buffer == 5 and args.log_level == "INFO"


@pytest.mark.parametrize(
    ("argv", "english"),
    [
        (["--nonsense"], "unrecognized arguments"),
        (["--log-level", "LOUD"], "invalid choice"),
        (["--buffer"], "expected one argument"),
        (["--buffer", "many"], "invalid int value"),
        (["--demo-rate", "fast"], "invalid float value"),
    ],
)
def test_a_mistyped_option_is_refused_in_the_chosen_language(
    capsys: pytest.CaptureFixture[str], argv: list[str], english: str
) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse_args([*argv, "--language", "tr"])
    assert stopped.value.code == 2
    said = capsys.readouterr().err
    assert "hata" in said and "kullanım" in said.lower(), said
    assert english not in said and "error:" not in said and "usage:" not in said, said


def test_a_mistyped_option_still_reads_english_in_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--nonsense", "--language", "en"])
    assert "error: unrecognized arguments: --nonsense" in capsys.readouterr().err
