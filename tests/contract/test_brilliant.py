"""Brilliant Directories client against its fake: paging, threads, read state, errors, limits."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from moderator.core.events import MessagesArrived, MessageUpdated, ProviderEvent
from moderator.core.models import Badge, MessageState
from moderator.core.provider import Capability, Page
from moderator.core.session import StreamSession
from moderator.errors import (
    InvalidRequest,
    NotFound,
    PermissionDenied,
    ProviderError,
    ProviderUnavailable,
    RateLimited,
    SignedOut,
)
from moderator.fakelink import connections
from moderator.fakes.brilliant import BrilliantFake
from moderator.fakes.brilliant.service import READ_ONLY_KEY
from moderator.fakes.server import FakeServer
from moderator.providers.brilliant import BrilliantClient, BrilliantConnection
from moderator.providers.brilliant.client import RECHECK_EVERY, encode_cursor
from moderator.providers.pacing import SlidingWindow

SITE = "https://www.yourdomain.com"


class Clock:
    """One hand-driven clock for the fake's window and the client's limiter."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def site(clock: Clock) -> BrilliantFake:
    fake = BrilliantFake(seed=11, clock=clock)
    fake.add_chatter(12)
    return fake


Make = Callable[..., BrilliantClient]


@pytest.fixture
async def make(site: BrilliantFake, clock: Clock) -> AsyncIterator[Make]:
    made: list[BrilliantClient] = []

    def factory(index: int = 0, *, max_wait: float = 5.0, **changes: object) -> BrilliantClient:
        base = connections(site, SITE)[index]
        settings = BrilliantConnection.model_validate({**base.model_dump(), **changes})
        limiter = SlidingWindow(
            settings.requests_per_minute, 60.0, clock=clock, sleep=clock.sleep, max_wait=max_wait
        )
        client = BrilliantClient(settings, httpx.ASGITransport(app=site.app), limiter=limiter)
        made.append(client)
        return client

    yield factory
    for client in made:
        await client.aclose()


async def test_connect_verifies_the_key_and_names_the_site(make: Make) -> None:
    info = await make().connect()
    assert info.live
    assert info.ref.stream_id == "www.yourdomain.com"
    assert info.ref.title == "Directory site: all chats"


async def test_first_fetch_is_the_newest_page_oldest_first(make: Make, site: BrilliantFake) -> None:
    site.add_chatter(150)
    client = make()
    await client.connect()
    page = await client.fetch(None)
    ids = [m.id for m in page.messages]
    assert ids == [str(i) for i in range(63, 163)]
    assert not page.more
    assert page.cursor == encode_cursor("162")


async def test_new_messages_walk_next_page_cursors(make: Make, site: BrilliantFake) -> None:
    client = make()
    await client.connect()
    first = await client.fetch(None)
    site.add_chatter(350)  # 3.5 pages of 100 after the cursor
    walked = await client.fetch(first.cursor)
    assert len(walked.messages) == 300
    assert walked.more, "more pages wait: the session should fetch again at once"
    rest = await client.fetch(walked.cursor)
    assert len(rest.messages) == 50
    assert not rest.more
    ids = [m.id for m in first.messages + walked.messages + rest.messages]
    assert ids == [str(i) for i in range(1, 363)]
    idle = await client.fetch(rest.cursor)
    assert idle.messages == []
    assert idle.cursor == rest.cursor


async def test_messages_carry_thread_labels_owner_badges_and_site_time(
    make: Make, site: BrilliantFake
) -> None:
    client = make()
    await client.connect()
    page = await client.fetch(None)
    labels = {m.thread: m.thread_label for m in page.messages}
    tokens = {t["thread_token"]: t["thread_id"] for t in site.threads}
    assert labels == {tok: f"Thread {tokens[tok]} (open)" for tok in labels}
    owners = [m for m in page.messages if Badge.OWNER in m.author.badges]
    assert all(m.author.id == site.owner_token for m in owners)
    # created_at is the site's wall clock (UTC-5 here) without a zone: read in the site's zone
    written = {r["message_id"]: r["created_at"] for r in site.messages}
    site_zone = timezone(timedelta(hours=-5))
    for m in page.messages:
        wall = datetime.strptime(written[m.id], "%Y%m%d%H%M%S").replace(tzinfo=site_zone)
        assert m.sent_at == wall, (m.id, written[m.id], m.sent_at)


async def test_a_thread_started_after_connect_is_looked_up_once(
    make: Make, site: BrilliantFake
) -> None:
    client = make()
    await client.connect()
    cursor = (await client.fetch(None)).cursor
    thread = site.add_thread()
    site.post(thread["thread_token"], thread["thread_owner"], "<p>new here 👋</p>")
    page = await client.fetch(cursor)
    assert [m.thread_label for m in page.messages] == [f"Thread {thread['thread_id']} (open)"]
    assert page.messages[0].text == "new here 👋"


