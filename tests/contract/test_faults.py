"""Every fault kind against every provider: a real session, a real socket, no message lost.

Each case serves one fake on 127.0.0.1 with one kind of fault at a high share, runs a real
:class:`StreamSession` against it, keeps the chat going while it runs, and waits until every
message the fake holds arrived; then checks none arrived twice and the statuses told the truth.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from moderator.core.events import SessionStatus
from moderator.fakes.base import FakeService
from moderator.fakes.faults import FaultKind, FaultPlan
from moderator.fakes.registry import FAKES
from moderator.fakes.server import FakeServer
from tests.harness import Watch, make_provider, start_session, unlimit

RATE = 0.35
BACKLOG = 12
#: a session sleeps this share of real waits (5 s poll → 5 ms)
SCALE = 0.001
TIMEOUT = 0.2
EXPECTED_STATUS = {
    FaultKind.SERVER_ERROR: SessionStatus.RETRYING,
    FaultKind.UNAVAILABLE: SessionStatus.RETRYING,
    FaultKind.TIMEOUT: SessionStatus.RETRYING,
    FaultKind.DROP: SessionStatus.RETRYING,
    FaultKind.RATE_LIMIT: SessionStatus.RATE_LIMITED,
}


@pytest.fixture(params=sorted(FAKES))
def served(request: pytest.FixtureRequest) -> Iterator[tuple[FakeService, str]]:
    fake = FAKES[request.param](seed=11)
    unlimit(fake)
    fake.add_chatter(BACKLOG)
    server = FakeServer([fake], rate=0)
    urls = server.start()
    try:
        yield fake, urls[fake.name]
    finally:
        server.stop()


@pytest.mark.parametrize("kind", list(FaultKind), ids=lambda k: k.value)
async def test_a_session_loses_nothing_under_faults(
    served: tuple[FakeService, str], kind: FaultKind
) -> None:
    fake, url = served
    fake.faults = FaultPlan(
        rate=RATE,
        kinds=frozenset({kind}),
        seed=3,
        exempt=fake.fault_exempt,
        readable=fake.fault_readable,
        delay=TIMEOUT * 3,
        retry_after=0.05,
    )
    provider = make_provider(fake, url, timeout=TIMEOUT, scale=SCALE)
    watch = Watch()
    session = start_session(provider, watch, scale=SCALE)
    stream = provider.stream.stream_id

    def all_received() -> bool:
        return set(fake.message_ids(stream)) <= watch.ids.keys()

    try:
        for _ in range(3):  # the chat goes on while faults happen
            assert await watch.until(all_received, 20), sorted(
                set(fake.message_ids(stream)) - watch.ids.keys()
            )
            with fake.lock:
                fake.add_chatter(BACKLOG)
        assert await watch.until(all_received, 20)
    finally:
        await session.stop()
        await provider.aclose()
    assert session.running is False
    assert not watch.duplicates()
    assert watch.ids.keys() == set(fake.message_ids(stream))
    assert fake.faults.injected[kind] > 0
    assert SessionStatus.SIGNED_OUT not in watch.statuses
    expected = EXPECTED_STATUS.get(kind)
    if expected is not None:
        assert expected in watch.statuses
