"""Provider bugs the fault matrix found, one test each (each failed before its fix)."""

from __future__ import annotations

import httpx
import pytest
from starlette.types import Receive, Scope, Send

from moderator.core.delivery import STAFF
from moderator.core.models import ChatMessage
from moderator.errors import ProviderUnavailable, RateLimited
from moderator.fakelink import connections
from moderator.fakes.brilliant import BrilliantFake
from moderator.fakes.faults import FaultKind, FaultPlan
from moderator.fakes.liveperson import LivePersonFake
from moderator.fakes.prism import PrismFake
from moderator.fakes.registry import FAKES
from moderator.providers import create_provider
from moderator.providers.brilliant import BrilliantClient
from moderator.providers.liveperson import LivePersonClient
from moderator.providers.liveperson.schema import Chat
from moderator.providers.pacing import SlidingWindow
from moderator.providers.prism import PrismClient

BASE = "http://fake.test"


def always(kind: FaultKind, fake: PrismFake | BrilliantFake, retry_after: float = 1.0) -> None:
    fake.faults = FaultPlan(
        rate=1.0, kinds=frozenset({kind}), exempt=fake.fault_exempt, retry_after=retry_after
    )


async def test_brilliant_waits_what_retry_after_says_not_a_whole_minute() -> None:
    fake = BrilliantFake(seed=1)
    client = create_provider(connections(fake, BASE)[0], httpx.ASGITransport(app=fake.app))
    assert isinstance(client, BrilliantClient)
    always(FaultKind.RATE_LIMIT, fake, retry_after=2.0)
    with pytest.raises(RateLimited) as caught:
        await client.fetch(None)
    assert caught.value.retry_after == 2.0
    assert client.limiter.delay() <= 2.0
    await client.aclose()


async def test_a_renewed_token_rejected_at_once_is_retried_not_signed_out() -> None:
    fake = PrismFake(seed=1)
    client = create_provider(connections(fake, BASE)[0], httpx.ASGITransport(app=fake.app))
    assert isinstance(client, PrismClient)
    always(FaultKind.EXPIRED, fake)  # every request expires the tokens, renewed ones too
    with pytest.raises(ProviderUnavailable, match="trying again"):
        await client.fetch(None)
    await client.aclose()


class FailSecondAccept:
    """Answers the second chat accept of a fetch with a 500, after the first went through."""

    def __init__(self, fake: LivePersonFake) -> None:
        self.fake = fake
        self.accepts = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path, method = scope.get("path", ""), scope.get("method")
        if method == "POST" and path.endswith("/incomingRequests"):
            self.accepts += 1
            if self.accepts == 2:
                start = {"type": "http.response.start", "status": 500, "headers": []}
                await send(start)
                await send({"type": "http.response.body", "body": b"{}"})
                return
        await self.fake.app(scope, receive, send)


async def test_liveperson_reads_the_chats_it_accepted_when_a_later_accept_fails() -> None:
    fake = LivePersonFake(seed=1, ringing=2)
    app = FailSecondAccept(fake)
    client = LivePersonClient(connections(fake, BASE)[0], httpx.ASGITransport(app=app))
    await client.connect()
    first = await client.fetch(None)  # a failed accept no longer fails the whole fetch
    second = await client.fetch(first.cursor)  # the chat still ringing is taken now
    assert {m.thread for m in first.messages + second.messages} == set(fake.chats)
    await client.aclose()


def test_liveperson_keeps_polling_chats_beside_an_unreadable_one() -> None:
    fake = LivePersonFake(seed=1, ringing=0)
    client = LivePersonClient(connections(fake, BASE)[0])
    unreadable = Chat.model_validate({"events": {"event": []}})  # no key anywhere
    _, after, rejected = client._read_chats([unreadable], {"K1": 5}, complete=True)
    assert after == {"K1": 5}
    assert rejected == 1