async def test_thread_scoped_connection_reads_and_answers_one_thread(
    make: Make, site: BrilliantFake
) -> None:
    client = make(1)
    token = site.threads[0]["thread_token"]
    info = await client.connect()
    assert info.ref.stream_id == token
    page = await client.fetch(None)
    assert page.messages
    assert {m.thread for m in page.messages} == {token}
    site.add_chatter(8)
    later = await client.fetch(page.cursor)
    assert {m.thread for m in later.messages} == {token}
    sent = await client.send("only here")
    assert sent is not None
    assert sent.thread == token
    assert "only here" in site.texts(token)


async def test_send_answers_the_last_visitor_and_escapes_text(
    make: Make, site: BrilliantFake
) -> None:
    client = make()
    await client.connect()
    page = await client.fetch(None)
    visitor = [m for m in page.messages if not m.author.badges][-1]
    sent = await client.send("<b>not bold</b> & 5 < 6")
    assert sent is not None
    assert sent.thread == visitor.thread
    assert sent.text == "<b>not bold</b> & 5 < 6"
    assert Badge.OWNER in sent.author.badges
    row = site.find(sent.id)
    assert row is not None
    assert row["message_content"] == "<p>&lt;b&gt;not bold&lt;/b&gt; &amp; 5 &lt; 6</p>"
    assert row["message_owner"] == site.owner_token
    assert row["message_status"] == "0"
    assert len(row["created_at"]) == 14


async def test_send_without_any_thread_is_refused_with_a_sentence(make: Make) -> None:
    client = make()
    await client.connect()
    with pytest.raises(InvalidRequest, match="no thread to answer"):
        await client.send("hello?")


async def test_reply_thread_setting_wins(make: Make, site: BrilliantFake) -> None:
    token = site.threads[2]["thread_token"]
    client = make(reply_thread=token)
    await client.connect()
    await client.fetch(None)
    sent = await client.send("hi")
    assert sent is not None
    assert sent.thread == token


async def test_read_state_round_trip_and_arrival(make: Make, site: BrilliantFake) -> None:
    site.messages[0]["message_status"] = "1"
    client = make()
    await client.connect()
    page = await client.fetch(None)
    assert page.messages[0].is_read
    target = page.messages[1]
    assert not target.is_read
    await client.set_read(target, True)
    assert site.message_facts("", target.id).read
    await client.set_read(target, False)
    assert not site.message_facts("", target.id).read


async def test_recheck_reports_read_flags_and_deletions_made_on_the_site(
    make: Make, site: BrilliantFake
) -> None:
    client = make()
    await client.connect()
    page: Page = await client.fetch(None)
    site.find("3")["message_status"] = "1"  # type: ignore[index]
    site.messages.remove(site.find("4"))  # type: ignore[arg-type]
    updates = []
    for _ in range(RECHECK_EVERY - 1):
        page = await client.fetch(page.cursor)
        updates.extend(page.updates)
    by_id = {m.id: m for m in updates}
    assert set(by_id) == {"3", "4"}
    assert by_id["3"].state == MessageState.READ
    assert by_id["4"].is_deleted
    again = [await client.fetch(page.cursor) for _ in range(RECHECK_EVERY)]
    assert [u for p in again for u in p.updates] == [], "a change is reported once"


async def test_delete_removes_the_message(make: Make, site: BrilliantFake) -> None:
    client = make()
    await client.connect()
    target = (await client.fetch(None)).messages[-1]
    await client.delete(target)
    assert not site.message_facts("", target.id).exists
    with pytest.raises(NotFound) as caught:
        await client.delete(target)
    assert "record not found" in caught.value.sentence()


async def test_unsupported_actions_say_why(make: Make) -> None:
    client = make()
    for capability in (Capability.BAN, Capability.TIMEOUT, Capability.FLAG, Capability.REALTIME):
        reason = client.unsupported_reason(capability)
        assert reason
        assert "Brilliant Directories" in reason


async def test_a_wrong_key_signs_out_without_showing_it(make: Make) -> None:
    client = make(api_key="not-the-key-12345")
    with pytest.raises(SignedOut) as caught:
        await client.connect()
    assert "Invalid API key" in caught.value.sentence()
    assert "not-the-key-12345" not in caught.value.sentence()


async def test_a_read_only_key_may_read_but_not_write(make: Make) -> None:
    client = make(api_key=READ_ONLY_KEY)
    await client.connect()
    target = (await client.fetch(None)).messages[-1]
    with pytest.raises(PermissionDenied) as caught:
        await client.set_read(target)
    assert "permission" in caught.value.sentence()


