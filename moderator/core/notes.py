"""The moderator's notes on authors: one short text per author (stream and author id, see
:mod:`moderator.core.identity`), kept in the profile through a :class:`NoteStore`.

A note is the moderator's own words ("warned twice about links, 12 May"); it is shown on the
author's card and as a marker on their rows. Like the links, a change is saved first and only
then believed, so a failed write leaves the notes as they were.
"""

from __future__ import annotations

from typing import Protocol

from moderator.core.identity import AuthorKey
from moderator.core.models import ChatMessage

#: a note is a reminder, not a file: longer text is cut
NOTE_LIMIT = 2_000


class NoteStore(Protocol):
    def load(self) -> dict[AuthorKey, str]: ...

    def save(self, author: AuthorKey, text: str) -> None:
        """Keep ``text`` as the author's note; an empty text removes it."""
        ...


class MemoryNotes:
    """Notes kept only while the app runs (a profile-less window, the tests)."""

    def __init__(self) -> None:
        self.notes: dict[AuthorKey, str] = {}

    def load(self) -> dict[AuthorKey, str]:
        return dict(self.notes)

    def save(self, author: AuthorKey, text: str) -> None:
        if text:
            self.notes[author] = text
        else:
            self.notes.pop(author, None)


class Notes:
    def __init__(self, store: NoteStore) -> None:
        self.store = store
        self._notes = store.load()
        #: who wrote the notes another moderator of the team wrote (while the app runs)
        self._by: dict[AuthorKey, str] = {}

    def of(self, author: AuthorKey) -> str:
        return self._notes.get(author, "")

    def by(self, author: AuthorKey) -> str:
        """The team moderator who wrote the note, "" when it is this moderator's own."""
        return self._by.get(author, "")

    def of_message(self, message: ChatMessage) -> str:
        """The note on the message's author ("" when there is none): the rows' marker, signed
        when another moderator of the team wrote it."""
        if not self._notes:
            return ""
        author = AuthorKey.of(message)
        text = self._notes.get(author, "")
        by = self._by.get(author)
        return f"{text}\n(note by {by})" if text and by else text

    def heard(self, author: AuthorKey, text: str, by: str) -> None:
        """Another moderator wrote (or removed) the note; their store kept it already."""
        if text:
            self._notes[author] = text
            self._by[author] = by
        else:
            self._notes.pop(author, None)
            self._by.pop(author, None)

    def set(self, author: AuthorKey, text: str) -> str:
        """Keep ``text`` (trimmed, cut at :data:`NOTE_LIMIT`) as the note; returns what was kept.
        Raises what the store raises, and then nothing changed."""
        kept = text.strip()[:NOTE_LIMIT]
        self.store.save(author, kept)
        self._by.pop(author, None)
        if kept:
            self._notes[author] = kept
        else:
            self._notes.pop(author, None)
        return kept

    def __len__(self) -> int:
        return len(self._notes)
