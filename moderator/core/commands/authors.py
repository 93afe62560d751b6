"""Which author a command names: the authors seen in this stream, matched by how names look.

A name is matched by its skeleton (case, hidden characters and look-alike letters ignored, see
:func:`moderator.core.names.skeleton`), so ``/ban nightowl`` finds "NightOwl" — and when
"NightOwI" (a capital i) spoke too, both are found and the moderator is asked which: a command
never picks one of two look-alikes by itself.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from moderator.core.models import ChatMessage, MessageKind
from moderator.core.names import skeleton


@dataclass(frozen=True, slots=True)
class Seen:
    """The newest message of each author who spoke, newest author first."""

    messages: tuple[ChatMessage, ...]

    @classmethod
    def of(cls, newest_first: Iterable[ChatMessage]) -> Seen:
        latest: dict[str, ChatMessage] = {}
        for message in newest_first:
            if message.kind is MessageKind.CHAT and message.author.id not in latest:
                latest[message.author.id] = message
        return cls(tuple(latest.values()))

    def names(self) -> list[str]:
        """Each name once, for completion (newest speaker first)."""
        return list(dict.fromkeys(m.author.name for m in self.messages))

    def matching(self, name: str) -> list[ChatMessage]:
        """The newest message of every author ``name`` may mean; exact spellings first."""
        wanted = skeleton(name)
        if not wanted:
            return []
        found = [m for m in self.messages if skeleton(m.author.name) == wanted]
        exact = _folded(name)
        return sorted(found, key=lambda m: _folded(m.author.name) != exact)


def _folded(name: str) -> str:
    return unicodedata.normalize("NFKC", name).casefold()
