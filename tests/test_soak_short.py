"""A few seconds of the soak (tests/soak.py) in the normal suite: nothing lost, nothing twice."""

from __future__ import annotations

from tests.soak import soak


async def test_a_short_soak_loses_and_repeats_nothing() -> None:
    result = await soak(seconds=3, rate=50, faults=0.1, scale=0.05)
    assert result["sent"] > 100
    assert result["received"] == result["sent"]
    assert result["actions_sent"] > 0
    assert result["actions_applied"] == result["actions_sent"]
    assert result["lost"] == result["duplicated"] == result["actions_lost"] == 0
    assert result["crashes"] == 0
