"""The fake LivePerson's chats and how they look on the wire.

The JSON mimics the XML mapping the real service uses: links and events spell their attributes
``@href``/``@id``/``@type`` everywhere except the multi-chat resource, which (as in seed 004)
uses bare ``href``/``id``/``type``; a list of one is a bare object, an empty list is left out;
numbers often arrive as strings (odd event ids here, counts and TTLs everywhere).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from starlette.responses import JSONResponse

from moderator.fakes.chatter import Viewer

#: the seed's times carry +03:00
TZ = timezone(timedelta(hours=3))
AGENT_NAME = "Agent Nick"
AGENT_ID = 2


def now() -> datetime:
    return datetime.now(TZ)


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")


@dataclass
class FakeChat:
    key: str
    visitor: Viewer
    visitor_name: str
    visitor_id: int
    rt_session: int
    started: datetime
    state: str = "waiting"
    #: the agent (user name) who accepted it; None while it rings
    agent: str | None = None
    events: list[dict[str, Any]] = field(default_factory=list)
    last_update: datetime = field(default_factory=now)

    def add(self, seq: int, kind: str, **fields: Any) -> dict[str, Any]:
        """Append an event; ``_seq`` orders events across chats for ``texts``."""
        moment = now()
        event = {"id": len(self.events), "type": kind, "time": stamp(moment), **fields}
        event["_seq"] = seq
        self.events.append(event)
        self.last_update = moment
        return event

    @property
    def last_id(self) -> int:
        return len(self.events) - 1


def one_or_many(items: list[Any]) -> Any:
    """The XML mapping's habit: a list of one element becomes that element."""
    return items[0] if len(items) == 1 else items


def link(href: str, rel: str, *, attrs: bool = True) -> dict[str, str]:
    return {"@href": href, "@rel": rel} if attrs else {"href": href, "rel": rel}


def event_json(event: dict[str, Any], *, attrs: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in event.items():
        if key == "_seq":
            continue
        if key == "id" and value % 2:
            value = str(value)  # numbers often arrive as strings
        out[f"@{key}" if attrs and key in ("id", "type") else key] = value
    return out


def chat_json(chat: FakeChat, chat_url: str, after: int, *, attrs: bool) -> dict[str, Any]:
    """One chat of the multi-chat answer, shaped as seed 004."""
    events = [event_json(e, attrs=attrs) for e in chat.events if e["id"] > after]
    nxt = f"?from={chat.last_id + 1}"
    session_url = chat_url.rsplit("/chat/", 1)[0]
    links = [
        link(chat_url, "self", attrs=attrs),
        link(f"{chat_url}/events", "events", attrs=attrs),
        link(f"{chat_url}/info", "info", attrs=attrs),
        link(f"{chat_url}{nxt}", "next", attrs=attrs),
        link(f"{session_url}/visits/visit/{chat.visitor_id}", "visit-id", attrs=attrs),
        link(f"{chat_url}/transfer", "transfer", attrs=attrs),
        link(f"{chat_url}/transferAccount", "transfer-account", attrs=attrs),
        link(f"{chat_url}/survey", "agent-survey", attrs=attrs),
    ]
    event_block: dict[str, Any] = {
        "link": [
            link(f"{chat_url}/events", "self", attrs=attrs),
            link(f"{chat_url}/events{nxt}", "next", attrs=attrs),
        ]
    }
    if events:
        event_block["event"] = one_or_many(events)
    return {"link": links, "events": event_block, "info": info_json(chat, chat_url, attrs=attrs)}


def info_json(chat: FakeChat, chat_url: str, *, attrs: bool) -> dict[str, Any]:
    info = f"{chat_url}/info"
    return {
        "link": [
            link(info, "self", attrs=attrs),
            link(f"{info}/visitorName", "visitor-name", attrs=attrs),
            link(f"{info}/visitorTyping", "visitor-typing", attrs=attrs),
            link(f"{info}/agentTyping", "agent-typing", attrs=attrs),
        ],
        "state": chat.state,
        "chatSessionKey": chat.key,
        "agentName": AGENT_NAME if chat.agent else "",
        "agentId": AGENT_ID,
        "startTime": stamp(chat.started),
        "duration": int((chat.last_update - chat.started).total_seconds()),
        "lastUpdate": stamp(chat.last_update),
        "chatTimeout": "40",
        "visitorId": chat.visitor_id,
        "agentTyping": "not-typing",
        "visitorTyping": "not-typing",
        "visitorName": chat.visitor_name,
        "rtSessionId": chat.rt_session,
    }


def lp_error(status: int, message: str, code: int = 0) -> JSONResponse:
    """LivePerson's error body: ``{"error": {time, message, internalCode, responseStatus}}``."""
    body = {
        "error": {
            "time": stamp(now()),
            "message": message,
            "internalCode": code or status,
            "responseStatus": status,
        }
    }
    return JSONResponse(body, status_code=status)
