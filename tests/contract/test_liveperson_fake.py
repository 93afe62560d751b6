"""The LivePerson fake answers like the docs: statuses, envelopes and the XML-mapping quirks."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from moderator.fakes.liveperson import LivePersonFake
from moderator.fakes.liveperson.agents import ACCOUNT, PASSWORD, USERNAME

BASE = "https://lp.test"
ACCT = f"/api/account/{ACCOUNT}"
CHAT = {"v": "1", "NC": "true"}
SEED = json.loads(
    (Path(__file__).parents[1] / "unit/providers/liveperson/seed_004.json").read_text("utf-8")
)
SEED_CHAT = SEED["chats"]["chat"][0]
ERROR_KEYS = {"time", "message", "internalCode", "responseStatus"}


@pytest.fixture
def fake() -> LivePersonFake:
    return LivePersonFake(seed=1, ringing=1)


@pytest.fixture
async def http(fake: LivePersonFake) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app), base_url=BASE) as c:
        yield c


async def sign_in(http: httpx.AsyncClient) -> tuple[dict[str, str], str]:
    """Bearer headers and the agent session's path."""
    login = await http.post(
        f"{ACCT}/login", params={"v": "1.3"}, json={"username": USERNAME, "password": PASSWORD}
    )
    headers = {"Authorization": f"Bearer {login.json()['bearer']}"}
    created = await http.post(
        f"{ACCT}/agentSession", params=CHAT, headers=headers, json={"loginData": ""}
    )
    return headers, httpx.URL(created.json()["agentSessionLocation"]["link"]["@href"]).path


def assert_error(response: httpx.Response, status: int) -> None:
    assert response.status_code == status
    assert set(response.json()["error"]) == ERROR_KEYS
    assert response.json()["error"]["responseStatus"] == status


async def test_login_answers_csrf_bearer_and_a_string_ttl(http: httpx.AsyncClient) -> None:
    good = {"username": USERNAME, "password": PASSWORD}
    response = await http.post(f"{ACCT}/login", params={"v": "1.3"}, json=good)
    assert response.status_code == 200
    assert set(response.json()) == {"csrf", "bearer", "sessionTTl"}
    assert response.json()["sessionTTl"] == "28800000"
    bad = {"username": USERNAME, "password": "nope"}
    assert_error(await http.post(f"{ACCT}/login", params={"v": "1.3"}, json=bad), 401)
    assert_error(await http.post(f"{ACCT}/login", json=good), 400)  # no v
    assert_error(await http.post("/api/account/999/login", params={"v": "1.3"}, json=good), 404)
    csrf = response.json()["csrf"]
    assert (await http.post(f"{ACCT}/refresh", json={"csrf": csrf})).json() == {"csrf": csrf}
    assert_error(await http.post(f"{ACCT}/refresh", json={"csrf": "forged"}), 401)


async def test_agent_session_and_incoming_requests(http: httpx.AsyncClient) -> None:
    assert_error(await http.post(f"{ACCT}/agentSession", params=CHAT, json={"loginData": ""}), 401)
    headers, session = await sign_in(http)
    assert session.startswith(f"{ACCT}/agentSession/")
    ringing = await http.get(f"{session}/incomingRequests", params=CHAT, headers=headers)
    assert ringing.json()["incomingRequests"]["ringingCount"] == "1"
    accepted = await http.post(f"{session}/incomingRequests", params=CHAT, headers=headers, json={})
    assert accepted.status_code == 201
    href = accepted.json()["chatLocation"]["link"]["@href"]  # one link: a bare object
    assert f"{session}/chat/H" in href
    again = await http.post(f"{session}/incomingRequests", params=CHAT, headers=headers, json={})
    assert_error(again, 404)


async def poll(http: httpx.AsyncClient, fake: LivePersonFake) -> Any:
    headers, session = await sign_in(http)
    await http.post(f"{session}/incomingRequests", params=CHAT, headers=headers, json={})
    keys = ",".join(fake.chats)
    query = {**CHAT, "chatSessionKeys": keys, "fromEventIds": "-1"}
    response = await http.get(f"{session}/chat", params=query, headers=headers)
    assert response.status_code == 200
    return response.json()


async def test_multichat_is_shaped_like_seed_004(
    http: httpx.AsyncClient, fake: LivePersonFake
) -> None:
    body = await poll(http, fake)
    chat = body["chats"]["chat"]
    assert isinstance(chat, dict), "one chat comes back as a bare object"
    assert set(chat) == set(SEED_CHAT)
    assert set(chat["info"]) == set(SEED_CHAT["info"])
    assert [link["rel"] for link in chat["link"]] == [link["rel"] for link in SEED_CHAT["link"]]
    events = chat["events"]["event"]
    # as in the seed: bare id/type, the waiting state, the welcome line, ... the empty line
    assert [e["type"] for e in events[:2]] == ["state", "line"]
    assert events[-1]["text"] == ""
    assert events[-1]["source"] == "system"
    assert [e["id"] for e in events[:2]] == [0, "1"], "numbers often arrive as strings"


async def test_multichat_reads_after_the_given_id_and_checks_its_lists(
    http: httpx.AsyncClient, fake: LivePersonFake
) -> None:
    await poll(http, fake)  # accepts the chat
    chat = next(iter(fake.chats.values()))
    headers, session = await sign_in(http)
    query = {**CHAT, "chatSessionKeys": chat.key, "fromEventIds": str(chat.last_id)}
    body = (await http.get(f"{session}/chat", params=query, headers=headers)).json()
    assert "event" not in body["chats"]["chat"]["events"]  # no events: the list is left out
    query = {**CHAT, "chatSessionKeys": f"{chat.key},other", "fromEventIds": "1"}
    mismatched = await http.get(f"{session}/chat", params=query, headers=headers)
    assert_error(mismatched, 400)


async def test_posting_events(http: httpx.AsyncClient, fake: LivePersonFake) -> None:
    await poll(http, fake)
    headers, session = await sign_in(http)
    key = next(iter(fake.chats))
    url = f"{session}/chat/{key}/events"
    line = {"event": {"@type": "line", "text": "hi 👋", "textType": "plain"}}
    assert (await http.post(url, params=CHAT, headers=headers, json=line)).status_code == 201
    bare = {"event": {"type": "line", "text": "hi", "textType": "plain"}}
    assert_error(await http.post(url, params=CHAT, headers=headers, json=bare), 400)
    end = {"event": {"@type": "state", "state": "ended"}}
    assert (await http.post(url, params=CHAT, headers=headers, json=end)).status_code == 201
    last = fake.chats[key].events[-1]
    assert (last["type"], last["state"]) == ("state", "ended")
    assert_error(await http.post(url, params=CHAT, headers=headers, json=line), 400)
    fake.multichat_attrs = True
    polled = await http.get(
        f"{session}/chat",
        params={**CHAT, "chatSessionKeys": key, "fromEventIds": "-1"},
        headers=headers,
    )
    event = polled.json()["chats"]["chat"]["events"]["event"][-1]
    assert event["@type"] == "state"
    assert event["state"] == "ended"


async def test_expired_bearers_and_injected_faults(
    http: httpx.AsyncClient, fake: LivePersonFake
) -> None:
    headers, session = await sign_in(http)
    fake.fail_next(429, retry_after="3")
    limited = await http.get(f"{session}/incomingRequests", params=CHAT, headers=headers)
    assert_error(limited, 429)
    assert limited.headers["retry-after"] == "3"
    fake.expire_bearers()
    assert_error(await http.get(f"{session}/incomingRequests", params=CHAT, headers=headers), 401)
