"""The moderator's language: translators from the setting or the OS, plural forms, and dates,
times and numbers in the locale's own way."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from moderator.core.actions import ActionKind, MenuEntry
from moderator.core.commands import CommandError, parse_line
from moderator.core.inline import InlineConfig
from moderator.core.models import ChatMessage
from moderator.errors import ActionUnsupported
from moderator.ui.kit.automod_reasons import REASON_CONTEXT
from moderator.ui.kit.i18n import (
    Translations,
    compiled,
    counts,
    local_time,
    number,
    plural,
    resolve,
    tr_core,
    ts_file,
)
from moderator.ui.messages.inline_buttons import InlineButtons
from moderator.ui.stream.commands import error_text, help_lines
from moderator.wording import Said, Word, from_data, to_data

Install = Callable[[str], Translations]


@pytest.fixture
def speak(qapp: QApplication, tmp_path: Path) -> Iterator[Install]:
    """Install a language for one test; English (and the C locale) again afterwards."""
    installed: list[Translations] = []

    def install(code: str) -> Translations:
        translations = Translations()
        translations.install(code, tmp_path / "cache")
        installed.append(translations)
        return translations

    yield install
    for translations in installed:
        translations.remove()
    QLocale.setDefault(QLocale.c())


#: (1, 2, 5, 21) of "%Ln message(s)": Turkish and Korean have one form (the noun never changes
#: after a number), German and Spanish two; English's own from the source
MESSAGES = {
    "en": ["1 message", "2 messages", "5 messages", "21 messages"],
    "tr": ["1 mesaj", "2 mesaj", "5 mesaj", "21 mesaj"],
    "ko": ["메시지 1개", "메시지 2개", "메시지 5개", "메시지 21개"],
    "de": ["1 Nachricht", "2 Nachrichten", "5 Nachrichten", "21 Nachrichten"],
    "es": ["1 mensaje", "2 mensajes", "5 mensajes", "21 mensajes"],
}


@pytest.mark.parametrize("code", list(MESSAGES))
def test_plural_forms(speak: Install, code: str) -> None:
    speak(code)
    assert [counts().messages(n) for n in (1, 2, 5, 21)] == MESSAGES[code]


@pytest.mark.parametrize(
    ("code", "one", "many"),
    [
        ("tr", "1 yazar", "3 yazar"),
        ("ko", "작성자 1명", "작성자 3명"),
        ("de", "1 Autor", "3 Autoren"),
        ("es", "1 autor", "3 autores"),
    ],
)
def test_counted_nouns_follow_the_language(speak: Install, code: str, one: str, many: str) -> None:
    speak(code)
    assert (counts().authors(1), counts().authors(3)) == (one, many)


@pytest.mark.parametrize(
    ("code", "big"), [("en", "12,345"), ("tr", "12.345"), ("de", "12.345"), ("ko", "12,345")]
)
def test_counts_group_digits_the_locale_s_way(speak: Install, code: str, big: str) -> None:
    speak(code)
    assert counts().messages(12345).count(big) == 1
    assert number(12345) == big


def test_english_without_a_translation_still_says_one_message() -> None:
    assert plural("%Ln message(s)".replace("%Ln", "1"), 1) == "1 message"
    assert counts().messages(2) == "2 messages"


def test_a_language_translates_the_ui_and_qt_s_own_buttons(speak: Install) -> None:
    speak("de")
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Einstellungen"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_dates_and_times_in_the_locale_s_format(speak: Install) -> None:
    moment = datetime(2026, 3, 1, 12, 0, 5, tzinfo=UTC).astimezone()
    shown = {}
    for code in ("en", "de", "ko"):
        speak(code)
        shown[code] = local_time(moment)
    assert "01.03." in shown["de"] and ":05" in shown["de"]
    assert "3/1/" in shown["en"]
    assert "3. 1." in shown["ko"]


@pytest.mark.parametrize(
    ("setting", "system", "code"),
    [
        ("system", "tr_TR", "tr"),
        ("system", "ko_KR", "ko"),
        ("system", "de_AT", "de"),
        ("system", "es_MX", "es"),
        ("system", "fr_FR", "en"),  # not shipped: English
        ("de", "ko_KR", "de"),  # the setting wins
        ("en", "tr_TR", "en"),
        ("xx", "es_ES", "es"),  # an unknown setting counts as the system's
    ],
)
def test_which_language(setting: str, system: str, code: str) -> None:
    assert resolve(setting, QLocale(system)) == code


def test_the_qm_is_compiled_once_then_again_when_the_ts_changes(tmp_path: Path) -> None:
    first = compiled("tr", tmp_path)
    assert first is not None and first.parent == tmp_path
    made = first.stat().st_mtime_ns
    assert compiled("tr", tmp_path) == first
    assert first.stat().st_mtime_ns == made  # fresh: not compiled again
    later = ts_file("tr").stat().st_mtime + 10
    os.utime(first, (later - 20, later - 20))  # older than the .ts: stale
    assert compiled("tr", tmp_path) == first
    assert first.stat().st_mtime > later - 20


def test_a_language_that_cannot_load_leaves_english(speak: Install, tmp_path: Path) -> None:
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache folder should be")
    translations = Translations()
    translations.install("de", blocked)
    try:
        assert QCoreApplication.translate("SettingsDialog", "Settings") == "Settings"
    finally:
        translations.remove()


def test_the_c_locale_writes_iso_dates(qapp: QApplication) -> None:
    QLocale.setDefault(QLocale.c())
    moment = datetime(2026, 3, 1, 12, 0, 5, tzinfo=UTC)
    assert local_time(moment) == moment.strftime("%Y-%m-%d %H:%M:%S")


def _no_entry(_message: ChatMessage, _kind: ActionKind) -> MenuEntry:
    raise AssertionError("only the buttons' words are looked at")


def test_core_words_of_the_commands_and_inline_buttons_are_translated(
    speak: Install, qapp: QApplication
) -> None:
    """/help's descriptions and the row buttons' words come from core; the UI translates them
    (the usages stay as typed: the parser reads them)."""
    speak("tr")
    assert "/ban name [reason] — Bu sohbetteki bir yazarı yasakla" in help_lines()
    buttons = InlineButtons(_no_entry, InlineConfig())
    assert buttons.text(ActionKind.DELETE) == "Sil"
    assert buttons.text(ActionKind.TIMEOUT) == "10m"  # a duration, not a word


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("/bna x", "/bna diye bir komut yok: hiçbir şey gönderilmedi. /ban mı demek istediniz?"),
        ("/timeout ada 5x", "“5x” bir süre değil"),
        ("/ban", "Kullanım: /ban name [reason]"),
    ],
)
def test_a_command_error_is_said_in_the_moderator_s_language(
    speak: Install, line: str, says: str
) -> None:
    speak("tr")
    parsed = parse_line(line)
    assert isinstance(parsed, CommandError)
    assert says in error_text(parsed)


def test_a_menu_entry_s_reason_from_the_provider_is_translated_too(speak: Install) -> None:
    """A disabled entry's tooltip is core's sentence or, passed through, the provider's."""
    speak("tr")
    reason = "Brilliant Directories chat has no timeouts."
    assert tr_core("Core", reason) == "Brilliant Directories sohbetinde zaman aşımı yok."
    assert tr_core("Core", "Not a sentence anyone wrote.") == "Not a sentence anyone wrote."


