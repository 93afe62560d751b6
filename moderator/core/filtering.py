"""The per-tab live filter: which messages stay in sight while the moderator looks for some."""

from __future__ import annotations

import re
from dataclasses import dataclass

from moderator.core.models import ChatMessage

LINK = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|io|gg|tv|ly|me)\b", re.I)


@dataclass(frozen=True, slots=True)
class MessageFilter:
    text: str = ""
    author: str = ""
    unread_only: bool = False
    has_links: bool = False
    #: ids of the messages /clear took out of this tab's view (the platform keeps them)
    cleared: frozenset[str] = frozenset()

    @property
    def active(self) -> bool:
        typed = self.text.strip() or self.author.strip()
        return bool(typed or self.unread_only or self.has_links or self.cleared)

    def accepts(self, message: ChatMessage) -> bool:
        if message.id in self.cleared:
            return False
        if self.unread_only and (message.is_read or message.is_deleted):
            return False
        text = self.text.strip().casefold()
        if text and text not in message.text.casefold():
            return False
        author = self.author.strip().casefold()
        if author and author not in message.author.name.casefold():
            return False
        return not self.has_links or has_link(message.text)


def has_link(text: str) -> bool:
    return LINK.search(text) is not None
