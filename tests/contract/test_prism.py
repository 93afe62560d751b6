"""PRISM specifics against the fake: paging semantics, errors, token renewal, a real socket."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from moderator.errors import InvalidRequest, NotFound, ProviderError, SignedOut
from moderator.fakelink import connections
from moderator.fakes.prism import PrismFake
from moderator.fakes.prism_auth import CLIENT_ID, CLIENT_SECRET
from moderator.fakes.server import FakeServer
from moderator.providers.prism import PrismClient, PrismConnection
from tests.contract.prism_raw import BASE, raw_client

# literal paths from the providers' documentation (docs/providers.md), never the client's
# constants: a client that misreads them must fail against the fake
API = "/prism/v1/service"


@pytest.fixture
def fake() -> PrismFake:
    service = PrismFake(seed=5)
    service.add_chatter(20)
    return service


@pytest.fixture
async def raw(fake: PrismFake) -> AsyncIterator[httpx.AsyncClient]:
    async with raw_client(fake) as client:
        yield client


def client_for(fake: PrismFake, **changes: object) -> PrismClient:
    settings = connections(fake, BASE)[0].model_copy(update=changes)
    return PrismClient(settings, httpx.ASGITransport(app=fake.app))


async def test_the_fake_answers_like_the_docs(raw: httpx.AsyncClient, fake: PrismFake) -> None:
    latest = (await raw.post(f"{API}/live/1001/chat", json={"maxResults": 3})).json()
    assert latest["success"] is True
    assert latest["errorCode"] == 0
    data = latest["data"]
    assert isinstance(data["liveId"], int)
    assert isinstance(data["nextPageToken"], int)
    assert len(data["messages"]) == 3
    assert data["messages"][0]["messageAt"].endswith("+09:00")
    echo = (
        await raw.post(
            f"{API}/live/1001/chat", json={"maxResults": 3, "pageToken": data["nextPageToken"]}
        )
    ).json()
    assert echo["data"]["messages"] == []
    assert echo["data"]["nextPageToken"] == data["nextPageToken"]
    capped = (await raw.post(f"{API}/live/1001/chat", json={"maxResults": 0})).json()
    assert len(capped["data"]["messages"]) == 10  # everything of live 1001: 0 means the cap, 100
    missing = await raw.post(f"{API}/live/424242/chat", json={"maxResults": 3})
    assert missing.status_code == 404
    assert missing.json()["success"] is False
    sent = await raw.put(f"{API}/live/1001/chat", json={"message": "hi"})
    assert sent.status_code == 200
    assert sent.json()["data"] is None
    unauthorized = await raw.post(
        f"{API}/live/1001/chat", json={"maxResults": 3}, headers={"x-prism-access-token": "x"}
    )
    assert unauthorized.status_code == 401


async def test_token_endpoint_accepts_both_parameter_names(
    raw: httpx.AsyncClient, fake: PrismFake
) -> None:
    headers = {"x-prism-client-id": CLIENT_ID, "x-prism-client-secret": CLIENT_SECRET}
    first = await raw.get(
        f"{API}/oauth2/token",
        params={"grant_type": "refresh_token", "refresh_token": fake.refresh_token},
        headers=headers,
    )
    renewed = first.json()["data"]
    assert renewed["token_type"] == "bearer"
    assert renewed["access_token"]
    second = await raw.get(
        f"{API}/oauth2/token",
        params={"grant_type": "refresh_token", "token": renewed["refresh_token"]},
        headers=headers,
    )
    assert second.json()["success"] is True
    reused = await raw.get(
        f"{API}/oauth2/token",
        params={"grant_type": "refresh_token", "token": renewed["refresh_token"]},
        headers=headers,
    )
    assert reused.status_code == 400


async def test_more_than_a_page_is_read_in_pages_of_100(fake: PrismFake) -> None:
    client = client_for(fake)
    first = await client.fetch(None)
    with fake.lock:
        fake.add_chatter(500)  # 250 in each live
    pages = [await client.fetch(first.cursor)]
    while pages[-1].more:
        pages.append(await client.fetch(pages[-1].cursor))
    assert [len(p.messages) for p in pages] == [100, 100, 50]
    ids = [m.id for p in pages for m in p.messages]
    assert len(set(ids)) == 250
    await client.aclose()


async def test_an_expired_token_is_renewed_once_and_saved(fake: PrismFake) -> None:
    client = client_for(fake)
    renewed: list[tuple[str, str]] = []
    client.on_tokens = lambda access, refresh: renewed.append((access, refresh))
    fake.expire_tokens()
    page = await client.fetch(None)
    assert page.messages
    assert len(renewed) == 1
    assert renewed[0][0] != fake.access_token
    await client.aclose()


async def test_a_refused_renewal_signs_out(fake: PrismFake) -> None:
    client = client_for(fake)
    fake.revoke_all()
    with pytest.raises(SignedOut) as caught:
        await client.fetch(None)
    assert "sign" in str(caught.value).lower()
    assert fake.refresh_token not in caught.value.sentence()
    await client.aclose()


async def test_without_renewal_credentials_the_rejection_stands(fake: PrismFake) -> None:
    client = client_for(fake, refresh_token=None)
    fake.expire_tokens()
    with pytest.raises(ProviderError) as caught:
        await client.fetch(None)
    assert "did not accept the sign-in" in str(caught.value)
    await client.aclose()


async def test_missing_live_is_not_found_with_the_platform_text(fake: PrismFake) -> None:
    client = client_for(fake, live_id="424242")
    with pytest.raises(NotFound) as caught:
        await client.connect()
    assert "LIVE_NOT_FOUND" in caught.value.sentence()
    await client.aclose()


async def test_timed_ban_needs_positive_seconds_and_empty_sends_are_refused(
    fake: PrismFake,
) -> None:
    from datetime import timedelta

    from moderator.core.models import Author

    client = client_for(fake)
    with pytest.raises(InvalidRequest):
        await client.ban(Author("prism-001", "x"), duration=timedelta(seconds=0.2))
    with pytest.raises(InvalidRequest):
        await client.send("   ")
    await client.ban(Author("prism-001", "x"), duration=timedelta(minutes=2))
    assert fake.restriction("1001", "prism-001") == "timeout"
    await client.aclose()


async def test_messages_without_ids_are_read_but_cannot_be_deleted(fake: PrismFake) -> None:
    from moderator.errors import ActionUnsupported

    live = fake.add_live(2001, "no delete here", ids=False)
    with fake.lock:
        fake.post(live, fake.chatter.viewers[0], "hello")
    client = client_for(fake, live_id="2001")
    page = await client.fetch(None)
    assert [m.text for m in page.messages] == ["hello"]
    again = await client.fetch(None)
    assert again.messages[0].id == page.messages[0].id
    with pytest.raises(ActionUnsupported):
        await client.delete(page.messages[0])
    await client.aclose()


async def test_over_a_real_socket_on_loopback() -> None:
    fake = PrismFake(seed=9)
    fake.add_chatter(6)
    server = FakeServer([fake], rate=0)
    url = server.start()["prism"]
    try:
        assert url.startswith("http://127.0.0.1:")
        settings: PrismConnection = connections(fake, url)[0]
        client = PrismClient(settings)
        info = await client.connect()
        page = await client.fetch(None)
        assert info.live
        assert info.ref.title
        assert len(page.messages) == 3
        await client.send("over the wire ✓")
        assert "over the wire ✓" in fake.texts("1001")
        await client.aclose()
    finally:
        server.stop()
