"""The question after a crash inside undo windows names what waited, counted by kind."""

from __future__ import annotations

from moderator.core.delivery import OutboxEntry
from moderator.ui.shell.held_prompt import held_details, held_question
from tests.unit.core.scripted import message


def entry(kind: str, number: int) -> OutboxEntry:
    return OutboxEntry(
        number, "test:1", kind, message(number, f"text {number}"), "", None, 0, 0, ""
    )


def test_one_kind_many_items() -> None:
    text = held_question([entry("delete", 1), entry("delete", 2)], "Morning show", "PRISM")
    assert text == (
        "2 deletes were waiting for the undo delay in “Morning show” (PRISM) when Moderator "
        "closed. Send them now, or discard them?"
    )


def test_several_kinds_are_counted_each() -> None:
    entries = [entry("delete", 1), entry("ban", 2), entry("delete", 3), entry("timeout", 4)]
    text = held_question(entries, "S", "P")
    assert text.startswith("2 deletes, 1 ban and 1 timeout were waiting")


def test_details_list_a_few_messages_and_count_the_rest() -> None:
    details = held_details([entry("delete", n) for n in range(8)]).splitlines()
    assert details[0] == "delete: A: text 0"
    assert details[-1] == "… and 3 more" and len(details) == 6