@pytest.mark.parametrize(
    ("code", "banned", "timed_out"),
    [
        ("en", "Ana was banned by you", "Ana was timed out for 10 minutes by automod (Links)"),
        ("tr", "Ana sizin tarafınızdan yasaklandı", "Ana, automod (Links) tarafından 10 dakika"),
        ("de", "Ana wurde von Ihnen gesperrt", "Ana wurde von automod (Links) für 10 Minuten"),
        ("ko", "Ana 님을 차단했습니다", "automod (Links)이(가) Ana 님을 10분 동안"),
        ("es", "Usted baneó a Ana", "automod (Links) expulsó temporalmente a Ana durante 10 min"),
    ],
)
def test_the_chat_lines_of_bans_and_timeouts_are_in_the_moderator_s_language(
    speak: Install, code: str, banned: str, timed_out: str
) -> None:
    """Core writes them in English (and the archive keeps them so); each list shows them in
    the moderator's language, names and who acted kept as written."""
    from moderator.core.actions import ActionKind
    from moderator.core.result_line import done_sentence
    from moderator.ui.messages.moderation_lines import ModerationLines

    speak(code)
    lines = ModerationLines()
    assert lines.said(done_sentence(ActionKind.BAN, "Ana")) == banned
    ten = timedelta(minutes=10)
    said = lines.said(done_sentence(ActionKind.TIMEOUT, "Ana", ten, by="automod: Links"))
    assert said.startswith(timed_out), said
    assert lines.said("Ana wrote something else") == "Ana wrote something else"


def test_an_action_the_platform_lacks_is_refused_in_the_moderator_s_language(
    speak: Install,
) -> None:
    """What a client raises when asked for an action it lacks: the sentence, the action's
    name and the platform's reason all in Turkish."""
    speak("tr")
    lacking = ActionUnsupported(
        Word("Capability", "Timeout"), Word("Core", "Brilliant Directories chat has no timeouts.")
    )
    said = tr_core("Core", lacking.sentence())
    assert said == "Zaman aşımı kullanılamıyor: Brilliant Directories sohbetinde zaman aşımı yok."
    no_id = ActionUnsupported(
        Word("Capability", "Delete"),
        Said("PRISM sent this message without an id, so it cannot be deleted."),
    )
    assert tr_core("Core", no_id.sentence()).endswith("bu yüzden silinemez.")


def test_an_automod_audit_detail_is_in_the_moderator_s_language(speak: Install) -> None:
    """The audit names the rule and says why it matched: both translated, the why by its shape
    (core writes it in English as it checks)."""
    speak("tr")
    detail = Said(
        "{first}; {then}",
        first=Said("automod: {rule}", rule="Links"),
        then=Word(REASON_CONTEXT, "link to bit.ly"),
    )
    assert str(detail) == "automod: Links; link to bit.ly"
    assert tr_core("Core", detail) == "otomatik moderasyon: Links; bit.ly bağlantısı"
    kept = from_data(json.loads(json.dumps(to_data(detail))), str(detail))
    assert tr_core("Core", kept) == "otomatik moderasyon: Links; bit.ly bağlantısı"
