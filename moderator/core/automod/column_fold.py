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
    space = points == 32
    word_behind = np.zeros(len(points), dtype=np.bool_)
    word_behind[1:] = ~space[:-1] & (points[:-1] != 0)
    # each run's first space, when a word is before it: then a space is followed by a word,
    # a NUL or the end, and only the first is kept
    points = points[~space | word_behind]
    space = points == 32
    end_ahead = np.ones(len(points), dtype=np.bool_)
    end_ahead[:-1] = points[1:] == 0
    return _text(points[~(space & end_ahead)])


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


def _flags(test: Callable[[str], object], chars: list[str]) -> NDArray[np.bool_]:
    return np.fromiter(map(bool, map(test, chars)), dtype=np.bool_, count=len(chars))


def _word(chars: list[str]) -> NDArray[np.bool_]:
    """What \\w matches in a str pattern: letters and digits (``str.isalnum``) and "_"."""
    out: NDArray[np.bool_] = _flags(str.isalnum, chars)
    out[[i for i, c in enumerate(chars) if c == "_"]] = True
    return out


def _stable(chars: list[str]) -> NDArray[np.bool_]:
    """:func:`stable`, for many characters at once."""
    codes = np.fromiter(map(ord, chars), dtype=np.int64, count=len(chars))
    marks = np.fromiter((c[0] == "M" for c in map(category, chars)), dtype=np.bool_)
    jamo = ((codes >= 0x1161) & (codes <= 0x1175)) | ((codes >= 0x11A8) & (codes <= 0x11C2))
    starters = np.fromiter(map(combining, chars), dtype=np.int64, count=len(chars)) == 0
    out: NDArray[np.bool_] = _flags(_IS_NFKC, chars) & starters & ~marks & ~jamo
    return out


#: per class: which of some characters belong to it (the tables are made from these)
CLASSES: dict[str, Callable[[list[str]], NDArray[np.bool_]]] = {
    "upper": partial(_flags, str.isupper),
    "alpha": partial(_flags, str.isalpha),
    "word": _word,
    "tld": partial(_flags, _TLD_LETTER.fullmatch),
    "hidden": partial(_flags, _HIDDEN.fullmatch),
    "stable": _stable,
}


@cache
def table(name: str) -> NDArray[np.uint8]:
    """The class over every code point: 1 or 0, and 2 for one beyond the Basic Multilingual
    Plane not yet looked at (filled in by :func:`classify` when met)."""
    out = np.full(SPAN, 2, dtype=np.uint8)
    out[:BMP] = CLASSES[name](list(map(chr, range(BMP))))
    return out


def classify(points: NDArray[np.uint32], name: str) -> NDArray[np.bool_]:
    """Per code point: whether it belongs to the class ``name``."""
    flags = table(name)
    found = flags[points]
    unknown = found == 2
    if unknown.any():
        new = np.unique(points[unknown])
        flags[new] = CLASSES[name](list(map(chr, new.tolist())))
        found = flags[points]
    return found.view(np.bool_)


def _folded(points: NDArray[np.uint32]) -> NDArray[np.uint32] | None:
    """Each code point folded (see the module), or None when one folds to several."""
    table = fold_table()
    out = table[points]
    unknown = out == UNKNOWN
    if unknown.any():
        new = np.unique(points[unknown])
        table[new] = _fold_many(list(map(chr, new.tolist())))
        out = table[points]
    if (out == MULTI).any():
        return None
    return out


def _fold_many(chars: list[str]) -> NDArray[np.uint32]:
    """Each character case folded, a leet sign read as its letter, anything not a word
    character a space (NUL stays): MULTI where the case folding is several characters."""
    folded = list(map(str.casefold, chars))
    single = np.fromiter(map(len, folded), dtype=np.int64, count=len(chars)) == 1
    ones = [f if len(f) == 1 else "\x00" for f in folded]
    read = [LEET_SIGNS.get(f, f) for f in ones]
    out = np.where(_word(read), code_points("".join(read)), np.uint32(32)).astype(np.uint32)
    out[code_points("".join(ones)) == 0] = 0
    out[~single] = MULTI
    return out


@cache
def fold_table() -> NDArray[np.uint32]:
    out = np.full(SPAN, UNKNOWN, dtype=np.uint32)
    out[:BMP] = _fold_many(list(map(chr, range(BMP))))
    return out


#: what a capital adds to :func:`capitals_and_letters` (a letter adds 1): a text shorter than
#: this sums its capitals and letters in one number
WIDE = 1 << 20


@cache
def _caps_table() -> NDArray[np.uint32]:
    """Per code point: 1 for a letter, WIDE for a capital (both for a capital letter);
    UNKNOWN beyond the BMP until met."""
    out = np.full(SPAN, UNKNOWN, dtype=np.uint32)
    out[:BMP] = _caps_of(np.arange(BMP, dtype=np.uint32))
    return out


def _caps_of(points: NDArray[np.uint32]) -> NDArray[np.uint32]:
    alpha = classify(points, "alpha").astype(np.uint32)
    return alpha + classify(points, "upper").astype(np.uint32) * np.uint32(WIDE)


def capitals_and_letters(points: NDArray[np.uint32]) -> NDArray[np.uint32]:
    """Per code point: 1 for a letter plus WIDE for a capital (as ``str.isalpha`` and
    ``str.isupper`` say)."""
    table = _caps_table()
    out = table[points]
    unknown = out == UNKNOWN
    if unknown.any():
        new = np.unique(points[unknown])
        table[new] = _caps_of(new)
        out = table[points]
    return out


def warm_up() -> None:
    """Makes the tables nearly every chunk uses (once per process; the others when needed)."""
    fold_table()
    _caps_table()
    table("stable")
