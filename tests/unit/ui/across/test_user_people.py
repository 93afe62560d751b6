"""Whose messages a user card gathers, found over real in-memory search: an author's id in their
own stream only, and same-named authors in other streams as suggestions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from moderator.core.identity import AuthorKey
from moderator.core.models import Author, ChatMessage
from moderator.core.search import SearchQuery, search_memory
from moderator.ui.across.message_table import SearchOutcome
from moderator.ui.across.user_people import Match, messages_of, names_of, same_names

START = datetime(2026, 11, 30, tzinfo=UTC)


def said(n: int, stream: str, author_id: str, name: str) -> ChatMessage:
    return ChatMessage(
        str(n), stream, Author(author_id, name), f"line {n}", START + timedelta(seconds=n)
    )


class Rows:
    """What the card asks of the app, answered by core's own search over these rows."""

    router = None
    rows = (
        said(1, "prism:1", "u1", ""),  # a platform that let the name be empty
        said(2, "prism:1", "u2", ""),  # someone else without a name, same stream
        said(3, "prism:1", "u1", "Chris"),  # u1 renamed
        said(4, "allmine:a", "c7", "chris"),
        said(5, "allmine:a", "c7", "chris"),
        said(6, "prism:1", "u9", "Chris"),  # a stranger took the name in the same stream
        said(7, "prism:2", "u1", "Chris"),  # the same id in another stream: another author
        said(8, "prism:2", "u5", ""),  # nameless elsewhere: nothing says it is u1
    )

    def search(self, query: SearchQuery) -> SearchOutcome:
        found = search_memory(query, self.rows)
        return SearchOutcome(found, len(found))

    def stream_name(self, stream_key: str) -> str:
        return stream_key


def test_an_author_is_their_id_in_their_stream_under_every_name() -> None:
    finder = Rows()
    u1 = AuthorKey("prism:1", "u1")
    mine = messages_of(finder, {u1}, 10)  # type: ignore[arg-type]
    assert [m.id for m in mine] == ["3", "1"]
    assert names_of(mine) == ["Chris", ""]
    both = messages_of(finder, {u1, AuthorKey("allmine:a", "c7")}, 3)  # type: ignore[arg-type]
    assert [m.id for m in both] == ["5", "4", "3"]


def test_same_names_elsewhere_are_suggested_not_the_same_stream() -> None:
    finder = Rows()
    u1 = AuthorKey("prism:1", "u1")
    names = ["Chris", "", "chris"]  # every name u1 wrote under, two of them one name
    found = same_names(finder, names, frozenset({u1}), u1)  # type: ignore[arg-type]
    assert found == [
        Match(AuthorKey("allmine:a", "c7"), "chris", 2),
        Match(AuthorKey("prism:2", "u1"), "Chris", 1),
    ]
