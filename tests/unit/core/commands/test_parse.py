"""Every command's parsing, table by table: what a line becomes, and which lines are refused."""

from __future__ import annotations

from datetime import timedelta

import pytest

from moderator.core.actions import ActionKind
from moderator.core.commands import (
    COMMANDS,
    ChatText,
    CommandError,
    Invocation,
    Target,
    help_lines,
    parse_line,
)
from moderator.core.commands.duration import parse_duration

A, S, L = Target.AUTHOR, Target.SELECTION, Target.LOCAL
MIN = timedelta(minutes=1)
SEC = timedelta(seconds=1)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/ban NightOwl", Invocation("ban", A, ActionKind.BAN, "NightOwl")),
        ("/ban @NightOwl", Invocation("ban", A, ActionKind.BAN, "NightOwl")),
        ("/BAN x  spam  links", Invocation("ban", A, ActionKind.BAN, "x", reason="spam  links")),
        ("  /ban x  ", Invocation("ban", A, ActionKind.BAN, "x")),
        ("/timeout x", Invocation("timeout", A, ActionKind.TIMEOUT, "x", 10 * MIN)),
        ("/timeout x 30s", Invocation("timeout", A, ActionKind.TIMEOUT, "x", 30 * SEC)),
        ("/timeout x 10m", Invocation("timeout", A, ActionKind.TIMEOUT, "x", 10 * MIN)),
        ("/timeout x 1h", Invocation("timeout", A, ActionKind.TIMEOUT, "x", 60 * MIN)),
        ("/timeout x 1d", Invocation("timeout", A, ActionKind.TIMEOUT, "x", timedelta(days=1))),
        ("/timeout x 5", Invocation("timeout", A, ActionKind.TIMEOUT, "x", 5 * MIN)),
        (
            "/timeout x 1h caps and spam",
            Invocation("timeout", A, ActionKind.TIMEOUT, "x", 60 * MIN, "caps and spam"),
        ),
        (
            "/timeout x calm down",
            Invocation("timeout", A, ActionKind.TIMEOUT, "x", 10 * MIN, "calm down"),
        ),
        ("/unban @x", Invocation("unban", A, ActionKind.UNBAN, "x")),
        ("/delete", Invocation("delete", S, ActionKind.DELETE)),
        ("/clear", Invocation("clear", L)),
        ("/help", Invocation("help", L)),
        ("/help ban", Invocation("help", L)),
    ],
)
def test_commands_parse(line: str, expected: Invocation) -> None:
    assert parse_line(line) == expected


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("/bna x", "There is no command /bna: nothing was sent. Did you mean /ban?"),
        ("/me waves", "There is no command /me"),
        ("/", "There is no command /:"),
        ("/ban", "Usage: /ban name [reason]"),
        ("/timeout", "Usage: /timeout name 10m [reason]"),
        ("/timeout x 10y", "“10y” is not a duration"),
        ("/timeout x 0s", "“0s” is not a duration"),
        ("/timeout x 29d", "at most 28 days"),
        ("/unban", "Usage: /unban name"),
        ("/unban a b", "Usage: /unban name"),
        ("/delete now", "select them first"),
        ("/clear all", "Usage: /clear"),
    ],
)
def test_bad_commands_say_why_and_are_never_chat(line: str, says: str) -> None:
    parsed = parse_line(line)
    assert isinstance(parsed, CommandError)
    assert says in parsed.sentence


@pytest.mark.parametrize(
    ("line", "sent"),
    [("hello", "hello"), ("  hi there ", "hi there"), ("//shrug", "/shrug"), ("a /ban", "a /ban")],
)
def test_chat_text_is_sent_as_typed(line: str, sent: str) -> None:
    assert parse_line(line) == ChatText(sent)


@pytest.mark.parametrize(
    ("word", "seconds"),
    [("30s", 30), ("10m", 600), ("10M", 600), ("1h", 3600), ("1d", 86400), ("15", 900)],
)
def test_durations(word: str, seconds: int) -> None:
    assert parse_duration(word) == timedelta(seconds=seconds)


@pytest.mark.parametrize("word", ["", "m", "1.5h", "-1m", "0m", "1w", "29d", "1234567s", "1 h"])
def test_not_durations(word: str) -> None:
    assert parse_duration(word) is None


def test_help_lists_every_command_once() -> None:
    lines = help_lines()
    assert len(lines) == len(COMMANDS)
    assert lines[1] == "/timeout name 10m [reason] — Time an author out"


@pytest.mark.parametrize(
    ("line", "name", "reason"),
    [
        ('/ban "Ada Lovelace" spam', "Ada Lovelace", "spam"),
        ('/ban @"Ada Lovelace"', "Ada Lovelace", ""),
        ('/ban "Ada Lovelace', "Ada Lovelace", ""),
    ],
)
def test_names_with_spaces_are_quoted(line: str, name: str, reason: str) -> None:
    assert parse_line(line) == Invocation("ban", A, ActionKind.BAN, name, reason=reason)


def test_a_quoted_name_takes_a_duration_after_it() -> None:
    parsed = parse_line('/timeout "Ada L" 1h rude')
    assert parsed == Invocation("timeout", A, ActionKind.TIMEOUT, "Ada L", 60 * MIN, "rude")


def test_answers_quote_a_typed_word_short_and_visible() -> None:
    parsed = parse_line("/" + "x" * 5000 + "\u202e")
    assert isinstance(parsed, CommandError)
    assert len(parsed.sentence) < 250
    timeout = parse_line("/timeout a 9" + "9" * 300 + "\u200b")
    assert isinstance(timeout, CommandError)
    assert len(timeout.sentence) < 150
