"""Fonts shipped with the Linux bundle, so Korean, Chinese, Japanese, Turkish and emoji show on
a machine that has no fonts of its own (a bare image, a minimal desktop).

The bundle carries four (packaging/moderator.spec takes them from the build machine's Debian
packages): DejaVu Sans (Latin with Turkish, Cyrillic, Greek; 0.7 MB), NanumGothic (Hangul, for
PRISM's Korean chats; 4.7 MB), Droid Sans Fallback (Han and Kana; 4 MB: Debian's copy lacks
most Hangul syllables, hence Nanum) and Noto Color Emoji (11 MB: emoji are half of a live
chat). Noto Sans CJK would cover Hangul, Han and Kana alone but takes 16 MB or more a weight.
Windows and macOS have all of these built in, so their bundles carry none. Run from source, the
folder does not exist and the system's fonts serve.

They are added to Qt's font database as application fonts: Qt falls back to them for any
character the family asked for lacks (tests/unit/ui/kit/test_fonts.py, on an empty fontconfig),
and the system's own fonts still come first where it has them.
"""

from __future__ import annotations

import logging
from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QRawFont

log = logging.getLogger(__name__)

#: the spec puts the fonts here, beside the icons (moderator.resources)
FONT_DIR = Path(str(files("moderator.resources").joinpath("fonts")))
#: what the app must be able to show: Korean, Japanese, Chinese, Turkish, Russian, emoji
SAMPLE = "김민준 こんにちは 你好 Ayşe Yılmaz İĞ Привет 🎮🔥👍🎉"

_installed: list[str] | None = None


def install_fonts(folder: Path = FONT_DIR) -> list[str]:
    """Add the bundled fonts (once); the families added, [] where none are bundled."""
    global _installed
    if _installed is not None:
        return _installed
    families: list[str] = []
    paths = sorted(folder.glob("*.[ot]tf")) if folder.is_dir() else []
    for path in paths:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("the bundled font %s could not be loaded", path.name)
            continue
        families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    if families:
        missing = missing_glyphs(SAMPLE, paths)
        log.info(
            "bundled fonts: %s; sample glyphs missing: %s",
            ", ".join(families),
            "".join(missing) or "none",
        )
    _installed = families
    return families


def missing_glyphs(text: str, paths: list[Path]) -> list[str]:
    """The characters of ``text`` none of the font files at ``paths`` has a glyph for.

    Read from the files themselves (QRawFont), not from a text layout: with no font at all on
    the machine, Qt lays text out with a box engine whose answers say nothing about glyphs."""
    fonts = [QRawFont(str(path), 12) for path in paths]
    fonts = [font for font in fonts if font.isValid()]
    joiners = {0x200D, 0xFE0F}  # an emoji's zero-width joiner and presentation selector
    return [
        char
        for char in dict.fromkeys(text)
        if not char.isspace()
        and ord(char) not in joiners
        and not any(font.supportsCharacter(ord(char)) for font in fonts)
    ]
