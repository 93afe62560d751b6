"""Every fault kind against every provider: a real session, a real socket, no message lost.

Each case serves one fake on 127.0.0.1 with one kind of fault at a high share, runs a real
:class:`StreamSession` against it, keeps the chat going while it runs, and waits until every
message the fake holds arrived; then checks none arrived twice and the statuses told the truth.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from moderator.core.events import SessionStatus
from moderator.errors import NotFound, ProviderUnavailable
from moderator.fakelink import connections
from moderator.fakes.base import FakeService
from moderator.fakes.faults import DEFAULT_KINDS, FaultKind, FaultPlan
from moderator.fakes.prism import PrismFake
from moderator.fakes.registry import FAKES
from moderator.fakes.server import FakeServer
from moderator.providers import create_provider
from tests.harness import Watch, make_provider, start_session, unlimit

RATE = 0.35
BACKLOG = 12
#: a session sleeps this share of real waits (5 s poll → 5 ms)
SCALE = 0.001
TIMEOUT = 0.2
BASE = "http://fake.test"
EXPECTED_STATUS = {
    FaultKind.SERVER_ERROR: SessionStatus.RETRYING,
    FaultKind.UNAVAILABLE: SessionStatus.RETRYING,
    FaultKind.TIMEOUT: SessionStatus.RETRYING,
    FaultKind.DROP: SessionStatus.RETRYING,
    FaultKind.RATE_LIMIT: SessionStatus.RATE_LIMITED,
}
#: the kinds this matrix runs, in a stable order
KINDS = sorted(DEFAULT_KINDS, key=lambda k: k.value)


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


@pytest.mark.parametrize("kind", KINDS, ids=[k.value for k in KINDS])
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


async def test_lost_applies_the_request_and_the_client_never_hears_of_it() -> None:
    fake = PrismFake(seed=1)
    client = create_provider(connections(fake, BASE)[0], httpx.ASGITransport(app=fake.app))
    fake.faults = FaultPlan(rate=1.0, kinds=frozenset({FaultKind.LOST}), seed=1, delay=0.01)
    for attempt in range(4):  # both ways of losing it: a dropped connection and a timeout
        with pytest.raises(ProviderUnavailable):
            await client.send(f"lost answer {attempt}")
    await client.aclose()
    for attempt in range(4):
        assert fake.texts("1001").count(f"lost answer {attempt}") == 1
    assert fake.requests.count("PUT", "/live/1001/chat") == 4
    assert {e.fault for e in fake.requests.entries()} == {FaultKind.LOST}


async def test_twice_applies_an_idempotent_request_twice_and_answers_the_second() -> None:
    fake = PrismFake(seed=1)
    fake.add_chatter(3)
    client = create_provider(connections(fake, BASE)[0], httpx.ASGITransport(app=fake.app))
    target = (await client.fetch(None)).messages[-1]
    fake.faults = FaultPlan(rate=1.0, kinds=frozenset({FaultKind.TWICE}), seed=1)
    with pytest.raises(NotFound):  # the second delete found the message gone
        await client.delete(target)
    await client.aclose()
    assert not fake.message_facts("1001", target.id).exists
    deletes = [e for e in fake.requests.entries() if e.method == "DELETE"]
    assert [e.status for e in deletes] == [200, 404]


def test_twice_is_never_chosen_for_a_request_a_proxy_would_not_repeat() -> None:
    plan = FaultPlan(rate=1.0, kinds=frozenset({FaultKind.TWICE}), seed=1)
    assert {plan.choose("/chat", "POST") for _ in range(50)} == {None}
    assert {plan.choose("/chat", "PUT") for _ in range(50)} == {None}
    assert {plan.choose("/chat/1", "DELETE") for _ in range(50)} == {FaultKind.TWICE}


def test_lost_spares_an_answer_that_is_the_only_record_of_the_change() -> None:
    plan = FaultPlan(rate=1.0, kinds=frozenset({FaultKind.LOST}), readable=("/incomingRequests",))
    assert {plan.choose("/x/incomingRequests", "POST") for _ in range(50)} == {None}


def test_the_new_kinds_are_picked_by_name_like_the_others() -> None:
    assert FaultKind.parse("lost,TWICE") == {FaultKind.LOST, FaultKind.TWICE}
