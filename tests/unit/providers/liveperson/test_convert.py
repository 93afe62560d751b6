"""LivePerson payloads (seed 004 and the PROVIDERS.md quirks) through convert, against snapshots.

``UPDATE_SNAPSHOTS=1 uv run pytest tests/unit/providers/liveperson`` rewrites the snapshots.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from moderator.core.models import Badge, ChatMessage, MessageKind
from moderator.providers.liveperson import convert
from moderator.providers.liveperson.schema import Chat, Chats, Event, as_list
from moderator.providers.wire import validate_each
from tests import snapshots

HERE = Path(__file__).parent
SEED = json.loads((HERE / "seed_004.json").read_text(encoding="utf-8"))
KEY = "H4709474615328845423-2767456311409308813K8414056"

#: the quirks the seed does not show: ``@`` attributes, a list of one as a bare object,
#: numbers as strings, visitor and agent lines, an HTML line, an unreadable event
SELF = "https://lp.example/api/account/1/agentSession/9/chat/K42"
QUIRKS: dict[str, Any] = {
    "chats": {
        "chat": {
            "link": {"@href": SELF, "@rel": "self"},
            "events": {
                "event": [
                    {"@id": "7", "@type": "line", "time": "2015-08-30T18:08:00+03:00",
                     "textType": "plain", "text": "Hi, my order never came 😕",
                     "by": "Ayşe", "source": "visitor"},
                    {"@id": 8, "@type": "line", "time": "2015-08-30T18:08:10.5+03:00",
                     "textType": "html", "text": "Sorry! <b>Checking</b> &amp; <script>x</script>",
                     "by": "Agent Nick", "source": "agent"},
                    {"@id": "9", "@type": "state", "time": "2015-08-30T18:09:00+03:00",
                     "state": "ended"},
                    {"@type": "line", "text": "no id"},
                ]
            },
            "info": {"state": "ended", "visitorName": "Ayşe", "visitorId": "1222309710121",
                     "agentName": "Agent Nick", "agentId": "2"},
        }
    }
}  # fmt: skip


def as_snapshot(message: ChatMessage) -> dict[str, Any]:
    return {
        "id": message.id,
        "author": {
            "id": message.author.id,
            "name": message.author.name,
            "badges": sorted(b.value for b in message.author.badges),
        },
        "text": message.text,
        "html": message.html,
        "sent_at": message.sent_at.isoformat(),
        "kind": message.kind.value,
        "thread": message.thread,
        "thread_label": message.thread_label,
    }


def check_snapshot(name: str, data: Any) -> None:
    snapshots.check_snapshot("liveperson", name, data)


def convert_all(payload: dict[str, Any]) -> tuple[list[ChatMessage], int]:
    body = Chats.model_validate(payload)
    assert body.chats is not None
    chats, rejected = validate_each(Chat, body.chats.chat, platform="test")
    messages: list[ChatMessage] = []
    for chat in chats:
        key = convert.chat_key(chat)
        assert key is not None
        raw = chat.events.event if chat.events else []
        events, bad = validate_each(Event, raw, platform="test")
        rejected += bad
        context = convert.context_for(chat, key)
        found = (convert.to_message(e, context, stream_key="liveperson:1/a") for e in events)
        messages.extend(m for m in found if m is not None)
    return messages, rejected


def test_seed_payload_matches_its_snapshot() -> None:
    messages, rejected = convert_all(SEED)
    assert rejected == 0
    check_snapshot("seed_004", [as_snapshot(m) for m in messages])
    # two system lines; the state events and the empty system line are not messages
    assert [m.text for m in messages] == [
        "Thank you for choosing to chat with us. An agent will be with you shortly.",
        "You are now chatting with Agent Nick.",
    ]
    assert {m.kind for m in messages} == {MessageKind.SYSTEM}
    assert {m.id for m in messages} == {f"{KEY}:1", f"{KEY}:3"}
    assert all(m.sent_at.utcoffset() is not None for m in messages)


def test_quirks_payload_matches_its_snapshot() -> None:
    messages, rejected = convert_all(QUIRKS)
    assert rejected == 1  # the event without an id
    check_snapshot("quirks", [as_snapshot(m) for m in messages])
    visitor, agent = messages
    assert visitor.id == "K42:7"
    assert visitor.author.badges == {Badge.VISITOR}
    assert (visitor.author.id, visitor.author.name, visitor.thread_label) == (
        "1222309710121",
        "Ayşe",
        "Ayşe",
    )
    assert agent.author.badges == {Badge.AGENT}
    assert agent.text == "Sorry! Checking & "
    assert agent.html is not None
    assert "<script>" not in agent.html


def test_a_generic_visitor_name_gets_a_label_that_tells_chats_apart() -> None:
    chat = Chat.model_validate(SEED["chats"]["chat"][0])
    context = convert.context_for(chat, KEY)
    assert context.label == "Visitor 414056"


def test_ended_is_read_from_info_or_a_state_event() -> None:
    seed_chat = Chat.model_validate(SEED["chats"]["chat"][0])
    assert not convert.is_ended(seed_chat, [])
    ended = Event.model_validate({"id": 5, "type": "state", "state": "ended"})
    assert convert.is_ended(seed_chat, [ended])


@pytest.mark.parametrize(
    ("href", "key"),
    [
        ("https://d/api/account/1/agentSession/2/chat/H1-2K3", "H1-2K3"),
        ("https://d/api/account/1/agentSession/2/chat/H1-2K3?from=214", "H1-2K3"),
        ("https://d/api/account/1/agentSession/2/chat/H1-2K3/", "H1-2K3"),
        ("https://d/api/account/1/agentSession/2", None),
        (None, None),
    ],
)
def test_key_from_href(href: str | None, key: str | None) -> None:
    assert convert.key_from_href(href) == key


@pytest.mark.parametrize(
    ("raw", "expected"), [(None, []), ("", []), ({"a": 1}, [{"a": 1}]), ([1, 2], [1, 2])]
)
def test_one_or_many_becomes_a_list(raw: Any, expected: list[Any]) -> None:
    assert as_list(raw) == expected


@pytest.mark.parametrize("empty", [{"chats": ""}, {"chats": {}}, {"chats": None}, {}])
def test_no_chats_in_any_spelling_is_an_empty_read(empty: dict[str, Any]) -> None:
    body = Chats.model_validate(empty)
    assert body.chats is None or body.chats.chat == []
