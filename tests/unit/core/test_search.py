from __future__ import annotations

from datetime import UTC, datetime, timedelta

from moderator.core.models import Author, ChatMessage, MessageState
from moderator.core.search import Person, SearchQuery, merge, search_memory

START = datetime(2026, 1, 1, tzinfo=UTC)


def msg(i: int, stream: str = "prism:1", state: MessageState = MessageState.NONE) -> ChatMessage:
    author = Author(f"u{i}", "Ayşe" if i % 2 else "Bob")
    return ChatMessage(
        str(i), stream, author, f"line {i}", START + timedelta(seconds=i), state=state
    )


def test_merge_keeps_each_message_once_preferring_memory_newest_first() -> None:
    memory = [msg(3, state=MessageState.DELETED), msg(4)]
    archived = [msg(3), msg(2), msg(3, "prism:2")]
    merged = merge(memory, archived, limit=10)
    assert [(m.stream_key, m.id) for m in merged] == [
        ("prism:1", "4"),
        ("prism:1", "3"),
        ("prism:2", "3"),
        ("prism:1", "2"),
    ]
    assert merged[1].is_deleted
    assert len(merge(memory, archived, limit=2)) == 2


def test_memory_search_matches_any_case_and_the_person_by_name_or_id() -> None:
    rows = [msg(i) for i in range(6)]
    assert [m.id for m in search_memory(SearchQuery(author="AYŞE"), rows)] == ["5", "3", "1"]
    person = Person("bob", frozenset({("prism", "u3")}))
    found = search_memory(SearchQuery(person=person, limit=3), rows)
    assert [m.id for m in found] == ["4", "3", "2"]
    assert search_memory(SearchQuery(platform="allmine"), rows) == []
