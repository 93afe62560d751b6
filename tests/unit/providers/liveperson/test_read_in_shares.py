"""A LivePerson answer holds every chat's events since the last poll (thousands in a busy
account after the 2 s poll floor): it is validated and converted a share at a time, with a
pause between shares, and reads the same as in one go."""

from __future__ import annotations

from typing import Any

from moderator.fakelink import connections
from moderator.fakes.liveperson import LivePersonFake
from moderator.providers.liveperson import LivePersonClient, client
from moderator.providers.liveperson.schema import Chat

BASE = "http://fake.test"
CHATS = 6
EVENTS = 300  # per chat: 1,800 in the answer


def chat(n: int) -> Chat:
    events: list[dict[str, Any]] = [
        {
            "@id": str(i),
            "@type": "line",
            "time": "2026-01-01T12:00:00+00:00",
            "textType": "plain",
            "text": f"line {i} of chat {n}",
            "by": f"Visitor {n}",
            "source": "visitor",
        }
        for i in range(1, EVENTS + 1)
    ]
    return Chat.model_validate(
        {
            "link": {
                "@href": f"https://lp.example/api/account/1/agentSession/9/chat/K{n}",
                "@rel": "self",
            },
            "events": {"event": events},
            "info": {"state": "chatting", "visitorName": f"Visitor {n}"},
        }
    )


def reader() -> LivePersonClient:
    return LivePersonClient(connections(LivePersonFake(seed=1, ringing=0), BASE)[0])


def test_a_big_answer_is_read_in_shares_with_pauses_between() -> None:
    chats = [chat(n) for n in range(CHATS)]
    asked = {f"K{n}": 0 for n in range(CHATS)}
    reading = reader()._reading(chats, asked, complete=True)
    pauses = 0
    try:
        while True:
            next(reading)
            pauses += 1
    except StopIteration as done:
        messages, after, rejected = done.value
    # a pause once a share's worth is read: never more than a share and one chat between two
    share = client.EVENTS_PER_TURN + EVENTS
    assert pauses >= CHATS * EVENTS // share
    assert len(messages) == CHATS * EVENTS and rejected == 0
    assert after == {f"K{n}": EVENTS for n in range(CHATS)}


def test_read_in_shares_or_in_one_go_the_same() -> None:
    chats = [chat(n) for n in range(CHATS)]
    asked = {f"K{n}": 100 for n in range(CHATS)}
    at_once = reader()._read_chats(chats, asked, complete=True)
    shared = reader()._reading(chats, asked, complete=True)
    try:
        while True:
            next(shared)
    except StopIteration as done:
        stepwise = done.value
    assert [m.id for m in stepwise[0]] == [m.id for m in at_once[0]]
    assert stepwise[1:] == at_once[1:]
    assert len(at_once[0]) == CHATS * (EVENTS - 100), "only what came after the cursor"
