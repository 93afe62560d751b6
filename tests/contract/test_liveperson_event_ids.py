"""``fromEventIds`` is "the last event ids" (seed 004) but whether the event with that id comes
back is not documented [I]: the fake serves both readings, and the client must read every line
once under each."""

from __future__ import annotations

from typing import Literal

import httpx
import pytest

from moderator.fakelink import connections
from moderator.fakes.liveperson import LivePersonFake
from moderator.fakes.liveperson.agents import ACCOUNT, PASSWORD, USERNAME
from moderator.providers.liveperson import LivePersonClient

Reading = Literal["after", "from"]
READINGS: tuple[Reading, ...] = ("after", "from")
# literal from the providers' documentation (docs/providers.md), never the client's constants
ACCT = f"/api/account/{ACCOUNT}"
V1 = {"v": "1", "NC": "true"}


def fake_reading(reading: Reading) -> LivePersonFake:
    fake = LivePersonFake(seed=4, ringing=2)
    fake.leave_chance = 0.0  # every chat stays open: the test counts lines, not goodbyes
    fake.from_event_ids = reading
    for chat in list(fake.chats.values()):
        fake.say(chat, "hello")
    return fake


@pytest.mark.parametrize("reading", READINGS)
async def test_the_fake_serves_the_reading_it_is_set_to(reading: Reading) -> None:
    fake = fake_reading(reading)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=fake.app), base_url="http://lp.test"
    ) as http:
        login = await http.post(
            f"{ACCT}/login", params={"v": "1.3"}, json={"username": USERNAME, "password": PASSWORD}
        )
        http.headers["Authorization"] = f"Bearer {login.json()['bearer']}"
        made = await http.post(f"{ACCT}/agentSession", params=V1, json={"loginData": ""})
        session = made.json()["agentSessionLocation"]["link"]["@href"]
        await http.post(f"{session}/incomingRequests", params=V1, json={})
        key = next(k for k, chat in fake.chats.items() if chat.agent is not None)
        last = fake.chats[key].last_id
        query = V1 | {"chatSessionKeys": key, "fromEventIds": str(last)}
        events = (await http.get(f"{session}/chat", params=query)).json()["chats"]["chat"]
    got = events["events"].get("event", [])
    got = got if isinstance(got, list) else [got]
    assert [int(e["id"]) for e in got] == ([last] if reading == "from" else [])


@pytest.mark.parametrize("reading", READINGS)
async def test_the_client_reads_every_line_once_under_either_reading(reading: Reading) -> None:
    fake = fake_reading(reading)
    client = LivePersonClient(
        connections(fake, "http://lp.test")[0], httpx.ASGITransport(app=fake.app)
    )
    try:
        page = await client.fetch(None)
        seen = [m.id for m in page.messages]
        for round_ in range(4):
            for n, chat in enumerate(c for c in fake.chats.values() if c.agent is not None):
                fake.say(chat, f"round {round_} chat {n}")
            page = await client.fetch(page.cursor)
            seen += [m.id for m in page.messages]
        page = await client.fetch(page.cursor)  # nothing new: nothing comes twice
        seen += [m.id for m in page.messages]
    finally:
        await client.aclose()
    assert len(seen) == len(set(seen)), "a line was read twice"
    accepted = {k for k, chat in fake.chats.items() if chat.agent is not None}
    expected = [i for i in fake.message_ids("") if i.rpartition(":")[0] in accepted]
    assert sorted(seen) == sorted(expected)
    assert len(expected) >= 2 * 5
