"""The moderator's language: Qt translators, the locale, and the few words core hands up.

The ``.ts`` files in ``moderator/resources/i18n`` are the source (kept by ``tools/i18n.py
update``); the ``.qm`` Qt reads are compiled from them with ``pyside6-lrelease``: by the bundle's
build (next to the ``.ts``), or else on first start into the profile (again whenever a ``.ts`` is
newer than its ``.qm``). A language that cannot be loaded leaves the app in English, never stops it.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimeZone,
    QTranslator,
)

from moderator.ui.kit.automod_reasons import REASON_CONTEXT, reason_text
from moderator.wording import Said, Word, render

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
#: the languages shipped, by code, each named in its own language (never translated)
LANGUAGES: dict[str, str] = {
    "en": "English",
    "tr": "Türkçe",
    "ko": "한국어",
    "de": "Deutsch",
    "es": "Español",
}
SYSTEM = "system"
SHIPPED = tuple(code for code in LANGUAGES if code != "en")


def ts_file(code: str) -> Path:
    return TRANSLATIONS_DIR / f"moderator_{code}.ts"


def resolve(setting: str, system: QLocale | None = None) -> str:
    """The language code to use: the setting's, or the first of the system's we ship."""
    if setting in LANGUAGES:
        return setting
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def lrelease() -> Path:
    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).parent / exe


def compiled(code: str, cache_dir: Path) -> Path | None:
    """The ``.qm`` of a shipped language: the bundle's, else one compiled (again) into the cache."""
    source = ts_file(code)
    bundled = source.with_suffix(".qm")
    frozen = getattr(sys, "frozen", False)  # a bundle has no lrelease: its .qm is the one
    if bundled.exists() and (frozen or not source.exists() or _newer(bundled, source)):
        return bundled
    if not source.exists():
        return None
    target = cache_dir / bundled.name
    if target.exists() and _newer(target, source):
        return target
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(lrelease()), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as err:
        log.warning("the %s translation could not be compiled: %s", code, err)
        return None
    return target if target.exists() else None


def _newer(a: Path, b: Path) -> bool:
    return a.stat().st_mtime >= b.stat().st_mtime


class Translations:
    """The installed translators (Qt keeps only pointers: they live as long as this object)."""

    def __init__(self) -> None:
        self.code = "en"
        self._installed: list[QTranslator] = []

    def install(self, setting: str, cache_dir: Path) -> str:
        """Load the language ``setting`` names (or the system's); returns the code in use."""
        self.remove()
        self.code = resolve(setting)
        QLocale.setDefault(QLocale(self.code) if setting in LANGUAGES else QLocale.system())
        if self.code == "en":
            return self.code
        own = compiled(self.code, cache_dir)
        if own is not None:
            self._load(str(own.parent), own.stem)
        # Qt's own words: the standard buttons (Save, Cancel), the file dialog, the context menus
        self._load(
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{self.code}"
        )
        return self.code

    def _load(self, folder: str, name: str) -> None:
        translator = QTranslator()
        if translator.load(name, folder):
            QCoreApplication.installTranslator(translator)
            self._installed.append(translator)
        else:
            log.warning("no translation %s in %s", name, folder)

    def remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()


#: contexts whose words are not listed one by one but recognised by their shape
_BY_SHAPE: dict[str, Callable[[str], str]] = {REASON_CONTEXT: reason_text}


def tr_core(context: str, text: str) -> str:
    """A sentence core (or a provider's spec) wrote in English, in the moderator's language.

    lupdate cannot see these through a variable: ``tools/i18n.py update`` lists them in
    ``resources/i18n/core_strings.py`` under the same context. A :class:`~moderator.wording.Said`
    is translated by its template (under its own context, whatever ``context`` says) and filled
    in with its values, each translated the same way when it is one too.
    """
    if isinstance(text, Said):
        return render(text, tr_core)
    if isinstance(text, Word):
        by_shape = _BY_SHAPE.get(text.context)
        return by_shape(str(text)) if by_shape else tr_core(text.context, str(text))
    if not text:
        return text
    found = QCoreApplication.translate(context, text)
    if found == text and context == "Core":
        # a menu entry's reason is core's sentence or, passed through, a provider's
        return QCoreApplication.translate("Provider", text)
    return found


def either(keys: str) -> str:
    """The keymap's "Del or Backspace", with the moderator's word for "or"."""
    return keys.replace(" or ", QCoreApplication.translate("Keymap", " or "))


