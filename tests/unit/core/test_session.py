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


# -- pacing: the session follows the chat (fake clock, no sleeps) ---------------------------------


class FakeTime:
    """A clock that moves only when the session sleeps (and a little per request)."""

    def __init__(self, request_cost: float = 0.01) -> None:
        self.now = 0.0
        self.request_cost = request_cost
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


class LiveChat(ScriptedProvider):
    """A chat where ``rate`` messages a second are written; a read returns up to ``page_size``
    of those written since the cursor (the cursor is the count read so far)."""

    def __init__(
        self, time: FakeTime, rate: float, *, page_size: int = 1_000, until: float = 60.0
    ) -> None:
        super().__init__([])
        self.time, self.rate, self.page_size, self.until = time, rate, page_size, until
        self.poll_interval = 5.0
        self.requests: list[float] = []
        self.delays: list[float] = []  # from a message's creation to its read

    async def fetch(self, cursor: str | None) -> Page:
        if self.time.now >= self.until:
            self.exhausted.set()
            await asyncio.Event().wait()
        self.time.now += self.time.request_cost
        self.requests.append(self.time.now)
        start = int(cursor or 0)
        written = int(self.time.now * self.rate)
        end = min(written, start + self.page_size)
        self.delays += [self.time.now - i / self.rate for i in range(start, end)]
        return Page(
            [message(i) for i in range(start, end)],
            cursor=str(end),
            more=end - start >= self.page_size,
        )


async def run_live(provider: ScriptedProvider, time: FakeTime) -> list[ProviderEvent]:
    recorder = Recorder()
    session = StreamSession(provider, recorder, sleep=time.sleep, clock=time)
    session.start()
    await asyncio.wait_for(provider.exhausted.wait(), 30)
    await session.stop()
    return recorder.events


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]


async def test_a_backlog_is_read_back_to_back() -> None:
    time = FakeTime()
    time.now = 100.0  # 50,000 messages are waiting when the tab opens
    chat = LiveChat(time, rate=500, page_size=1_000, until=101.0)
    await run_live(chat, time)
    # 50 full pages with no pause between them (only the requests' own time), then paced
    assert len(chat.requests) > 50
    assert chat.requests[49] - chat.requests[0] < 50 * 0.011
    assert 0 < time.sleeps[0] < 5.0


async def test_a_busy_chat_is_read_in_small_steady_batches() -> None:
    time = FakeTime()
    chat = LiveChat(time, rate=500, until=60.0)
    await run_live(chat, time)
    late = [d for d in chat.delays if d > 0]
    # the 5 s poll interval made messages arrive in 5 s lumps (p50 ~2.5 s); now ~80 at a time
    assert percentile(chat.delays, 0.5) < 0.25
    assert percentile(late, 0.99) < 0.5
    # about 500/80 reads a second, not hundreds
    assert 200 < len(chat.requests) < 60 * 500 / 40


async def test_a_quiet_chat_is_read_at_the_platforms_cadence() -> None:
    time = FakeTime()
    chat = LiveChat(time, rate=0.2, until=60.0)
    await run_live(chat, time)
    gaps = [b - a for a, b in zip(chat.requests, chat.requests[1:], strict=False)]
    assert len(chat.requests) <= 60 / 5 + 2
    assert min(gaps) >= 5.0


async def test_never_sooner_than_the_platforms_documented_minimum() -> None:
    time = FakeTime()
    chat = LiveChat(time, rate=5_000, page_size=100, until=60.0)
    chat.min_poll_interval = 2.0
    await run_live(chat, time)
    gaps = [b - a for a, b in zip(chat.requests, chat.requests[1:], strict=False)]
    assert min(gaps) >= 2.0
    assert len(chat.requests) <= 60 / 2 + 1


