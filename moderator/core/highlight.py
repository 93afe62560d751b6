"""Which messages the moderator wants to notice: highlight words and their own name.

Matching is one compiled, case-insensitive regular expression of whole words, so checking a
message costs one ``search`` however many words there are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from moderator.core.models import ChatMessage, MessageKind


class Highlighter:
    def __init__(self, words: Iterable[str] = (), own_names: Iterable[str] = ()) -> None:
        self.words = [w.strip() for w in words if w.strip()]
        self.own_names = {n.strip() for n in own_names if n.strip()}
        self._own_folded = {n.casefold() for n in self.own_names}
        terms = sorted({*self.words, *self.own_names}, key=len, reverse=True)
        # \b only where the term starts or ends with a word character ("@mod" still matches)
        parts = [_bounded(term) for term in terms]
        self._pattern = re.compile("|".join(parts), re.IGNORECASE) if parts else None

    def __bool__(self) -> bool:
        return self._pattern is not None

    def with_own_name(self, name: str) -> Highlighter:
        """The same words, plus a name the moderator turned out to use on some platform."""
        if not name or name in self.own_names:
            return self
        return Highlighter(self.words, {*self.own_names, name})

    def matches(self, message: ChatMessage) -> bool:
        """True for a chat line that mentions a word or the moderator's name (not their own)."""
        if self._pattern is None or message.kind is not MessageKind.CHAT:
            return False
        if message.author.name.casefold() in self._own_folded:
            return False
        return self._pattern.search(message.text) is not None


def _bounded(term: str) -> str:
    escaped = re.escape(term)
    start = r"\b" if term[0].isalnum() or term[0] == "_" else ""
    end = r"\b" if term[-1].isalnum() or term[-1] == "_" else ""
    return f"{start}{escaped}{end}"
