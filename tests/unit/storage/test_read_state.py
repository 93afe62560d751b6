"""Local read state: marked, unmarked, and found again by stream, also in large batches."""

from __future__ import annotations

from pathlib import Path

from moderator.storage.read_state import ReadState


def test_read_state_round_trip_across_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "read.sqlite3"
    store = ReadState(path)
    ids = [str(i) for i in range(2_000)]
    store.mark("prism:1", ids[:1_500])
    store.mark("prism:2", ["7"])
    store.unmark("prism:1", ["3"])
    store.close()
    again = ReadState(path)
    found = again.read_among("prism:1", ids)
    assert len(found) == 1_499 and "3" not in found and "1500" not in found
    assert again.read_among("prism:2", ids) == {"7"}
    again.close()


def test_a_stream_with_no_read_marks_costs_no_query_per_arrival(tmp_path: Path) -> None:
    state = ReadState(tmp_path / "read.sqlite3")
    try:
        for i in range(50):  # a live chat, one message an event
            assert state.read_among("ibmvideo:1", [f"m{i}"]) == set()
        assert state.queries == 0
        state.mark("ibmvideo:1", ["m3"])
        assert state.read_among("ibmvideo:1", ["m2", "m3"]) == {"m3"}
        assert state.queries == 1
    finally:
        state.close()
    again = ReadState(tmp_path / "read.sqlite3")  # marks made before: asked of the database
    try:
        assert again.read_among("ibmvideo:1", ["m3"]) == {"m3"}
        assert again.read_among("prism:2", ["m3"]) == set()
    finally:
        again.close()
