"""Names and texts from a chat made safe to show, and look-alike names caught (no Qt).

A name can hide characters (U+200B after "StreamTeam" looks like the moderator's own name),
reverse what follows it (U+202E), or pile up thousands of combining marks that draw over the
rows above. :func:`visible_name` shows hidden characters as ⟨U+200B⟩ markers, caps marks and
length; :func:`safe_text` does what a message text needs. :class:`LookAlikes` tells when a name
imitates a protected one (the moderator's, a moderator's, the streamer's), comparing skeletons
in the manner of Unicode TR39: NFKC, case folded, hidden characters and marks dropped, common
look-alike letters mapped to one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from moderator.core.models import Author, Badge
from moderator.core.recent import Recent

#: bidi embeddings, overrides and isolates: they reorder whatever follows them
#: look-alike verdicts kept per generation (see :class:`Recent`): one per author seen lately
NAME_CACHE = 8_192
BIDI_OPEN = "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
BIDI_CLOSE = "\u202c\u2069"
#: characters that take no room on screen (zero width, joiners, fillers, marks of direction)
HIDDEN = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180e\u200b\u200c\u200d"
    "\u200e\u200f\u2060\u2061\u2062\u2063\u2064\u206a\u206b\u206c\u206d\u206e\u206f\u3164"
    "\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a\ufe0b\ufe0c\ufe0d\ufe0e"
    "\ufe0f\ufeff\uffa0"
)
_HIDDEN_OR_BIDI = re.compile(f"[{HIDDEN}{BIDI_OPEN}{BIDI_CLOSE}]")
_BIDI = re.compile(f"[{BIDI_OPEN}{BIDI_CLOSE}]")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
#: the combining marks fonts stack (Zalgo text): the general, Cyrillic, extended and
#: supplement blocks, combining marks for symbols and half marks
_MARKS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
MARKS_PER_BASE = 2
_TOO_MANY_MARKS = re.compile(f"([{_MARKS}]{{{MARKS_PER_BASE}}})[{_MARKS}]+")
_ANY_MARK = re.compile(f"[{_MARKS}]")
NAME_LIMIT = 64
#: how much of a message a row lays out and paints; the rest is one menu entry away
TEXT_LIMIT = 2_000
MORE = " … (show all: right-click, Show whole message)"
#: how much of a name is looked at (marks are capped first, so ten thousand of them go)
NAME_SCAN = 16_384

#: letters drawn alike in common fonts, mapped to one Latin letter (after case folding)
_LOOKALIKE_LETTERS = str.maketrans(
    {
        # Cyrillic
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "l", "ї": "l",
        "ј": "j", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ӏ": "l",
        # Greek
        "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "l", "κ": "k", "ν": "v", "ο": "o",
        "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c",
        # digits and signs standing in for letters
        "0": "o", "1": "l", "i": "l", "|": "l", "!": "l", "5": "s", "$": "s", "@": "a",
    }
)  # fmt: skip
#: letter pairs that read as one letter at a glance
_LOOKALIKE_PAIRS = (("rn", "m"), ("vv", "w"), ("cl", "d"))
_SEPARATORS = re.compile(r"[\s_\-.·•]+")
#: badges whose names are worth imitating
STAFF = frozenset({Badge.OWNER, Badge.MANAGER, Badge.MODERATOR, Badge.ADMIN, Badge.AGENT})


def cap_marks(text: str, per_base: int = MARKS_PER_BASE) -> str:
    """At most ``per_base`` combining marks on one character, so a row stays in its box."""
    if text.isascii():
        return text
    if per_base == MARKS_PER_BASE:
        return _TOO_MANY_MARKS.sub(r"\1", text)
    return re.sub(f"([{_MARKS}]{{{per_base}}})[{_MARKS}]+", r"\1", text)


def _marker(match: re.Match[str]) -> str:
    return f"⟨U+{ord(match.group()):04X}⟩"


def visible_name(name: str, limit: int = NAME_LIMIT) -> str:
    """A name as it may be drawn: hidden and bidi characters shown as ⟨U+200B⟩, line breaks
    and controls as spaces, marks capped, and at most ``limit`` characters (then "…")."""
    if not name.isascii() or _CONTROL.search(name):
        name = cap_marks(name[:NAME_SCAN])
        name = _CONTROL.sub(" ", _HIDDEN_OR_BIDI.sub(_marker, name))
    return name if len(name) <= limit else name[: limit - 1] + "…"


def safe_text(text: str) -> str:
    """A message text whose direction marks end with it: an embedding or isolate it opens is
    closed at its end, a close without an opener dropped; marks capped."""
    if text.isascii():
        return text
    text = cap_marks(text)
    if not _BIDI.search(text):
        return text
    kept: list[str] = []
    stack: list[str] = []
    for char in text:
        if char in BIDI_OPEN:
            stack.append("\u2069" if char in "\u2066\u2067\u2068" else "\u202c")
        elif char in BIDI_CLOSE:
            if not stack or stack[-1] != char:
                continue  # a close that matches no opener would end the UI's own direction
            stack.pop()
        kept.append(char)
    kept.extend(reversed(stack))
    return "".join(kept)


def display_text(text: str, limit: int = TEXT_LIMIT) -> str:
    """What a chat row shows of a text: at most ``limit`` characters (then a note that there
    is more), marks capped, direction marks closed. Cutting first keeps a 5 MB message cheap."""
    if len(text) > limit:
        text = text[:limit] + MORE
    return safe_text(text)


def skeleton(name: str) -> str:
    """What a name looks like, give or take case, hidden characters and look-alike letters."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    folded = unicodedata.normalize("NFD", _HIDDEN_OR_BIDI.sub("", folded))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = _SEPARATORS.sub("", folded).translate(_LOOKALIKE_LETTERS)
    for pair, letter in _LOOKALIKE_PAIRS:
        folded = folded.replace(pair, letter)
    return folded


class LookAlikes:
    """The names an impostor would copy, and which other authors' names look like them."""

    def __init__(self, limit: int | None = None) -> None:
        #: skeleton -> (author id or None when unknown, the name as shown)
        self._protected: dict[str, tuple[str | None, str]] = {}
        #: (author id, name) -> the protected name it imitates; the authors seen lately
        self._verdicts: Recent[tuple[str, str], str | None] = Recent(
            NAME_CACHE if limit is None else limit
        )

    def protect(self, name: str, author_id: str | None = None) -> None:
        """``name`` belongs to ``author_id`` (the moderator, a moderator, the streamer)."""
        key = skeleton(name)
        if not key:
            return
        known = self._protected.get(key)
        if known is None or (known[0] is None and author_id is not None):
            self._protected[key] = (author_id, name)
            self._verdicts.clear()

    def learn(self, authors: Iterable[Author]) -> None:
        """Protect the names of the staff among ``authors``."""
        for author in authors:
            if author.badges and author.badges & STAFF:
                self.protect(author.name, author.id)

    def resembles(self, author: Author) -> str | None:
        """The protected name ``author`` imitates, or None (their own name imitates nothing)."""
        if not self._protected:
            return None
        cache = (author.id, author.name)
        if cache in self._verdicts:
            return self._verdicts.get(cache)
        verdict = None
        owner = self._protected.get(skeleton(author.name))
        if owner is not None:
            owner_id, owner_name = owner
            if owner_id is None:
                verdict = None if author.name == owner_name else owner_name
            elif owner_id != author.id:
                verdict = owner_name
        self._verdicts.put(cache, verdict)
        return verdict