@pytest.mark.parametrize(
    ("status", "error"),
    [(500, ProviderUnavailable), (400, InvalidRequest), (404, NotFound)],
)
async def test_server_errors_become_typed_errors(
    make: Make, site: BrilliantFake, status: int, error: type[ProviderError]
) -> None:
    client = make()
    await client.connect()
    site.fail_next(status, "Something broke on the site")
    with pytest.raises(error) as caught:
        await client.fetch(None)
    assert caught.value.detail == "Something broke on the site"


async def test_an_error_envelope_in_a_200_is_an_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": "error", "message": "Database is busy"})

    settings = BrilliantConnection(site_url=SITE, api_key="k", owner_token="o")
    client = BrilliantClient(settings, httpx.MockTransport(handler))
    with pytest.raises(ProviderError) as caught:
        await client.connect()
    assert caught.value.detail == "Database is busy"
    await client.aclose()


async def test_the_client_paces_itself_and_never_meets_a_429(
    make: Make, site: BrilliantFake, clock: Clock
) -> None:
    client = make(max_wait=120.0)
    await client.connect()
    page = await client.fetch(None)
    for _ in range(150):
        page = await client.fetch(page.cursor)
    # 152+ requests at 100 a minute: the limiter waited on the shared clock instead of a 429
    assert clock.now >= 60.0


async def test_a_long_wait_is_reported_not_slept(make: Make, clock: Clock) -> None:
    client = make(max_wait=5.0)
    await client.connect()

    async def poll_150_times() -> None:
        page = await client.fetch(None)
        for _ in range(150):
            page = await client.fetch(page.cursor)

    with pytest.raises(RateLimited) as caught:
        await poll_150_times()
    assert 0 < caught.value.retry_after <= 60.0
    assert clock.now < 1.0


async def test_a_429_from_a_shared_key_is_rate_limited_and_holds_off(
    make: Make, site: BrilliantFake, clock: Clock
) -> None:
    client = make()
    await client.connect()
    site.rate.stamps[next(iter(site.rate.stamps))].extend([clock.now] * 100)
    with pytest.raises(RateLimited) as caught:
        await client.fetch(None)
    assert caught.value.retry_after == 60.0
    assert caught.value.detail == "Too many API requests per minute"
    assert client.limiter.delay() == pytest.approx(60.0)


async def test_over_a_real_socket() -> None:
    fake = BrilliantFake(seed=2)
    fake.add_chatter(10)
    server = FakeServer([fake], rate=0)
    urls = server.start()
    try:
        client = BrilliantClient(connections(fake, urls["brilliant"])[0])
        try:
            await client.connect()
            page = await client.fetch(None)
            assert [m.id for m in page.messages] == [str(i) for i in range(1, 11)]
            await client.set_read(page.messages[0])
            assert fake.message_facts("", "1").read
        finally:
            await client.aclose()
    finally:
        server.stop()


async def test_an_unreadable_row_is_counted_and_passed_over(
    make: Make, site: BrilliantFake
) -> None:
    client = make()
    await client.connect()
    cursor = (await client.fetch(None)).cursor
    broken = site.post(site.threads[0]["thread_token"], "x", "<p>fine</p>")
    del broken["thread_token"]
    broken["message_content"] = None  # type: ignore[assignment]
    site.post(site.threads[0]["thread_token"], "x", "<p>after it</p>")
    page = await client.fetch(cursor)
    assert page.rejected == 1
    assert [m.text for m in page.messages] == ["after it"]
    assert page.cursor == encode_cursor(str(int(broken["message_id"]) + 1))


async def test_a_session_hears_of_read_flags_set_on_the_site(
    make: Make, site: BrilliantFake
) -> None:
    events: list[ProviderEvent] = []
    polls = 0
    changed = asyncio.Event()

    async def no_wait(seconds: float) -> None:
        nonlocal polls
        polls += 1
        if polls == 2:
            site.find("5")["message_status"] = "1"  # type: ignore[index]
        await asyncio.sleep(0)

    def emit(event: ProviderEvent) -> None:
        events.append(event)
        if isinstance(event, MessageUpdated):
            changed.set()

    session = StreamSession(make(), emit, sleep=no_wait)
    session.start()
    await asyncio.wait_for(changed.wait(), timeout=10)
    await session.stop()
    arrived = [m for e in events if isinstance(e, MessagesArrived) for m in e.messages]
    assert [m.id for m in arrived] == [str(i) for i in range(1, 13)]
    updated = [e.message for e in events if isinstance(e, MessageUpdated)]
    assert [(m.id, m.is_read) for m in updated] == [("5", True)]
