"""The hostile fault kinds against every provider: a real session, a real socket (issue 10).

Like the fault matrix in ``test_faults.py``, each case serves one fake on 127.0.0.1 with one
kind at a high share and runs a real :class:`StreamSession` while the chat goes on; then it
checks what the app promises about a hostile platform: nothing lost but the one hostile
message (skipped and counted, or read with U+FFFD), nothing shown twice, the status said what
happened, and the session is live again once the platform behaves.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import pytest

from moderator.core.events import ProviderEvent, SessionStatus, StatusChanged
from moderator.fakes.base import FakeService
from moderator.fakes.faults import HOSTILE, FaultKind, FaultPlan
from moderator.fakes.hostile import PageShape
from moderator.fakes.ibmvideo import IbmVideoFake
from moderator.fakes.registry import FAKES
from moderator.fakes.server import FakeServer
from moderator.providers.brilliant import BrilliantClient
from moderator.providers.pacing import SlidingWindow
from tests.harness import TEST_LIMIT, Watch, make_provider, start_session, unlimit

BACKLOG = 12
#: the client's read timeout; its whole-exchange deadline is three times that
TIMEOUT = 0.2
#: a session sleeps this share of real waits (a 15-minute Retry-After → 90 ms)
SCALE = 0.0001
#: the share of requests that fail; the slow kinds cost a deadline each, so fewer of them
RATE = {FaultKind.TRICKLE: 0.15, FaultKind.HUGE: 0.2}
#: what the tab's status line says, by kind
SAYS = {
    FaultKind.HUGE: (SessionStatus.RETRYING, "larger than 8 MB"),
    FaultKind.TRICKLE: (SessionStatus.RETRYING, "did not answer in time"),
    FaultKind.BIGRETRY: (SessionStatus.RATE_LIMITED, ""),
    FaultKind.STUCK: (SessionStatus.LIVE, "keeps sending the same page"),
}
#: rounds of chat at most, while waiting for the platform to misbehave and the tab to say so
ROUNDS = 12
#: kinds that garble one message of a page
PLANTED = frozenset({FaultKind.DEEP, FaultKind.BADUTF8})
#: the longest wait a session may show for a Retry-After, whatever the platform asked
MOST_WAIT = 15 * 60


@dataclass
class Seen(Watch):
    """A :class:`Watch` that keeps each status with its sentence and wait."""

    changes: list[StatusChanged] = field(default_factory=list)

    def __call__(self, event: ProviderEvent) -> None:
        if isinstance(event, StatusChanged):
            self.changes.append(event)
        super().__call__(event)


def fast_clock() -> float:
    return time.monotonic() / SCALE


async def scaled_sleep(seconds: float) -> None:
    await asyncio.sleep(seconds * SCALE)


def has_token(fake: FakeService) -> bool:
    return fake.page_shape.retoken is not PageShape().retoken


#: the kinds this matrix runs, in a stable order
KINDS = sorted(HOSTILE, key=lambda k: k.value)


@pytest.fixture(params=sorted(FAKES))
def fake(request: pytest.FixtureRequest) -> FakeService:
    made = FAKES[request.param](seed=11)
    unlimit(made)
    return made


def is_victim(message_id: str, victims: set[str]) -> bool:
    """A client's id for a message the fake garbled (LivePerson's ids name the chat too)."""
    return any(message_id == v or message_id.endswith(f":{v}") for v in victims)


@pytest.mark.parametrize("kind", KINDS, ids=[k.value for k in KINDS])
async def test_a_session_survives_a_hostile_platform(fake: FakeService, kind: FaultKind) -> None:
    if kind is FaultKind.STUCK and not has_token(fake):
        pytest.skip(f"{fake.name} pages carry no token to get stuck")
    fake.add_chatter(BACKLOG)
    # a stuck token only shows on full pages: the chat then sends several pages at once
    burst = 800 if kind is FaultKind.STUCK else BACKLOG
    fake.faults = FaultPlan(
        rate=RATE.get(kind, 0.35),
        kinds=frozenset({kind}),
        seed=3,
        exempt=fake.fault_exempt,
        readable=fake.fault_readable,
        delay=TIMEOUT * 4,
        trickle_gap=TIMEOUT / 4,
        trickle_for=TIMEOUT * 4,
    )
    server = FakeServer([fake], rate=0)
    url = server.start()[fake.name]
    provider = make_provider(fake, url, timeout=TIMEOUT, scale=SCALE)
    if isinstance(provider, BrilliantClient):  # its own hold-off after a 429 runs on time too
        provider.limiter = SlidingWindow(TEST_LIMIT, clock=fast_clock, sleep=scaled_sleep)
    watch = Seen()
    session = start_session(provider, watch, scale=SCALE)
    stream = provider.stream.stream_id
    victims = fake.faults.victims

    def missing() -> set[str]:
        return set(fake.message_ids(stream)) - watch.ids.keys()

    def all_received() -> bool:  # but the hostile ones, once skipped and counted
        gone = missing()
        return all(is_victim(m, victims.deep) for m in gone) and watch.rejected >= len(gone)

    def hit() -> bool:  # the platform misbehaved, it hit a message if it can, the tab said so
        planted = kind not in PLANTED or bool(victims.deep or victims.badutf8)
        return fake.faults.injected[kind] >= 1 and planted and _said(kind, watch)

    try:
        for turn in range(ROUNDS):  # the chat goes on while the platform misbehaves
            assert await watch.until(all_received, 20), sorted(missing())
            if turn >= 2 and hit():
                break
            with fake.lock:
                if isinstance(fake, IbmVideoFake):  # a socket drop: the REST catch-up again
                    fake.hub.drop_all()
                fake.add_chatter(burst)
        assert hit(), (fake.faults.injected, [(c.status, c.detail) for c in watch.changes])
        # once the platform stops failing, the session is live again (a hostile message
        # already sent stays hostile: a platform sends it alike each time)
        fake.faults.rate = 0
        with fake.lock:
            fake.add_chatter(2)
        assert await watch.until(lambda: all_received() and _live(watch), 20), watch.changes[-3:]
    finally:
        await session.stop()
        await provider.aclose()
        server.stop()
    assert not watch.duplicates()
    assert watch.ids.keys() <= set(fake.message_ids(stream))
    assert fake.faults.injected[kind] > 0
    assert SessionStatus.SIGNED_OUT not in watch.statuses
    _check_said(kind, watch)
    realtime = isinstance(fake, IbmVideoFake)
    _check_victims(kind, watch, victims.deep, victims.badutf8, missing(), realtime=realtime)


def _live(watch: Seen) -> bool:
    return bool(watch.changes) and watch.changes[-1].status is SessionStatus.LIVE


def _said(kind: FaultKind, watch: Seen) -> bool:
    status, words = SAYS.get(kind, (None, ""))
    return status is None or any(c.status is status and words in c.detail for c in watch.changes)


def _check_said(kind: FaultKind, watch: Seen) -> None:
    if kind is FaultKind.BIGRETRY:
        waits = [c.retry_in for c in watch.changes if c.status is SessionStatus.RATE_LIMITED]
        assert waits and all(w is not None and 0 < w <= MOST_WAIT for w in waits)


def _check_victims(
    kind: FaultKind,
    watch: Seen,
    deep: set[str],
    bad: set[str],
    missing: set[str],
    *,
    realtime: bool,
) -> None:
    """Only the hostile messages are skipped (counted) or read with U+FFFD, nothing else.

    Over a socket (``realtime``) a message may have arrived before a REST catch-up read it
    garbled: it is then not lost, and the garbled copy is skipped (counted) or dropped as seen.
    """
    if kind is FaultKind.DEEP:
        assert deep
        assert all(is_victim(m, deep) for m in missing)
        assert watch.rejected >= max(1, len(missing))
        assert missing or realtime
    else:
        assert not missing
    replaced = {i for i, m in watch.messages.items() if "\ufffd" in m.text}
    if kind is FaultKind.BADUTF8:
        assert bad
        assert all(is_victim(i, bad) for i in replaced)
        assert replaced or realtime
        assert watch.rejected == 0
    else:
        assert not replaced
