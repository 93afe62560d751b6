"""Who a user card is about: the authors the moderator linked into one person, their names, and
other streams' authors of the same name offered as a possible match (never merged silently).

An author is (stream, author id), see :mod:`moderator.core.identity`; the messages of a person are
each linked author's own, found by id in that author's stream only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton, QWidget

from moderator.core.identity import AuthorKey
from moderator.core.models import ChatMessage
from moderator.core.names import visible_name
from moderator.core.search import Person, SearchQuery
from moderator.ui.across.message_table import Finder
from moderator.ui.kit.i18n import counts
from moderator.ui.kit.plain import PlainLabel, no_mnemonic

#: how many messages of a name the suggestions look at
SCAN = 500


def messages_of(finder: Finder, person: Iterable[AuthorKey], limit: int) -> list[ChatMessage]:
    """The newest ``limit`` messages of these authors, each found by id in its own stream."""
    found: list[ChatMessage] = []
    for key in person:
        # no name: the id alone (a same-named stranger is filtered out below all the same)
        by_id = Person("", frozenset({(key.platform, key.author_id)}))
        query = SearchQuery(person=by_id, stream_keys=frozenset({key.stream_key}), limit=limit)
        found += [m for m in finder.search(query).messages if AuthorKey.of(m) == key]
    found.sort(key=lambda m: m.sent_at, reverse=True)
    return found[:limit]


def names_of(messages: Iterable[ChatMessage]) -> list[str]:
    """Each name the messages were written under, the newest first."""
    return list(dict.fromkeys(m.author.name for m in messages))


@dataclass(frozen=True, slots=True)
class Match:
    """Another author of the same name: who, how they were last called, how often seen."""

    key: AuthorKey
    name: str
    count: int


def same_names(
    finder: Finder, names: Iterable[str], person: frozenset[AuthorKey], origin: AuthorKey
) -> list[Match]:
    """Authors in other streams writing under one of these names, not linked yet; most seen
    first."""
    counts: Counter[AuthorKey] = Counter()
    called: dict[AuthorKey, str] = {}
    counted: set[tuple[str, str]] = set()  # "Chris" and "chris" find the same messages
    for name in filter(str.strip, names):  # no name is no hint of who they are
        query = SearchQuery(person=Person(name), limit=SCAN)
        for message in finder.search(query).messages:
            key = AuthorKey.of(message)
            if key in person or key.stream_key == origin.stream_key:
                continue
            if (message.stream_key, message.id) not in counted:
                counted.add((message.stream_key, message.id))
                counts[key] += 1
                called.setdefault(key, message.author.name)
    return [Match(k, called[k], n) for k, n in sorted(counts.items(), key=lambda i: (-i[1], i[0]))]


def _plural(count: int) -> str:
    return counts().messages(count)


class PeopleBox(QGroupBox):
    """The linked authors (each with Unlink) and the possible matches (each with Link)."""

    def __init__(
        self,
        finder: Finder,
        linked: list[Match],
        matches: list[Match],
        act: Callable[[AuthorKey, bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("The same person elsewhere?"), parent)
        #: the author -> its Link or Unlink button
        self.buttons: dict[AuthorKey, QPushButton] = {}
        #: the author -> its sentence
        self.lines: dict[AuthorKey, PlainLabel] = {}
        grid = QGridLayout(self)
        rows = [(m, self.tr("Linked"), self.tr("Unlink"), False) for m in linked]
        rows += [(m, self.tr("Possibly the same person"), self.tr("Link"), True) for m in matches]
        for row, (match, what, label, link) in enumerate(rows):
            where = finder.stream_name(match.key.stream_key)
            text = self.tr("{what}: {name} on {where} ({count})").format(
                what=what, name=visible_name(match.name), where=where, count=_plural(match.count)
            )
            line = PlainLabel(text, self)
            line.setWordWrap(True)
            button = QPushButton(no_mnemonic(label), self)
            button.setToolTip(
                self.tr("Show their messages and actions on this card, also after a restart.")
                if link
                else self.tr("Take them off this card: they are someone else.")
            )
            button.clicked.connect(lambda _c=False, k=match.key, j=link: act(k, j))
            grid.addWidget(line, row, 0)
            grid.addWidget(button, row, 1)
            self.buttons[match.key] = button
            button.setAccessibleDescription(text)  # which of the "Link" buttons this is
            self.lines[match.key] = line
        if not rows:
            grid.addWidget(
                PlainLabel(self.tr("No one of this name in the other streams."), self), 0, 0
            )
        grid.setColumnStretch(0, 1)