class StuckToken(ScriptedProvider):
    """A hostile platform: the same full page with the same next-page token, forever."""

    def __init__(self, time: FakeTime, *, moves_on_after: int | None = None) -> None:
        super().__init__([])
        self.time = time
        self.poll_interval = 5.0
        self.requests = 0
        self.moves_on_after = moves_on_after

    async def fetch(self, cursor: str | None) -> Page:
        if self.time.now >= 60.0 or self.requests >= 2_000:
            self.exhausted.set()
            await asyncio.Event().wait()
        self.requests += 1
        self.time.now += self.time.request_cost
        if self.moves_on_after is not None and self.requests > self.moves_on_after:
            n = self.requests
            return Page([message(f"new{n}")], cursor=f"c{n}")
        return Page([message(i) for i in range(100)], cursor="stuck", more=True)


async def test_a_page_token_that_never_moves_on_does_not_flood_the_platform() -> None:
    time = FakeTime()
    platform = StuckToken(time)
    events = await run_live(platform, time)
    # it flooded: 3,000-4,500 requests in 10-20 s; now the platform's own cadence
    assert platform.requests <= 60 / 5 + 2
    warnings = [
        e
        for e in events
        if isinstance(e, StatusChanged) and e.status is SessionStatus.LIVE and e.detail
    ]
    assert len(warnings) == 1
    assert "keeps sending the same page" in warnings[0].detail


async def test_the_stuck_warning_is_withdrawn_once_the_token_moves_on() -> None:
    time = FakeTime()
    platform = StuckToken(time, moves_on_after=5)
    events = await run_live(platform, time)
    live = [e for e in events if isinstance(e, StatusChanged) and e.status is SessionStatus.LIVE]
    assert [bool(e.detail) for e in live] == [False, True, False]


class SameTokenNewMessages(StuckToken):
    """A platform whose token stays put while each full page brings new messages (progress)."""

    async def fetch(self, cursor: str | None) -> Page:
        if self.requests >= 300:
            self.exhausted.set()
            await asyncio.Event().wait()
        self.requests += 1
        self.time.now += self.time.request_cost
        n = self.requests
        return Page([message(f"{n}-{i}") for i in range(100)], cursor="same", more=True)


async def test_a_full_page_of_new_messages_is_progress_even_if_the_token_stays() -> None:
    time = FakeTime()
    platform = SameTokenNewMessages(time)
    await run_live(platform, time)
    assert platform.requests == 300
    assert time.now < 300 * 0.011  # read back to back: no poll interval between them


class NewTokenSamePage(StuckToken):
    """A hostile platform: a new token every time, the same full page of messages."""

    async def fetch(self, cursor: str | None) -> Page:
        if self.time.now >= 60.0 or self.requests >= 2_000:
            self.exhausted.set()
            await asyncio.Event().wait()
        self.requests += 1
        self.time.now += self.time.request_cost
        return Page([message(i) for i in range(100)], cursor=f"c{self.requests}", more=True)


async def test_new_tokens_for_the_same_page_stop_counting_as_progress() -> None:
    time = FakeTime()
    platform = NewTokenSamePage(time)
    await run_live(platform, time)
    assert platform.requests <= 50 + 60 / 5 + 2


class UnreadableOnce(LiveChat):
    """A chat whose pages each hold an unreadable item: the session reads each again."""

    async def fetch(self, cursor: str | None) -> Page:
        page = await super().fetch(cursor)
        return Page(page.messages, cursor=page.cursor, more=page.more, rejected=1)


async def test_rereads_of_an_unreadable_page_keep_the_platforms_minimum() -> None:
    time = FakeTime()
    chat = UnreadableOnce(time, rate=50, page_size=100, until=30.0)
    chat.min_poll_interval = 2.0
    await run_live(chat, time)
    gaps = [b - a for a, b in zip(chat.requests, chat.requests[1:], strict=False)]
    # each page is read up to REREADS more times: never sooner than LivePerson's 2 s
    assert len(chat.requests) > 5
    assert min(gaps) >= 2.0
