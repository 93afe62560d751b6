"""Who is who across streams. Platforms share no identity, and one platform's streams need not
either, so an author is exactly (stream, author id): the stream key carries the platform. A
renamed author keeps their id, so both names are one author. Two authors become one person only
because the moderator linked them; a shared name is merely a suggestion.

The links live in the profile through :class:`LinkStore` (``moderator.storage.identity``);
:class:`Identities` keeps the rules: a person is a group of linked authors, linking joins two
groups, unlinking takes one author out of theirs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from moderator.core.models import ChatMessage


@dataclass(frozen=True, slots=True, order=True)
class AuthorKey:
    """One author: their id in one stream (``prism:live-1``)."""

    stream_key: str
    author_id: str

    @property
    def platform(self) -> str:
        return self.stream_key.partition(":")[0]

    @classmethod
    def of(cls, message: ChatMessage) -> AuthorKey:
        return cls(message.stream_key, message.author.id)


class LinkStore(Protocol):
    """Where the moderator's links are kept: every person of two or more authors."""

    def load(self) -> list[frozenset[AuthorKey]]: ...

    def save(self, groups: Iterable[frozenset[AuthorKey]]) -> None: ...


class MemoryLinks:
    """Links kept only while the app runs (a profile-less window, the tests of the rules)."""

    def __init__(self) -> None:
        self._groups: list[frozenset[AuthorKey]] = []

    def load(self) -> list[frozenset[AuthorKey]]:
        return list(self._groups)

    def save(self, groups: Iterable[frozenset[AuthorKey]]) -> None:
        self._groups = list(groups)


class Identities:
    """The linking rules over a store. Each change is saved first and only then believed, so a
    failed write (the store raises) leaves the people as they were."""

    def __init__(self, store: LinkStore) -> None:
        self.store = store
        self._person: dict[AuthorKey, frozenset[AuthorKey]] = {}
        self._take(store.load())

    def person(self, author: AuthorKey) -> frozenset[AuthorKey]:
        """The authors linked with this one, itself included."""
        return self._person.get(author, frozenset({author}))

    def link(self, author: AuthorKey, other: AuthorKey) -> frozenset[AuthorKey]:
        """Make both (and whoever each was linked with) one person."""
        joined = self.person(author) | self.person(other)
        self._change({self.person(author), self.person(other)}, [joined])
        return joined

    def unlink(self, author: AuthorKey) -> None:
        """Take this author out of their person; the others stay linked together."""
        old = self.person(author)
        self._change({old}, [old - {author}])

    def _change(self, gone: set[frozenset[AuthorKey]], new: list[frozenset[AuthorKey]]) -> None:
        groups = [g for g in set(self._person.values()) if g not in gone]
        groups += [g for g in new if len(g) > 1]
        self.store.save(groups)
        self._person.clear()
        self._take(groups)

    def _take(self, groups: Iterable[frozenset[AuthorKey]]) -> None:
        for group in groups:
            if len(group) > 1:
                for member in group:
                    self._person[member] = group
