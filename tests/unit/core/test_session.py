from __future__ import annotations

import asyncio

from moderator.core.events import MessagesArrived, ProviderEvent, SessionStatus, StatusChanged
from moderator.core.provider import Page
from moderator.core.session import Backoff, SeenIds, StreamSession
from moderator.errors import AuthExpired, NotFound, ProviderUnavailable, RateLimited
from tests.unit.core.scripted import ScriptedProvider, message


class Recorder:
    def __init__(self) -> None:
        self.events: list[ProviderEvent] = []
        self.sleeps: list[float] = []

    def __call__(self, event: ProviderEvent) -> None:
        self.events.append(event)

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        await asyncio.sleep(0)

    def ids(self) -> list[str]:
        return [m.id for e in self.events if isinstance(e, MessagesArrived) for m in e.messages]

    def statuses(self) -> list[SessionStatus]:
        return [e.status for e in self.events if isinstance(e, StatusChanged)]


async def run_script(provider: ScriptedProvider, recorder: Recorder) -> StreamSession:
    session = StreamSession(
        provider, recorder, sleep=recorder.sleep, backoff=Backoff(rng=lambda: 0.5)
    )
    session.start()
    await asyncio.wait_for(provider.exhausted.wait(), 5)
    await session.stop()
    return session


async def test_pages_are_deduplicated_and_the_cursor_advances() -> None:
    provider = ScriptedProvider(
        [
            Page([message(1), message(2)], cursor="c2"),
            Page([message(2), message(3), message(3)], cursor="c3"),
            Page([], cursor="c3"),
        ]
    )
    recorder = Recorder()
    session = await run_script(provider, recorder)
    assert recorder.ids() == ["1", "2", "3"]
    assert provider.cursors == [None, "c2", "c3", "c3"]
    assert session.cursor == "c3"
    assert recorder.statuses()[:2] == [SessionStatus.CONNECTING, SessionStatus.LIVE]
    assert recorder.statuses()[-1] is SessionStatus.STOPPED


async def test_a_failed_page_is_read_again_from_the_same_cursor() -> None:
    provider = ScriptedProvider(
        [
            Page([message(1)], cursor="c1"),
            ProviderUnavailable("down"),
            Page([message(2)], cursor="c2"),
        ]
    )
    recorder = Recorder()
    await run_script(provider, recorder)
    assert provider.cursors[:3] == [None, "c1", "c1"]
    assert recorder.ids() == ["1", "2"]
    assert SessionStatus.RETRYING in recorder.statuses()


async def test_rate_limit_waits_as_told_and_says_so() -> None:
    provider = ScriptedProvider(
        [RateLimited("slow down", retry_after=7), Page([message(1)], cursor="c1")]
    )
    recorder = Recorder()
    await run_script(provider, recorder)
    limited = [
        e
        for e in recorder.events
        if isinstance(e, StatusChanged) and e.status is SessionStatus.RATE_LIMITED
    ]
    assert limited
    assert limited[0].retry_in == 7
    assert 7 in recorder.sleeps
    assert recorder.statuses()[-2] is SessionStatus.LIVE


async def test_backoff_grows_and_is_capped() -> None:
    backoff = Backoff(base=1, cap=16, rng=lambda: 1.0)
    delays = [backoff.next_delay() for _ in range(8)]
    assert delays == [1, 2, 4, 8, 16, 16, 16, 16]
    backoff.reset()
    assert backoff.next_delay() == 1


async def test_an_unexpected_bug_does_not_end_the_session() -> None:
    provider = ScriptedProvider([ValueError("boom"), Page([message(1)], cursor="c1")])
    recorder = Recorder()
    await run_script(provider, recorder)
    assert recorder.ids() == ["1"]
    errors = [
        e
        for e in recorder.events
        if isinstance(e, StatusChanged) and e.status is SessionStatus.ERROR
    ]
    assert "Unexpected error: ValueError" in errors[0].detail


async def test_connect_failure_is_retried_then_reads() -> None:
    provider = ScriptedProvider([Page([message(1)], cursor="c1")], connect=[NotFound("no live")])
    recorder = Recorder()
    await run_script(provider, recorder)
    assert recorder.ids() == ["1"]
    assert SessionStatus.ERROR in recorder.statuses()


async def test_signed_out_waits_for_the_moderator_then_resumes() -> None:
    provider = ScriptedProvider([AuthExpired("token rejected"), Page([message(1)], cursor="c1")])
    recorder = Recorder()
    session = StreamSession(provider, recorder, sleep=recorder.sleep)
    session.start()
    for _ in range(100):
        if session.status is SessionStatus.SIGNED_OUT:
            break
        await asyncio.sleep(0)
    assert session.status is SessionStatus.SIGNED_OUT
    assert "Sign in again" in session.last_error or "Sign in again" in recorder.events[-1].detail  # type: ignore[union-attr]
    session.resume()
    await asyncio.wait_for(provider.exhausted.wait(), 5)
    await session.stop()
    assert recorder.ids() == ["1"]


async def test_ended_stream_stops_polling() -> None:
    provider = ScriptedProvider([Page([message(1)], cursor="c1", ended=True)])
    recorder = Recorder()
    session = StreamSession(provider, recorder, sleep=recorder.sleep)
    await asyncio.wait_for(session.run(), 5)
    assert recorder.statuses()[-1] is SessionStatus.ENDED


def test_seen_ids_forget_the_oldest_beyond_capacity() -> None:
    seen = SeenIds(capacity=3)
    assert [seen.add(i) for i in "abcd"] == [True, True, True, True]
    assert "a" not in seen
    assert "d" in seen
    assert not seen.add("d")
    assert len(seen) == 3
