"""A stream's duplicate filter costs the same after ten buffers as after two (issue 12).

The rows' ids and the trimmed ids remembered for one more buffer once shared a dictionary; a
dictionary under churn (one id in, one out, per message) grows its table in steps as the deleted
entries pile up, and the last step landed minutes past the buffer (~8 MB at 100k rows, 3-4 % of
the app's memory, inside the 10-minute growth run). Counted with tracemalloc, no wall clock.
"""

from __future__ import annotations

import tracemalloc
from datetime import UTC, datetime

from moderator.core import buffer, stream
from moderator.core.models import Author, ChatMessage
from moderator.core.stream import StreamState

#: a buffer size whose shared dictionary took its last step four buffers in (as 100k rows did)
LIMIT = 3_000
PAGE = 100
AUTHOR = Author("u1", "User")
WHEN = datetime(2026, 1, 1, tzinfo=UTC)


def held_by_the_state() -> int:
    """Live bytes allocated by the stream state and its buffer (not by the messages)."""
    snapshot = tracemalloc.take_snapshot().filter_traces(
        [tracemalloc.Filter(True, stream.__file__), tracemalloc.Filter(True, buffer.__file__)]
    )
    return sum(s.size for s in snapshot.statistics("filename"))


def feed(state: StreamState, messages: list[ChatMessage]) -> None:
    """As the session and the model do: the filter first, then the queue, then admit and trim."""
    for start in range(0, len(messages), PAGE):
        state.offer(state.keep_new(messages[start : start + PAGE]))
        state.admit()
        state.trim()


def test_the_filter_does_not_grow_past_two_buffers_of_churn() -> None:
    chat = [ChatMessage(f"m{n}", "prism:1", AUTHOR, "hi", WHEN) for n in range(12 * LIMIT)]
    state = StreamState(LIMIT)
    tracemalloc.start()
    try:
        feed(state, chat[: 3 * LIMIT])  # full, and one buffer of trimmed ids remembered
        warm = held_by_the_state()
        feed(state, chat[3 * LIMIT :])
        later = held_by_the_state()
    finally:
        tracemalloc.stop()
    assert later <= warm * 1.05, f"{warm:,} B after 3 buffers, {later:,} B after 12"
    # still the filter it was: rows and the ids trimmed in the last buffer are known, ids
    # trimmed before are forgotten
    assert state.keep_new(chat[-2 * LIMIT :]) == []
    assert state.keep_new(chat[:1]) == chat[:1]
