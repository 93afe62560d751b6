"""Chatter added one message at a time (as the demo's timer does) reaches every open stream."""

from __future__ import annotations

import pytest

from moderator.fakelink import connections
from moderator.fakes.registry import FAKES


@pytest.mark.parametrize("name", sorted(FAKES))
def test_one_message_a_tick_reaches_every_stream(name: str) -> None:
    fake = FAKES[name](seed=2)
    streams = [c.stream_id() for c in connections(fake, "http://fake.test")]
    before = {stream: len(fake.message_ids(stream)) for stream in streams}
    for _ in range(40):
        fake.add_chatter(1)
    quiet = [s for s in streams if len(fake.message_ids(s)) == before[s]]
    assert not quiet, f"{name}: no chatter reached {quiet} of {streams}"


def test_prism_chatter_goes_round_the_lives_evenly() -> None:
    fake = FAKES["prism"](seed=2)
    for _ in range(10):
        fake.add_chatter(1)
    assert [len(fake.message_ids(live)) for live in ("1001", "1002")] == [5, 5]
