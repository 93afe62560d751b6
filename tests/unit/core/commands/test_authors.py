"""A command's name finds the authors it may mean, look-alikes included."""

from __future__ import annotations

from datetime import UTC, datetime

from moderator.core.commands.authors import Seen
from moderator.core.models import Author, ChatMessage, MessageKind

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def said(mid: str, author_id: str, name: str, kind: MessageKind = MessageKind.CHAT) -> ChatMessage:
    return ChatMessage(mid, "prism:live", Author(author_id, name), "hi", T0, kind=kind)


NEWEST_FIRST = [
    said("5", "u1", "NightOwl"),
    said("4", "u2", "NightOwI"),  # a capital i: a look-alike
    said("3", "u1", "NightOwl"),
    said("2", "u3", "ada"),
    said("1", "sys", "System", MessageKind.SYSTEM),
]


def test_each_author_once_with_their_newest_message() -> None:
    seen = Seen.of(NEWEST_FIRST)
    assert [m.id for m in seen.messages] == ["5", "4", "2"]
    assert seen.names() == ["NightOwl", "NightOwI", "ada"]


def test_one_author_is_found_whatever_the_case_or_at() -> None:
    seen = Seen.of(NEWEST_FIRST)
    assert [m.id for m in seen.matching("ADA")] == ["2"]


def test_look_alikes_are_all_found_the_exact_spelling_first() -> None:
    seen = Seen.of(NEWEST_FIRST)
    assert [m.author.id for m in seen.matching("NightOwI")] == ["u2", "u1"]
    assert [m.author.id for m in seen.matching("nightowl")] == ["u1", "u2"]


def test_nobody_and_system_lines_match_nothing() -> None:
    seen = Seen.of(NEWEST_FIRST)
    assert seen.matching("grace") == []
    assert seen.matching("System") == []
    assert seen.matching("\u200b") == []
