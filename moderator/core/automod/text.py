"""The forms of a message text the rules compare: folded once per message, shared by all rules.

Folding is NFKC (full-width and styled letters become plain), case folding, hidden and bidi
characters dropped, and leetspeak digits and signs read as the letters they stand for
("fr33 f0ll0w3r5" is "free followers"). Words are runs of letters and digits; a blocked phrase
matches whole words in order.
"""

from __future__ import annotations

import re
import unicodedata

from moderator.core.names import BIDI_CLOSE, BIDI_OPEN, HIDDEN

_HIDDEN = re.compile(f"[{HIDDEN}{BIDI_OPEN}{BIDI_CLOSE}]")
#: digits and signs read as letters ("!" and "|" stay: "gg!!!" must still be "gg")
LEET_SIGNS = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "8": "b",
    "@": "a",
    "$": "s",
}
LEET = str.maketrans(LEET_SIGNS)
_WORD = re.compile(r"\w+")
#: a domain name, with or without a scheme: "bit.ly/x", "https://example.com"
_DOMAIN = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.IGNORECASE)
#: what every domain has (a dot, then two letters, as _DOMAIN reads letters): a cheap search
#: that starts at a literal "." and lets most texts skip the full one
TLD = re.compile(r"\.[a-z]{2}", re.IGNORECASE)


#: LEET on UTF-8 bytes: every sign it reads is ASCII, and an ASCII byte is never part of a
#: longer character in UTF-8, so a byte table (in C, ten times faster than str.translate on a
#: text with emoji) gives the same text
_LEET_BYTES = bytes.maketrans(
    "".join(LEET_SIGNS).encode("ascii"), "".join(LEET_SIGNS.values()).encode("ascii")
)


def fold(text: str) -> str:
    """``text`` as the word rules see it (see the module's words)."""
    if not text.isascii():
        # the quick check is ~100 times cheaper than normalising text that already is (nearly
        # every chat text, and a backtest's batch of them)
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        text = _HIDDEN.sub("", text)
    data = text.casefold().encode("utf-8", "surrogatepass").translate(_LEET_BYTES)
    return data.decode("utf-8", "surrogatepass")


def _ascii_words_table() -> bytes:
    """Per ASCII byte: a leet sign's letter, a word character in small letters, else a space
    (what ``\\w`` leaves out of a word in ASCII text); bytes past ASCII never reach it."""
    out = bytearray()
    for code in range(128):
        char = chr(code)
        if char in LEET_SIGNS:
            out.append(ord(LEET_SIGNS[char]))
        elif _WORD.fullmatch(char):
            out.append(ord(char.casefold()))
        else:
            out.append(ord(" "))
    return bytes(out) + bytes(range(128, 256))


_ASCII_WORDS = _ascii_words_table()


def fold_words(text: str) -> tuple[str, ...]:
    """``words(fold(text))``; for ASCII text (most of a chat) in one byte translation and a
    split, four times faster than the regular expression (NFKC and hidden characters change
    nothing in ASCII, and casefold there is lower case)."""
    if text.isascii():
        return tuple(text.encode("ascii").translate(_ASCII_WORDS).decode("ascii").split())
    return words(fold(text))


def fold_plain(text: str) -> str:
    """:func:`fold` without its short cut for ASCII text (the reference it must agree with)."""
    return _HIDDEN.sub("", unicodedata.normalize("NFKC", text)).casefold().translate(LEET)


def links_plain(raw: str) -> tuple[str, ...]:
    """The domains ``raw`` links to, looked for everywhere (the reference of Folded.links)."""
    return tuple(d.casefold().rstrip(".") for d in _DOMAIN.findall(raw))


def caps_plain(raw: str) -> tuple[int, int]:
    """(letters, capitals), one character at a time (the reference of Folded.caps)."""
    return (sum(map(str.isalpha, raw)), sum(map(str.isupper, raw)))


#: ASCII bytes that are not letters, and those that are not capitals (deleted to count)
_NOT_LETTER = bytes(b for b in range(128) if not chr(b).isalpha())
_NOT_UPPER = bytes(b for b in range(128) if not chr(b).isupper())


def caps(raw: str) -> tuple[int, int]:
    """(letters, capitals): counted in C for ASCII text, else one character at a time."""
    if raw.isascii():
        data = raw.encode("ascii")
        return (len(data.translate(None, _NOT_LETTER)), len(data.translate(None, _NOT_UPPER)))
    return caps_plain(raw)


def upper(raw: str) -> int:
    """How many capitals (as :func:`caps_plain` counts them)."""
    if raw.isascii():
        return len(raw.encode("ascii").translate(None, _NOT_UPPER))
    if raw.islower():  # every cased letter is small: no capital at all
        return 0
    return sum(map(str.isupper, raw))


def words(folded: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(folded))


class Folded:
    """One message's text in the forms the rules need, each computed on first use."""

    __slots__ = ("_caps", "_folded", "_joined", "_links", "_words", "_wordset", "raw")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._folded: str | None = None
        self._words: tuple[str, ...] | None = None
        self._wordset: frozenset[str] | None = None
        self._joined: str | None = None
        self._links: tuple[str, ...] | None = None
        self._caps: tuple[int, int] | None = None

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold(self.raw)
        return self._folded

    @property
    def words(self) -> tuple[str, ...]:
        if self._words is None:
            self._words = fold_words(self.raw)
        return self._words

    @property
    def wordset(self) -> frozenset[str]:
        if self._wordset is None:
            self._wordset = frozenset(self.words)
        return self._wordset

    @property
    def joined(self) -> str:
        """The words joined by single spaces, with a space at each end (phrase matching)."""
        if self._joined is None:
            self._joined = f" {' '.join(self.words)} "
        return self._joined

    @property
    def links(self) -> tuple[str, ...]:
        """The domains linked to, lower case (looked for in the raw text: leet folding would
        turn "bit.ly/1" into another domain)."""
        if self._links is None:
            raw = self.raw
            found = _DOMAIN.findall(raw) if TLD.search(raw) else []
            self._links = tuple(d.casefold().rstrip(".") for d in found)
        return self._links

    @property
    def upper(self) -> int:
        """Capitals in the text as it came (cheaper than :attr:`caps`)."""
        if self._caps is not None:
            return self._caps[1]
        return upper(self.raw)

    @property
    def caps(self) -> tuple[int, int]:
        """(letters, capitals) in the text as it came."""
        if self._caps is None:
            self._caps = caps(self.raw)
        return self._caps