def local_time(moment: datetime, *, seconds: bool = True) -> str:
    """A date and time in the moderator's locale (short date, time with or without seconds);
    ISO 8601 in the C locale (no language asked for: tests, a bare machine)."""
    if QLocale().language() is QLocale.Language.C:
        return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    locale = QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and ":ss" not in time_format and "ss" not in time_format:
        time_format = time_format.replace("mm", "mm:ss", 1)
    return locale.toString(
        when, f"{locale.dateFormat(QLocale.FormatType.ShortFormat)} {time_format}"
    )


def clock_time(moment: datetime) -> str:
    """The time of day alone, with seconds, in the moderator's locale (24 h in the C locale)."""
    if QLocale().language() is QLocale.Language.C:
        return moment.strftime("%H:%M:%S")
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    locale = QLocale()
    time_format = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "ss" not in time_format:
        time_format = time_format.replace("mm", "mm:ss", 1)
    return locale.toString(when.time(), time_format)


def number(value: int) -> str:
    """A count with the locale's digit grouping (12.345 in German, 12,345 in English)."""
    return QLocale().toString(value)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate under ``context``; translated where it is shown."""
    return text


def plural(text: str, n: int) -> str:
    """English's own plural where no translation is loaded: the source says "message(s)"."""
    return text.replace("(s)", "" if n == 1 else "s")


class _Counts(QObject):
    """Counted nouns ("1 message", "5 messages"; one form in Turkish and Korean).

    Here because lupdate sees a plural only in ``self.tr(text, "", n)`` inside a class (not in
    ``QCoreApplication.translate``); never subclassed, since PySide looks a plural up under the
    instance's own class name.
    """

    def messages(self, n: int) -> str:
        return plural(self.tr("%Ln message(s)", "", n), n)

    def authors(self, n: int) -> str:
        return plural(self.tr("%Ln author(s)", "", n), n)

    def streams(self, n: int) -> str:
        return plural(self.tr("%Ln stream(s)", "", n), n)

    def problems(self, n: int) -> str:
        return plural(self.tr("%Ln display problem(s), details in the log", "", n), n)

    def shown(self, n: int) -> str:
        return plural(self.tr("%Ln shown", "", n), n)

    def new_messages(self, n: int) -> str:
        return plural(self.tr("%Ln new message(s) ↓", "", n), n)

    def actions(self, n: int) -> str:
        return plural(self.tr("%Ln action(s)", "", n), n)

    def records(self, n: int) -> str:
        return plural(self.tr("%Ln audit record(s)", "", n), n)

    def recent(self, n: int) -> str:
        return plural(self.tr("%Ln recent message(s)", "", n), n)

    def skipped(self, n: int) -> str:
        return plural(self.tr("%Ln unreadable message(s) skipped", "", n), n)

    def waiting(self, n: int) -> str:
        return plural(self.tr("%Ln action(s) waiting for the connection", "", n), n)

    def held(self, n: int) -> str:
        return plural(self.tr("%Ln held", "", n), n)

    def held_for_review(self, n: int) -> str:
        return plural(self.tr("%Ln held for review", "", n), n)

    def hidden_here(self, n: int) -> str:
        """Has a {platform} placeholder: format it afterwards."""
        text = self.tr("%Ln message(s) hidden here only: {platform} cannot delete.", "", n)
        return plural(text, n)

    def duration(self, length: timedelta) -> str:
        """ "10 minutes", "1 hour", "90 seconds": the largest whole unit."""
        seconds = int(length.total_seconds())
        if seconds >= 86_400 and seconds % 86_400 == 0:
            return plural(self.tr("%Ln day(s)", "", seconds // 86_400), seconds // 86_400)
        if seconds >= 3_600 and seconds % 3_600 == 0:
            return plural(self.tr("%Ln hour(s)", "", seconds // 3_600), seconds // 3_600)
        if seconds >= 60 and seconds % 60 == 0:
            return plural(self.tr("%Ln minute(s)", "", seconds // 60), seconds // 60)
        return plural(self.tr("%Ln second(s)", "", seconds), seconds)

    def strikes(self, n: int) -> str:
        """Has an {hours} placeholder: format it afterwards."""
        return plural(self.tr("Automod: %Ln strike(s) in the last {hours} h", "", n), n)


_counts: _Counts | None = None


def counts() -> _Counts:
    global _counts
    if _counts is None:
        _counts = _Counts()
    return _counts
