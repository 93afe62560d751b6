"""The Allmine fake answers like PROVIDERS.md B and seed 001: paths, statuses, envelopes."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from moderator.fakelink import connections
from moderator.fakes.allmine import DEMO_CODE, DEMO_EMAIL, AllmineFake

# literal paths from the providers' documentation (docs/providers.md), never the client's
# constants: a client that misreads them must fail against the fake
API = "/api/v1"

ISO_MS_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
OBJECT_ID = re.compile(r"^[0-9a-f]{24}$")


@pytest.fixture
def fake() -> AllmineFake:
    service = AllmineFake(seed=3, streams=1)
    service.add_chatter(40)
    return service


@pytest.fixture
async def web(fake: AllmineFake) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=fake.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://fake.test") as client:
        yield client


def stream_of(fake: AllmineFake) -> str:
    return next(iter(fake.streams))


def bearer(fake: AllmineFake) -> dict[str, str]:
    token = connections(fake, "http://fake.test")[0].access_token.get_secret_value()
    return {"Authorization": f"Bearer {token}"}


def chat_url(fake: AllmineFake, stream: str | None = None) -> str:
    return f"{API}/live-stream/{stream or stream_of(fake)}/chat/messages"


def assert_error(response: httpx.Response, status: int, text: str) -> None:
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"isSuccess", "statusCode", "data", "errors", "timestamp"}
    assert (body["isSuccess"], body["statusCode"], body["data"]) == (False, status, None)
    assert body["errors"] == [text]
    assert ISO_MS_Z.match(body["timestamp"])


def jwt_part(token: str, index: int) -> dict[str, Any]:
    part = token.split(".")[index]
    decoded: dict[str, Any] = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
    return decoded


async def test_list_defaults_to_page_1_of_30_newest_first_and_answers_bare(
    web: httpx.AsyncClient, fake: AllmineFake
) -> None:
    response = await web.get(chat_url(fake), headers=bearer(fake))
    assert response.status_code == 200
    body = response.json()
    assert "isSuccess" not in body
    assert (body["page"], body["limit"], body["total"], body["totalPages"]) == (1, 30, 40, 2)
    assert (body["hasNextPage"], body["hasPreviousPage"]) == (True, False)
    dates = [m["createdAt"] for m in body["messages"]]
    assert len(dates) == 30
    assert dates == sorted(dates, reverse=True)
    second = (await web.get(chat_url(fake), params={"page": 2}, headers=bearer(fake))).json()
    assert (len(second["messages"]), second["hasNextPage"], second["hasPreviousPage"]) == (
        10,
        False,
        True,
    )


async def test_oldest_first_order_is_a_switch(fake: AllmineFake) -> None:
    fake.newest_first = False
    transport = httpx.ASGITransport(app=fake.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://fake.test") as web:
        body = (await web.get(chat_url(fake), headers=bearer(fake))).json()
    dates = [m["createdAt"] for m in body["messages"]]
    assert dates == sorted(dates)
    assert body["messages"][0]["content"] == fake.texts(stream_of(fake))[0]


async def test_messages_have_the_seed_shape(web: httpx.AsyncClient, fake: AllmineFake) -> None:
    body = (await web.get(chat_url(fake), params={"limit": 100}, headers=bearer(fake))).json()
    for message in body["messages"]:
        assert set(message) == {"_id", "streamId", "content", "sender", "createdAt", "updatedAt"}
        assert OBJECT_ID.match(message["_id"])
        assert message["streamId"] == stream_of(fake)
        assert ISO_MS_Z.match(message["createdAt"])
        sender = message["sender"]
        assert OBJECT_ID.match(sender["_id"])
        assert {"username", "name", "surname", "profilePhoto"} <= set(sender)
    senders = [m["sender"] for m in body["messages"]]
    assert any(s["profilePhoto"] is None for s in senders)
    assert any(s["profilePhoto"] and s["profilePhoto"].get("variants") for s in senders)
    assert any(s["name"] is None for s in senders)


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 101}, {"page": 0}, {"page": "x"}, {"limit": "many"}]
)
async def test_paging_out_of_range_is_a_validation_error(
    web: httpx.AsyncClient, fake: AllmineFake, params: dict[str, Any]
) -> None:
    response = await web.get(chat_url(fake), params=params, headers=bearer(fake))
    assert_error(response, 400, "Validation failed")


async def test_auth_and_stream_errors(web: httpx.AsyncClient, fake: AllmineFake) -> None:
    assert_error(await web.get(chat_url(fake)), 401, "Authentication required")
    bad = {"Authorization": "Bearer not.a.jwt"}
    assert_error(await web.get(chat_url(fake), headers=bad), 401, "Authentication required")
    missing = chat_url(fake, "64d15f9e2e6c8f4d5a12ffff")
    assert_error(await web.get(missing, headers=bearer(fake)), 404, "Resource not found")
    malformed = chat_url(fake, "not-an-object-id")
    assert_error(await web.get(malformed, headers=bearer(fake)), 400, "Validation failed")


async def test_access_tokens_expire_after_an_hour(
    web: httpx.AsyncClient, fake: AllmineFake
) -> None:
    headers = bearer(fake)
    claims = jwt_part(headers["Authorization"].split()[1], 1)
    assert claims["exp"] - claims["iat"] == 3600
    assert jwt_part(headers["Authorization"].split()[1], 0) == {"alg": "HS256", "typ": "JWT"}
    fake.expire_tokens()
    assert_error(await web.get(chat_url(fake), headers=headers), 401, "Authentication required")


async def test_send_answers_201_with_the_bare_message(
    web: httpx.AsyncClient, fake: AllmineFake
) -> None:
    response = await web.post(chat_url(fake), json={"content": "Selam 👋"}, headers=bearer(fake))
    assert response.status_code == 201
    message = response.json()
    assert "isSuccess" not in message
    assert message["content"] == "Selam 👋"
    assert OBJECT_ID.match(message["_id"])
    assert fake.texts(stream_of(fake))[-1] == "Selam 👋"


async def test_send_errors(web: httpx.AsyncClient, fake: AllmineFake) -> None:
    url, headers = chat_url(fake), bearer(fake)
    for body in ({}, {"content": ""}, {"content": 5}, {"content": "x" * 1001}):
        assert_error(await web.post(url, json=body, headers=headers), 400, "Validation failed")
    stream = fake.streams[stream_of(fake)]
    stream.muted = True
    assert_error(
        await web.post(url, json={"content": "hi"}, headers=headers),
        403,
        "Insufficient permissions",
    )
    stream.muted, stream.live = False, False
    assert_error(
        await web.post(url, json={"content": "hi"}, headers=headers),
        409,
        "Resource already exists or cannot be changed in its current state",
    )


async def test_refresh_is_wrapped_and_single_use(web: httpx.AsyncClient, fake: AllmineFake) -> None:
    settings = connections(fake, "http://fake.test")[0]
    assert settings.refresh_token is not None
    old = settings.refresh_token.get_secret_value()
    response = await web.post(f"{API}/auth/refresh", json={"refreshToken": old})
    assert response.status_code == 200
    body = response.json()
    assert body["isSuccess"] is True
    data = body["data"]
    assert set(data) == {"accessToken", "refreshToken", "expiresIn", "refreshExpiresIn", "user"}
    assert data["expiresIn"] == 3600
    assert OBJECT_ID.match(data["user"]["_id"])
    again = await web.post(f"{API}/auth/refresh", json={"refreshToken": old})
    assert_error(again, 401, "Authentication required")
    access = {"refreshToken": data["accessToken"]}  # an access token is no refresh token
    assert_error(await web.post(f"{API}/auth/refresh", json=access), 401, "Authentication required")
    assert_error(await web.post(f"{API}/auth/refresh", json={}), 400, "Validation failed")


async def test_otp_sign_in(web: httpx.AsyncClient) -> None:
    bad = await web.post(f"{API}/auth/send-otp-email", json={"email": "nobody"})
    assert_error(bad, 400, "Validation failed")
    early = await web.post(
        f"{API}/auth/verify-otp-email", json={"email": DEMO_EMAIL, "code": DEMO_CODE}
    )
    assert_error(early, 401, "Authentication required")
    sent = await web.post(f"{API}/auth/send-otp-email", json={"email": DEMO_EMAIL})
    assert sent.status_code == 200
    assert sent.json()["isSuccess"] is True
    wrong = await web.post(f"{API}/auth/verify-otp-email", json={"email": DEMO_EMAIL, "code": "1"})
    assert_error(wrong, 401, "Authentication required")
    good = await web.post(
        f"{API}/auth/verify-otp-email", json={"email": DEMO_EMAIL, "code": DEMO_CODE}
    )
    assert good.status_code == 200
    data = good.json()["data"]
    assert data["user"]["email"] == DEMO_EMAIL
    assert jwt_part(data["accessToken"], 1)["type"] == "access"


def test_describe_prints_what_curl_needs(fake: AllmineFake) -> None:
    info = fake.describe("http://127.0.0.1:8123")
    assert info["otp_sign_in"] == {"email": DEMO_EMAIL, "code": DEMO_CODE}
    assert info["connections"][0]["access_token"] in info["try"]
    assert info["page_order"] == "newest_first"
