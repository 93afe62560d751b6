"""Folding a chunk's texts at once, over their code points with numpy: what
:func:`moderator.core.automod.text.fold` and :func:`~moderator.core.automod.text.words` make
of each text, joined by NULs, for the columnar backtest.

Per-character facts come from tables over every code point: those of the Basic Multilingual
Plane made once per process (a worker makes them while the span is cut), those beyond it
filled in when a chunk first holds one. Folding a character (case folded, a leet sign read as
its letter, anything not a word character a space) is one look-up, except for the hundred or
so characters whose case folding is longer than one character: a chunk holding one is folded
as a string instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache, partial
from typing import TYPE_CHECKING
from unicodedata import category, combining, is_normalized, normalize

import numpy as np

from moderator.core.automod.text import _HIDDEN, LEET_SIGNS, TLD

if TYPE_CHECKING:
    from numpy.typing import NDArray

SEP = "\x00"
BMP = 0x10000
SPAN = 0x110000
#: in the folding table: not looked at yet (beyond the BMP), folds to several characters
UNKNOWN = np.uint32(0xFFFFFFFF)
MULTI = np.uint32(0xFFFFFFFE)
#: what a domain's top level is made of, as :data:`TLD` reads a letter
_TLD_LETTER = re.compile("[a-z]", TLD.flags)


def folded_words(texts: Sequence[str], raw: str) -> str:
    """The texts (``raw``: joined by NULs) folded, their words apart by one space, NULs
    between texts: "a b\\x00c"."""
    if not raw.isascii():
        points = code_points(raw)
        normal = _nfkc(texts, points)
        if normal is not None:
            raw = SEP.join(normal)
            points = code_points(raw)
        if _HIDDEN.search(raw) is not None:
            points = points[~classify(points, "hidden")]
    else:
        points = code_points(raw)
    mapped = _folded(points)
    if mapped is None:  # a character folding to several: the string's own case folding
        points = code_points(_text(points).casefold())
        small = points < 128
        mapped = np.where(small, _ASCII[np.minimum(points, 127)], points)
        mapped[~small & ~classify(points, "word")] = 32
    return _collapsed(mapped)


def _nfkc(texts: Sequence[str], points: NDArray[np.uint32]) -> list[str] | None:
    """The texts in NFKC, or None when they are already (nearly always): only a text holding
    a character that is not :func:`stable` can change, and only such a text is looked at."""
    doubtful = np.flatnonzero(~classify(points, "stable"))
    if len(doubtful) == 0:
        return None
    starts = np.zeros(len(texts), dtype=np.int64)
    np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))[:-1] + 1,
              out=starts[1:])  # fmt: skip
    lines = np.unique(np.searchsorted(starts, doubtful, side="right") - 1).tolist()
    some = SEP.join([texts[i] for i in lines])
    if _IS_NFKC(some):
        return None
    out = list(texts)
    # a NUL is a stable boundary: the texts normalised together are each normalised
    for line, text in zip(lines, normalize("NFKC", some).split(SEP), strict=True):
        out[line] = text
    return out


def stable(char: str) -> bool:
    """Whether NFKC leaves any text made of such characters as it is: the character is its
    own NFKC, a starter (combining class 0), and never the second of a composition (those are
    all marks, Mn or Mc, or Hangul vowels and final consonants; a test holds the Unicode
    database to it)."""
    code = ord(char)
    if 0x1161 <= code <= 0x1175 or 0x11A8 <= code <= 0x11C2:
        return False
    return combining(char) == 0 and not category(char).startswith("M") and _IS_NFKC(char)


_IS_NFKC = partial(is_normalized, "NFKC")


def _collapsed(points: NDArray[np.uint32]) -> str:
    """The text with each run of spaces between two words cut down to one space, and the
    spaces next to a NUL or at either end dropped."""
    size = len(points)
    space = points == 32
    word = ~space & (points != 0)
    # where the next character that is not a space is (size: none)
    ahead = np.minimum.accumulate(np.where(space, size, np.arange(size))[::-1])[::-1]
    word_ahead = np.zeros(size, dtype=np.bool_)
    found = ahead < size
    word_ahead[found] = word[ahead[found]]
    word_behind = np.zeros(size, dtype=np.bool_)
    word_behind[1:] = word[:-1]
    return _text(points[~space | (word_behind & word_ahead)])


def _ascii_table() -> NDArray[np.uint32]:
    """Per ASCII code (casefolded already): its leet letter, itself if a word character, a
    space otherwise; NUL stays."""
    out = np.zeros(128, dtype=np.uint32)
    for code in range(1, 128):
        char = LEET_SIGNS.get(chr(code), chr(code))
        out[code] = ord(char) if char.isalnum() or char == "_" else 32
    return out


_ASCII = _ascii_table()


def code_points(text: str) -> NDArray[np.uint32]:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _text(points: NDArray[np.uint32]) -> str:
    return points.tobytes().decode("utf-32-le", "surrogatepass")


#: per class: whether one character belongs to it (the tables are made from these)
CLASSES: dict[str, Callable[[str], bool]] = {
    "upper": str.isupper,
    "alpha": str.isalpha,
    "word": lambda c: c.isalnum() or c == "_",  # what \w matches in a str pattern
    "tld": lambda c: _TLD_LETTER.fullmatch(c) is not None,
    "hidden": lambda c: _HIDDEN.fullmatch(c) is not None,
    "stable": lambda c: stable(c),
}


@cache
def table(name: str) -> NDArray[np.uint8]:
    """The class over every code point: 1 or 0, and 2 for one beyond the Basic Multilingual
    Plane not yet looked at (filled in by :func:`classify` when met)."""
    test = CLASSES[name]
    out = np.full(0x110000, 2, dtype=np.uint8)
    out[:BMP] = np.fromiter((test(chr(c)) for c in range(BMP)), dtype=np.uint8, count=BMP)
    return out


def classify(points: NDArray[np.uint32], name: str) -> NDArray[np.bool_]:
    """Per code point: whether it belongs to the class ``name``."""
    flags = table(name)
    found = flags[points]
    unknown = found == 2
    if unknown.any():
        new = np.unique(points[unknown])
        test = CLASSES[name]
        flags[new] = np.fromiter((test(chr(c)) for c in new.tolist()), dtype=np.uint8)
        found = flags[points]
    return found.view(np.bool_)


def _folded(points: NDArray[np.uint32]) -> NDArray[np.uint32] | None:
    """Each code point folded (see the module), or None when one folds to several."""
    table = fold_table()
    out = table[points]
    unknown = out == UNKNOWN
    if unknown.any():
        for code in np.unique(points[unknown]).tolist():
            table[code] = _fold_one(chr(code))
        out = table[points]
    if (out == MULTI).any():
        return None
    return out


def _fold_one(char: str) -> np.uint32:
    folded = char.casefold()
    if len(folded) != 1:
        return MULTI
    folded = LEET_SIGNS.get(folded, folded)
    return np.uint32(ord(folded) if folded.isalnum() or folded in "_\x00" else 32)


@cache
def fold_table() -> NDArray[np.uint32]:
    out = np.full(SPAN, UNKNOWN, dtype=np.uint32)
    out[:BMP] = np.fromiter((_fold_one(chr(c)) for c in range(BMP)), dtype=np.uint32, count=BMP)
    return out


def warm_up() -> None:
    """Makes the tables (once per process)."""
    fold_table()
    for name in CLASSES:
        table(name)
