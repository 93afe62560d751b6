"""Batches: a few at a time, cancel stops the rest, undo ends everything, the summary reads."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from moderator.core.actions import ActionKind, confirmation, describe_duration
from moderator.core.bulk import Batch, one_per_author, run_batch, undo
from moderator.core.filtering import MessageFilter
from moderator.core.highlight import Highlighter
from moderator.core.models import Author, ChatMessage, MessageKind, MessageState
from moderator.core.outcome import Outcome


def msg(i: int, author: str = "a", text: str = "hello") -> ChatMessage:
    return ChatMessage(
        str(i), "prism:1", Author(author, author.upper()), text, datetime(2026, 1, 1, tzinfo=UTC)
    )


def test_run_batch_keeps_four_in_flight_and_cancel_ends_the_rest() -> None:
    batch = Batch(ActionKind.DELETE, [msg(i) for i in range(20)])
    in_flight = 0
    most = 0
    reported: list[Outcome] = []

    async def attempt(message: ChatMessage) -> tuple[Outcome, str]:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        await asyncio.sleep(0)
        in_flight -= 1
        if message.id == "5":
            batch.cancelled = True
        return (Outcome.FAILED, "gone") if message.id == "1" else (Outcome.DONE, "")

    asyncio.run(run_batch(batch, attempt, lambda m, s, e: reported.append(s)))
    assert most == 4
    assert batch.done and len(reported) == 20
    assert batch.summary() == "8 deleted, 11 cancelled, 1 failed: gone"
    assert [m.id for m in batch.failed()] == ["1"]


def test_undo_ends_every_item_and_the_summary_says_so() -> None:
    batch = Batch(ActionKind.BAN, [msg(1), msg(2, "b")], waiting=True)
    undo(batch, lambda m, s, e: None)
    assert batch.done and not batch.waiting
    assert batch.summary() == "2 undone"


def test_one_per_author_keeps_the_first_message_of_each() -> None:
    chosen = one_per_author([msg(1, "a"), msg(2, "b"), msg(3, "a")])
    assert [m.id for m in chosen] == ["1", "2"]


def test_confirmations_name_who_what_where_and_how_long() -> None:
    night = ChatMessage("9", "prism:1", Author("n", "NightOwl_42"), "x", msg(0).sent_at)
    ten = timedelta(minutes=10)
    assert confirmation(ActionKind.TIMEOUT, [night], "PRISM", ten) == (
        "Time out NightOwl_42 on PRISM for 10 minutes?"
    )
    assert confirmation(ActionKind.BAN, [night, night], "PRISM") == (
        "Ban NightOwl_42 on PRISM permanently?"
    )
    many = [msg(i, f"u{i}") for i in range(5)]
    assert confirmation(ActionKind.BAN, many, "Stream Chat") == (
        "Ban 5 authors (U0, U1, U2 and 2 more) on Stream Chat permanently?"
    )
    assert confirmation(ActionKind.HARD_DELETE, many, "IBM Video") == (
        "Delete 5 messages on IBM Video permanently? This cannot be undone."
    )
    assert describe_duration(timedelta(hours=24)) == "1 day"
    assert describe_duration(timedelta(seconds=90)) == "90 seconds"


def test_highlighter_matches_words_and_names_but_not_own_lines() -> None:
    lit = Highlighter(["giveaway", "@mods"], ["Sam"])
    assert lit.matches(msg(1, text="Any GIVEAWAY today?"))
    assert lit.matches(msg(2, text="hey @mods look"))
    assert lit.matches(msg(3, text="thanks sam!"))
    assert not lit.matches(msg(4, text="giveaways"))  # whole words only
    assert not lit.matches(msg(5, "sam", "giveaway"))  # the moderator's own line
    system = ChatMessage(
        "6", "k", Author("s", "S"), "giveaway", msg(0).sent_at, kind=MessageKind.SYSTEM
    )
    assert not lit.matches(system)
    assert not Highlighter()
    assert Highlighter(["x"]).with_own_name("Kim").own_names == {"Kim"}


def test_filter_by_text_author_unread_and_links() -> None:
    link = msg(1, "bob", "see www.example.com now")
    read = msg(2, "amy", "plain").with_state(MessageState.READ)
    assert not MessageFilter().active
    assert MessageFilter(text="EXAMPLE").accepts(link)
    assert not MessageFilter(author="amy").accepts(link)
    assert MessageFilter(has_links=True).accepts(link)
    assert not MessageFilter(has_links=True).accepts(read)
    assert not MessageFilter(unread_only=True).accepts(read)
