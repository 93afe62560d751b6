"""Where the send box completes, and with what."""

from __future__ import annotations

import pytest

from moderator.core.commands import BY_NAME
from moderator.core.commands.complete import Completing, Context, candidates, context

NAMED = frozenset(name for name, spec in BY_NAME.items() if spec.takes_name)
C, N = Completing.COMMAND, Completing.NAME
COMMANDS = list(BY_NAME)
NAMES = ["NightOwl", "nico", "Ada Lovelace"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/", Context(C, 0, "/")),
        ("/ti", Context(C, 0, "/ti")),
        ("/timeout Ni", Context(N, 9, "Ni")),
        ("/ban @Ni", Context(N, 5, "@Ni")),
        ("/unban n", Context(N, 7, "n")),
        ("hello @Ni", Context(N, 6, "@Ni")),
        ("/timeout NightOwl 10", None),
        ("/delete x", None),
        ("/ban ", None),
        ("//sh", None),
        ("hello Ni", None),
        ("hello @", None),
    ],
)
def test_context(line: str, expected: Context | None) -> None:
    assert context(line, len(line), NAMED) == expected


def test_context_looks_at_the_cursor_not_the_end() -> None:
    assert context("/ti NightOwl", 3, NAMED) == Context(C, 0, "/ti")


@pytest.mark.parametrize(
    ("found", "words"),
    [
        (Context(C, 0, "/"), [f"/{c}" for c in COMMANDS]),
        (Context(C, 0, "/T"), ["/timeout"]),
        (Context(N, 5, "ni"), ["NightOwl", "nico"]),
        (Context(N, 5, "@ni"), ["@NightOwl", "@nico"]),
        (Context(N, 5, "ada"), ['"Ada Lovelace"']),
        (Context(N, 5, "zz"), []),
    ],
)
def test_candidates(found: Context, words: list[str]) -> None:
    assert candidates(found, COMMANDS, NAMES) == words
