"""PRISM paging: the page token is opaque (PROVIDERS.md A), so only a client that keeps the token
it was given reads every message; one that pages by message id, or drops its token after an
empty poll, must fail here."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from moderator.fakelink import connections
from moderator.fakes.prism import PrismFake
from moderator.providers.prism import PrismClient
from tests.contract.prism_raw import BASE, raw_client

# literal from the providers' documentation (docs/providers.md), never the client's constants
CHAT = "/prism/v1/service/live/1001/chat"
OTHER_CHAT = "/prism/v1/service/live/1002/chat"


@pytest.fixture
def fake() -> PrismFake:
    service = PrismFake(seed=7)
    service.add_chatter(20)
    return service


@pytest.fixture
async def raw(fake: PrismFake) -> AsyncIterator[httpx.AsyncClient]:
    async with raw_client(fake) as client:
        yield client


def say(fake: PrismFake, count: int, live: str = "1001") -> None:
    for n in range(count):
        fake.post(fake.lives[live], fake.chatter.viewers[n % 5], f"line {n}")


async def read(raw: httpx.AsyncClient, token: object = None, path: str = CHAT) -> httpx.Response:
    body: dict[str, object] = {"maxResults": 100}
    if token is not None:
        body["pageToken"] = token
    return await raw.post(path, json=body)


async def test_tokens_are_never_message_ids(raw: httpx.AsyncClient, fake: PrismFake) -> None:
    ids = {int(i) for live in fake.lives for i in fake.message_ids(live)}
    tokens = []
    token = None
    for _ in range(4):
        data = (await read(raw, token)).json()["data"]
        token = data["nextPageToken"]
        tokens.append(token)
        say(fake, 3)
        ids |= {m["messageId"] for m in data["messages"]}
    assert not ids & set(tokens), "a page token equals a message id"
    assert len(set(tokens)) == len(tokens)


async def test_a_message_id_is_no_page_token(raw: httpx.AsyncClient, fake: PrismFake) -> None:
    first = (await read(raw)).json()["data"]
    say(fake, 5)
    by_id = await read(raw, first["messages"][-1]["messageId"])
    assert by_id.status_code == 400
    assert by_id.json()["success"] is False
    assert by_id.json()["errorCode"] != 0


async def test_a_token_belongs_to_its_live(raw: httpx.AsyncClient) -> None:
    token = (await read(raw)).json()["data"]["nextPageToken"]
    assert (await read(raw, token, OTHER_CHAT)).status_code == 400


async def test_nothing_new_echoes_the_token_sent(raw: httpx.AsyncClient, fake: PrismFake) -> None:
    token = (await read(raw)).json()["data"]["nextPageToken"]
    for _ in range(3):
        data = (await read(raw, token)).json()["data"]
        assert (data["messages"], data["nextPageToken"]) == ([], token)
    say(fake, 2)
    data = (await read(raw, str(token))).json()["data"]  # the schema says string: both work
    assert [m["message"] for m in data["messages"]] == ["line 0", "line 1"]
    assert data["nextPageToken"] != token


async def test_a_backlog_of_several_pages_after_an_empty_poll_loses_nothing(
    fake: PrismFake,
) -> None:
    client = PrismClient(connections(fake, BASE)[0], httpx.ASGITransport(app=fake.app))
    try:
        page = await client.fetch(None)
        seen = [m.id for m in page.messages]
        page = await client.fetch(page.cursor)
        assert page.messages == []
        say(fake, 250)  # 3 pages of 100 at most: one poll must follow `more` through all of them
        cursor, pages = page.cursor, 0
        while True:
            page = await client.fetch(cursor)
            seen += [m.id for m in page.messages]
            cursor, pages = page.cursor, pages + 1
            if not page.more:
                break
        assert pages >= 3
        assert seen == fake.message_ids("1001")
    finally:
        await client.aclose()


async def test_a_page_has_the_seed_example_shape(raw: httpx.AsyncClient) -> None:
    # the keys of seed 000's response example, copied: the fake answers nothing else
    body = (await read(raw)).json()
    assert set(body) == {"success", "errorCode", "errorName", "message", "data"}
    assert (body["success"], body["errorCode"], body["errorName"]) == (True, 0, None)
    assert set(body["data"]) == {"liveId", "nextPageToken", "messages"}
    assert body["data"]["liveId"] == 1001
    for message in body["data"]["messages"]:
        assert set(message) == {
            "messageId",
            "message",
            "messageAt",
            "authorId",
            "authorName",
            "authorProfileThumbnail",
            "isLiveOwner",
            "isLiveManager",
        }
