"""The IBM Video / Stream Chat fake answers like the documentation (PROVIDERS.md C, seed 002)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from websockets.asyncio.client import connect

from moderator.fakes.ibmvideo import IbmVideoFake
from moderator.fakes.ibmvideo.common import API_KEY, CLIENT_ID, CLIENT_SECRET
from moderator.fakes.server import FakeServer

BASE = "http://fake.test"
CHANNEL = "23456001"
STREAM_CHANNEL = "/channels/chatroom/channel_23456001"


@pytest.fixture
def fake() -> IbmVideoFake:
    service = IbmVideoFake(seed=1)
    service.add_chatter(60)
    return service


@pytest.fixture
async def web(fake: IbmVideoFake) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=fake.app), base_url=BASE
    ) as client:
        yield client


async def access_token(web: httpx.AsyncClient) -> str:
    response = await web.post(
        "/oauth2/token",
        data={"grant_type": "client_credentials", "client_id": CLIENT_ID},
        auth=(CLIENT_ID, CLIENT_SECRET),
    )
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 86400
    assert set(body) == {"access_token", "refresh_token", "token_type", "expires_in"}
    return str(body["access_token"])


async def chat_init(web: httpx.AsyncClient, base: str = BASE) -> dict[str, Any]:
    token = await access_token(web)
    response = await web.get(
        f"{base}/channels/{CHANNEL}/chat.json", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == 200
    assert response.headers["X-RateLimit-Limit"] == "60"
    chat: dict[str, Any] = response.json()["chat"]
    return chat


async def stream(
    web: httpx.AsyncClient, method: str, path: str, token: str, **kwargs: Any
) -> httpx.Response:
    params = {"api_key": API_KEY, **kwargs.pop("params", {})}
    headers = {"Authorization": token, "stream-auth-type": "jwt"}
    return await web.request(method, path, params=params, headers=headers, **kwargs)


async def test_token_endpoint_wants_basic_auth_and_a_known_grant(web: httpx.AsyncClient) -> None:
    await access_token(web)
    no_secret = await web.post(
        "/oauth2/token", data={"grant_type": "client_credentials", "client_id": CLIENT_ID}
    )
    assert no_secret.status_code == 401
    assert no_secret.json()["error"] == "invalid_client"
    bad_grant = await web.post(
        "/oauth2/token", data={"grant_type": "password"}, auth=(CLIENT_ID, CLIENT_SECRET)
    )
    assert bad_grant.status_code == 400


async def test_chat_json_has_the_seed_shape_and_names_itself(web: httpx.AsyncClient) -> None:
    chat = await chat_init(web)
    assert set(chat["stream_data"]) == {
        "api_base_url",
        "api_key",
        "channel_id",
        "channel_type",
        "team",
    }
    assert chat["stream_data"]["api_base_url"] == BASE
    assert set(chat["user"]) == {"id", "token", "default_name", "has_verified_user"}


@pytest.mark.parametrize(
    ("knob", "status", "value"),
    [
        (None, 401, "invalid_token"),
        ("benefit", 402, "invalid_request"),
        ("owned", 403, "lack_of_ownership"),
        ("missing", 404, "not_found"),
    ],
)
async def test_chat_json_errors_follow_the_seed_table(
    fake: IbmVideoFake, web: httpx.AsyncClient, knob: str | None, status: int, value: str
) -> None:
    token = "not-a-token" if knob is None else await access_token(web)
    channel = "404404" if knob == "missing" else CHANNEL
    if knob in ("benefit", "owned"):
        setattr(fake.channels[CHANNEL], knob, False)
    response = await web.get(
        f"/channels/{channel}/chat.json", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status_code == status
    assert response.json()["error"] == value
    assert response.json()["error_description"]


async def test_query_pages_by_id_with_a_default_of_25(web: httpx.AsyncClient) -> None:
    token = (await chat_init(web))["user"]["token"]
    newest = await stream(web, "POST", f"{STREAM_CHANNEL}/query", token, json={"state": True})
    body = newest.json()
    assert {"channel", "messages", "read", "members"} <= set(body)
    assert body["channel"]["config"]["read_events"] is True
    assert len(body["messages"]) == 25
    assert newest.headers["X-RateLimit-Remaining"] == "59"
    first = body["messages"][0]["id"]
    older = await stream(
        web,
        "POST",
        f"{STREAM_CHANNEL}/query",
        token,
        json={"state": True, "messages": {"limit": 3, "id_lt": first}},
    )
    after = await stream(
        web,
        "POST",
        f"{STREAM_CHANNEL}/query",
        token,
        json={"state": True, "messages": {"limit": 2, "id_gt": older.json()["messages"][-1]["id"]}},
    )
    assert [m["id"] for m in after.json()["messages"]] == [first, body["messages"][1]["id"]]


@pytest.mark.parametrize(
    ("headers", "code"),
    [({"stream-auth-type": "jwt"}, 5), ({"stream-auth-type": "jwt", "bearer": "1"}, 5)],
)
async def test_stream_refuses_a_missing_or_bearer_token(
    web: httpx.AsyncClient, headers: dict[str, str], code: int
) -> None:
    token = (await chat_init(web))["user"]["token"]
    sent = {"stream-auth-type": "jwt"}
    if "bearer" in headers:
        sent["Authorization"] = f"Bearer {token}"
    response = await web.post(
        f"{STREAM_CHANNEL}/query", params={"api_key": API_KEY}, headers=sent, json={}
    )
    assert response.status_code == 401
    assert response.json()["code"] == code
    assert set(response.json()) == {"code", "message", "StatusCode", "duration", "more_info"}


async def test_expired_token_and_bad_limit_codes(
    fake: IbmVideoFake, web: httpx.AsyncClient
) -> None:
    token = (await chat_init(web))["user"]["token"]
    too_many = await stream(
        web, "POST", f"{STREAM_CHANNEL}/query", token, json={"messages": {"limit": 301}}
    )
    assert (too_many.status_code, too_many.json()["code"]) == (400, 4)
    fake.expire_chat_tokens()
    expired = await stream(web, "POST", f"{STREAM_CHANNEL}/query", token, json={})
    assert (expired.status_code, expired.json()["code"]) == (401, 40)


async def test_soft_and_hard_delete(fake: IbmVideoFake, web: httpx.AsyncClient) -> None:
    token = (await chat_init(web))["user"]["token"]
    ids = [m["id"] for m in fake.channels[CHANNEL].messages[-2:]]
    soft = await stream(web, "DELETE", f"/messages/{ids[0]}", token)
    assert soft.json()["message"]["type"] == "deleted"
    assert soft.json()["message"]["deleted_at"]
    hard = await stream(web, "DELETE", f"/messages/{ids[1]}", token, params={"hard": "true"})
    assert hard.status_code == 200
    gone = await stream(web, "DELETE", f"/messages/{ids[1]}", token)
    assert (gone.status_code, gone.json()["code"]) == (404, 16)


async def test_ban_timeout_unban_read_and_flag(fake: IbmVideoFake, web: httpx.AsyncClient) -> None:
    token = (await chat_init(web))["user"]["token"]
    target = fake.channels[CHANNEL].messages[-1]
    where = {"type": "chatroom", "id": "channel_23456001"}
    user = target["user"]["id"]
    ban = {"target_user_id": user, **where, "timeout": 5, "reason": "spam"}
    assert (await stream(web, "POST", "/moderation/ban", token, json=ban)).status_code == 200
    assert fake.restriction(CHANNEL, user) == "timeout"
    unban = await stream(
        web, "DELETE", "/moderation/ban", token, params={"target_user_id": user, **where}
    )
    assert unban.status_code == 200
    assert fake.restriction(CHANNEL, user) is None
    read = await stream(
        web, "POST", f"{STREAM_CHANNEL}/read", token, json={"message_id": target["id"]}
    )
    assert read.json()["event"]["type"] == "message.read"
    flag = await stream(
        web, "POST", "/moderation/flag", token, json={"target_message_id": target["id"]}
    )
    assert flag.status_code == 200
    facts = fake.message_facts(CHANNEL, target["id"])
    assert facts.read
    assert facts.flagged


@pytest.fixture
def served(fake: IbmVideoFake) -> Iterator[str]:
    server = FakeServer([fake], rate=0)
    try:
        yield server.start()[fake.name]
    finally:
        server.stop()


async def test_websocket_starts_with_health_check_and_refuses_stale_tokens(
    fake: IbmVideoFake, served: str
) -> None:
    async with httpx.AsyncClient(base_url=served) as web:
        chat = await chat_init(web, served)
    assert chat["stream_data"]["api_base_url"] == served
    user = chat["user"]["id"]
    query = {
        "json": json.dumps({"user_id": user}),
        "api_key": API_KEY,
        "authorization": chat["user"]["token"],
        "stream-auth-type": "jwt",
    }
    url = served.replace("http://", "ws://") + "/connect?" + urlencode(query)
    async with connect(url) as ws:
        first = json.loads(await ws.recv())
        assert first["type"] == "health.check"
        assert first["connection_id"]
        await ws.send(json.dumps([{"type": "health.check", "client_id": first["connection_id"]}]))
        assert json.loads(await ws.recv())["type"] == "health.check"
    fake.expire_chat_tokens()
    async with connect(url) as ws:
        assert json.loads(await ws.recv())["error"]["code"] == 40