@pytest.mark.parametrize("name", sorted(FAKES))
@pytest.mark.parametrize("kind", [FaultKind.MALFORMED, FaultKind.DRIFT], ids=lambda k: k.value)
async def test_a_send_that_went_through_is_no_error_when_its_answer_is_garbled(
    name: str, kind: FaultKind
) -> None:
    fake = FAKES[name](seed=1)
    fake.add_chatter(6)
    client = create_provider(connections(fake, BASE)[0], httpx.ASGITransport(app=fake.app))
    await client.connect()
    await client.fetch(None)  # LivePerson and Brilliant learn where to answer from a read
    fake.faults = FaultPlan(rate=1.0, kinds=frozenset({kind}), seed=2, exempt=fake.fault_exempt)
    await client.send("hello from the moderator")
    assert "hello from the moderator" in fake.texts(client.stream.stream_id)
    await client.aclose()


async def test_two_prism_lives_of_one_account_both_survive_a_token_expiry() -> None:
    fake = PrismFake(seed=1)
    transport = httpx.ASGITransport(app=fake.app)
    first, second = (create_provider(c, transport) for c in connections(fake, BASE))
    fake.add_chatter(4)
    fake.expire_credentials()
    # the refresh token is single-use: the second renewal must not spend it again
    assert (await first.fetch(None)).messages
    assert (await second.fetch(None)).messages
    await first.aclose()
    await second.aclose()


@pytest.mark.parametrize("name", ["allmine", "brilliant"])
async def test_a_burst_after_an_empty_first_read_is_read_in_full(name: str) -> None:
    fake = FAKES[name](seed=1)
    client = create_provider(connections(fake, BASE)[0], httpx.ASGITransport(app=fake.app))
    if isinstance(client, BrilliantClient):
        client.limiter = SlidingWindow(10_000, platform="test")
    first = await client.fetch(None)
    stream = client.stream.stream_id
    assert not first.messages  # both fakes start with an empty chat
    with fake.lock:
        fake.add_chatter(500)  # more than one page comes in before the next poll
    got: set[str] = set()
    cursor = first.cursor
    for _ in range(30):
        page = await client.fetch(cursor)
        got |= {m.id for m in page.messages}
        cursor = page.cursor
        if not page.more:
            break
    assert set(fake.message_ids(stream)) <= got
    await client.aclose()


async def test_liveperson_send_survives_a_sign_in_made_meanwhile_by_another_request() -> None:
    fake = LivePersonFake(seed=1, ringing=1)
    client: LivePersonClient | None = None
    raced: list[str] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("method") == "POST" and scope.get("path", "").endswith("/events"):
            assert client is not None
            if not raced:  # the poll re-signed in while this send was under way
                raced.append((client._agent_session or "").rpartition("/")[2])
                await client._sign_in()
                del fake._sessions[raced[0]]
        await fake.app(scope, receive, send)

    client = LivePersonClient(connections(fake, BASE)[0], httpx.ASGITransport(app=app))
    await client.connect()
    await client.fetch(None)
    await client.send("still there?")
    assert "still there?" in fake.texts(client.stream.stream_id)
    await client.aclose()


@pytest.mark.parametrize("name", sorted(FAKES))
async def test_a_send_is_applied_once_and_the_client_knows_its_line_as_the_moderators(
    name: str,
) -> None:
    """Once: one line in the chat, one write in the fake's log. Known as the moderator's: the
    outbox tells a send's echo from a viewer's same words by it (defect 1)."""
    fake = FAKES[name](seed=1)
    fake.add_chatter(6)
    client = create_provider(connections(fake, BASE)[0], httpx.ASGITransport(app=fake.app))
    if isinstance(client, BrilliantClient):
        client.limiter = SlidingWindow(10_000, platform="test")
    info = await client.connect()
    page = await client.fetch(None)
    await client.send("which-one-is-mine")
    mine: list[ChatMessage] = []
    cursor = page.cursor
    for _ in range(5):
        page = await client.fetch(cursor)
        cursor = page.cursor
        mine += [m for m in page.messages if m.text == "which-one-is-mine"]
    await client.aclose()
    assert info.ref.stream_id and len(mine) == 1
    assert fake.texts(client.stream.stream_id).count("which-one-is-mine") == 1
    writes = [e for e in fake.requests.entries() if e.method in ("PUT", "POST")]
    assert sum("which-one-is-mine" in e.detail for e in writes) == 1
    if name == "liveperson":  # the agent's id is not told; an agent's line is staff's
        assert client.account_id is None
        assert mine[0].author.badges & STAFF
    else:
        assert client.account_id == mine[0].author.id
