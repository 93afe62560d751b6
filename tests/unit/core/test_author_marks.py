"""Authors banned or timed out get their rows painted anew: the first at once, the ones a rule
restricts in the same moment together in one pass over the chat (a pass per author, over 100k
rows, took the GUI a few milliseconds each, many times a second in a raid)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from moderator.core.author_marks import EVERY_S, AuthorMarks
from moderator.core.models import MessageState
from tests.unit.core.moderation_kit import Rows, chat


async def until(condition: Callable[[], bool], seconds: float) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "waited too long"
        await asyncio.sleep(0.01)


class Counted(Rows):
    """The rows, counting passes over the whole chat and the rows told to repaint."""

    def __init__(self, authors: list[str]) -> None:
        super().__init__(chat(i, author) for i, author in enumerate(authors))
        self.passes = 0
        self.repainted: list[str] = []

    def messages(self) -> list:  # type: ignore[type-arg]
        self.passes += 1
        return super().messages()

    def change_state(
        self,
        message_id: str,
        add: MessageState = MessageState.NONE,
        remove: MessageState = MessageState.NONE,
    ) -> None:
        self.repainted.append(message_id)
        super().change_state(message_id, add, remove)


async def test_the_first_change_is_shown_at_once_the_rest_in_one_pass() -> None:
    rows = Counted(["ann", "bob", "ann", "cy", "dee", "bob"])
    marks = AuthorMarks(rows)
    marks.changed("ann")
    assert rows.passes == 1 and rows.repainted == ["0", "2"]
    for author in ("bob", "cy", "bob"):
        marks.changed(author)
    assert rows.passes == 1 and marks.pending  # within EVERY_S of the last: the next pass
    await until(lambda: not marks.pending, EVERY_S * 10)
    assert rows.passes == 2
    assert sorted(rows.repainted[2:]) == ["1", "3", "5"]


async def test_a_closed_stream_gets_no_pass() -> None:
    rows = Counted(["ann", "bob"])
    marks = AuthorMarks(rows)
    marks.changed("ann")
    marks.changed("bob")
    assert marks.pending
    marks.close()
    assert not marks.pending and rows.passes == 1 and rows.repainted == ["0"]
