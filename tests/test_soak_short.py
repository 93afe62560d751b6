"""A few seconds of the soak (tests/soak.py) in the normal suite: through the real controller,
outbox, model and archive, nothing lost, nothing shown twice, nothing sent or applied twice."""

from __future__ import annotations

import asyncio

from tests.gui.conftest import qloop  # noqa: F401 (the session's qasync loop, a fixture)
from tests.soak import soak


def test_a_short_soak_loses_and_repeats_nothing(
    qloop: asyncio.AbstractEventLoop,  # noqa: F811
) -> None:
    asyncio.set_event_loop(qloop)
    # 150 messages a second per fake against a PRISM poll of 1 s: pages of 100 need two reads;
    # three sends or actions in ten applied with their answer lost
    running = soak(seconds=4, rate=750, faults=0.1, scale=0.2, lost=0.3)
    result = qloop.run_until_complete(asyncio.wait_for(running, 240))
    assert result["sent"] > 1000
    assert result["received"] == result["sent"]
    assert result["sends"] > 0 and result["actions_sent"] > 0
    assert result["sends_applied"] == result["sends"]
    assert result["actions_applied"] == result["actions_sent"]
    assert result["faults_injected"] > 0
    for key in ("lost", "duplicated", "sends_lost", "sent_twice", "actions_lost"):
        assert result[key] == 0, (key, result)
    assert result["applied_twice"] == result["refused"] == result["crashes"] == 0, str(result)
