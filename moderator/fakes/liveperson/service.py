"""The fake LivePerson service: one account, one agent, visitors ringing in over time.

Routes, envelopes and errors follow PROVIDERS.md E and seed 004. What nothing public says is
marked [I]: the refresh answer (``{"csrf"}``), accepting with nothing ringing (404), a line into
an ended chat (400), and ``fromEventIds`` read as "the last id you have" (later events come
back) or, with ``from_event_ids = "from"``, as "from this id on" (the docs allow both).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Literal

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from moderator.fakes.base import FakeService, MessageFacts
from moderator.fakes.chatter import Chatter, Viewer
from moderator.fakes.hostile import PageShape
from moderator.fakes.liveperson.agents import (
    ACCOUNT,
    API,
    PASSWORD,
    USERNAME,
    AgentSignIn,
    _Login,
)
from moderator.fakes.liveperson.wire import (
    AGENT_NAME,
    FakeChat,
    chat_json,
    link,
    lp_error,
    now,
    one_or_many,
)

WELCOME = "Thank you for choosing to chat with us. An agent will be with you shortly."
#: how often a chatter tick rings a new chat instead of a visitor speaking
RING_CHANCE = 0.08
#: an agent takes a handful of chats at once (LivePerson's "max concurrent chats" setting), so
#: new visitors ring only while fewer are open; a visitor in an accepted chat may leave
MAX_OPEN_CHATS = 8
LEAVE_CHANCE = 0.01


class LivePersonFake(AgentSignIn, FakeService):
    name = "liveperson"
    fault_exempt = ("/login", "/refresh", "/agentSession")
    page_shape = PageShape(("@id", "id"), "text")
    # accepting a chat answers with its key and nothing else ever names it: a garbled answer
    # loses the chat on any client, so garbling it would test the API's design, not ours
    fault_readable = ("/incomingRequests",)

    def __init__(
        self, *, seed: int = 0, ringing: int = 2, open_chats: int = MAX_OPEN_CHATS
    ) -> None:
        super().__init__(seed=seed)
        #: chats the agents take at once: new visitors ring only while fewer are open
        self.open_chats = open_chats
        self.chatter = Chatter(self.rng, id_prefix="lp")
        self.chats: dict[str, FakeChat] = {}
        self.password = PASSWORD
        self.remember(PASSWORD)
        #: seconds a login lives without a refresh; None: forever (a knob for tests)
        self.idle_timeout: float | None = None
        #: how often a visitor in an accepted chat leaves instead of writing
        self.leave_chance = LEAVE_CHANCE
        self.clock: Callable[[], float] = time.monotonic
        #: spell attributes ``@id``/``@href`` in the multi-chat answer too (both occur)
        self.multichat_attrs = False
        #: how ``fromEventIds`` is read, undocumented [I]: "after" (events after the id) or
        #: "from" (that event on, so the last one read comes back); a client must work with both
        self.from_event_ids: Literal["after", "from"] = "after"
        self.refreshes = 0
        #: the query of every multi-chat poll, for tests
        self.polls: list[dict[str, str]] = []
        self._logins: dict[str, _Login] = {}  # bearer -> login
        self._sessions: dict[str, str] = {}  # agent session id -> bearer
        self._faults: list[tuple[int, str | None]] = []
        self._seq = 0
        for _ in range(ringing):
            self.ring()

    # -- knobs for tests -----------------------------------------------------------------------

    def ring(self, visitor: Viewer | None = None) -> FakeChat:
        """A visitor asks for a chat; it rings until an agent accepts it."""
        who = visitor or self.rng.choice(self.chatter.viewers)
        digits = self.rng.randrange
        key = f"H{digits(10**18, 10**19)}-{digits(10**18, 10**19)}K{digits(10**6, 10**7)}"
        # some visitors skip the pre-chat form and stay "visitor", as in the seed
        name = "visitor" if len(self.chats) % 5 == 4 else who.name
        chat = FakeChat(key, who, name, digits(10**12, 10**13), digits(10**9, 10**10), now())
        chat.add(self._next_seq(), "state", state="waiting")
        self._system(chat, WELCOME, "4")
        self.chats[key] = chat
        return chat

    def say(self, chat: FakeChat, text: str) -> dict[str, Any]:
        """The chat's visitor writes a line."""
        return chat.add(
            self._next_seq(),
            "line",
            textType="plain",
            text=text,
            by=chat.visitor_name,
            source="visitor",
            subType="REGULAR",
        )

    def visitor_leaves(self, key: str) -> None:
        chat = self.chats[key]
        self._system(chat, "The visitor has closed the chat.", "7")
        self._end(chat)

    def expire_bearers(self) -> None:
        """Every login and agent session stops working now (the password still works)."""
        self._logins.clear()
        self._sessions.clear()

    def fail_next(self, status: int, *, times: int = 1, retry_after: str | None = None) -> None:
        """The next ``times`` agent-session calls answer ``status`` (429, 500, …)."""
        self._faults.extend([(status, retry_after)] * times)

    def add_chatter(self, count: int = 1) -> None:
        for _ in range(count):
            live = [c for c in self.chats.values() if c.state != "ended"]
            room = len(live) < self.open_chats
            if not live or (room and self.rng.random() < RING_CHANCE):
                self.ring()
                continue
            chat = self.rng.choice(live)
            if chat.agent is not None and self.rng.random() < self.leave_chance:
                self.visitor_leaves(chat.key)
            else:
                self.say(chat, self.chatter.line())

    # -- test hooks ------------------------------------------------------------------------------

    def credentials(self, base_url: str) -> list[dict[str, Any]]:
        return [
            {
                "base_url": base_url,
                "account_id": ACCOUNT,
                "username": USERNAME,
                "password": self.password,
            }
        ]

    def describe(self, base_url: str) -> dict[str, Any]:
        login = f"{base_url}{API}/{ACCOUNT}/login?v=1.3"
        described = super().describe(base_url)
        described["try"] = [
            f"curl -X POST '{login}' -H 'Content-Type: application/json' "
            f'-d \'{{"username":"{USERNAME}","password":"{self.password}"}}\'',
            f"curl -X POST '{base_url}{API}/{ACCOUNT}/agentSession?v=1&NC=true' "
            "-H 'Authorization: Bearer BEARER' -H 'Content-Type: application/json' "
            '-d \'{"loginData":""}\'',
            "then GET {agentSession}/incomingRequests?v=1&NC=true, POST it with {} to accept, "
            "and GET {agentSession}/chat?chatSessionKeys=KEY&fromEventIds=-1&v=1&NC=true",
        ]
        return described

    def message_facts(self, stream_id: str, message_id: str) -> MessageFacts:
        key, _, event_id = message_id.rpartition(":")
        with self.lock:
            chat = self.chats.get(key)
            exists = chat is not None and any(
                str(e["id"]) == event_id and e["type"] == "line" for e in chat.events
            )
        # nothing in this API deletes or flags a line
        return MessageFacts(exists=exists)

    def expire_credentials(self) -> None:
        self.expire_bearers()

    def message_ids(self, stream_id: str) -> list[str]:
        """Every line the agent's client shows, in accepted and still ringing chats alike."""
        with self.lock:
            return [
                f"{chat.key}:{e['id']}"
                for chat in self.chats.values()
                for e in chat.events
                if e["type"] == "line" and (e["text"].strip() or e.get("source") != "system")
            ]

    def texts(self, stream_id: str) -> list[str]:
        """Every line in the chats the agent has accepted, oldest first."""
        if stream_id != f"{ACCOUNT}/{USERNAME}":
            return []
        with self.lock:
            lines = [
                e
                for chat in self.chats.values()
                if chat.agent is not None
                for e in chat.events
                if e["type"] == "line"
            ]
        return [e["text"] for e in sorted(lines, key=lambda e: e["_seq"])]

    def restriction(self, stream_id: str, author_id: str) -> str | None:
        return None  # LivePerson has no bans or timeouts

    # -- the service -----------------------------------------------------------------------------

    def build_app(self) -> Starlette:
        account = f"{API}/{{acct}}"
        session = f"{account}/agentSession/{{session}}"
        return Starlette(
            routes=[
                Route(f"{account}/login", self._login, methods=["POST"]),
                Route(f"{account}/refresh", self._refresh, methods=["POST"]),
                Route(f"{account}/agentSession", self._open_session, methods=["POST"]),
                Route(f"{session}/incomingRequests", self._ringing, methods=["GET"]),
                Route(f"{session}/incomingRequests", self._accept, methods=["POST"]),
                Route(f"{session}/chat", self._multichat, methods=["GET"]),
                Route(f"{session}/chat/{{chat}}/events", self._post_event, methods=["POST"]),
            ]
        )

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def _system(self, chat: FakeChat, text: str, message_id: str) -> None:
        chat.add(
            self._next_seq(),
            "line",
            textType="plain",
            text=text,
            by="info",
            source="system",
            systemMessageId=message_id,
            subType="REGULAR",
        )

    def _end(self, chat: FakeChat) -> None:
        chat.state = "ended"
        chat.add(self._next_seq(), "state", state="ended")

    def _guard(self, request: Request) -> Response | None:
        """Account, version, injected faults, bearer and agent session, in that order."""
        error = self._account_error(request)
        if error is not None:
            return error
        with self.lock:
            fault = self._faults.pop(0) if self._faults else None
        if fault is not None:
            status, retry_after = fault
            response = lp_error(status, "Injected failure.", 99)
            if retry_after is not None:
                response.headers["Retry-After"] = retry_after
            return response
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if not self._bearer_ok(bearer):
            return lp_error(401, "Authentication failed: the session is invalid or expired.", 11)
        if self._sessions.get(request.path_params.get("session", "")) != bearer:
            return lp_error(404, "Agent session not found.", 12)
        return None

    async def _ringing(self, request: Request) -> Response:
        error = self._guard(request)
        if error is not None:
            return error
        with self.lock:
            count = sum(1 for c in self.chats.values() if c.agent is None and c.state == "waiting")
        href = f"{self._base(request)}/agentSession/{request.path_params['session']}"
        body = {"link": link(f"{href}/incomingRequests", "self"), "ringingCount": str(count)}
        return JSONResponse({"incomingRequests": body})

    async def _accept(self, request: Request) -> Response:
        error = self._guard(request)
        if error is not None:
            return error
        with self.lock:
            chat = next(
                (c for c in self.chats.values() if c.agent is None and c.state == "waiting"), None
            )
            if chat is None:
                return lp_error(404, "There is no chat request to accept.", 20)
            chat.agent, chat.state = USERNAME, "chatting"
            chat.add(self._next_seq(), "state", state="chatting")
            self._system(chat, f"You are now chatting with {AGENT_NAME}.", "3")
            self._system(chat, "", "4")  # the seed's empty system line
        href = f"{self._base(request)}/agentSession/{request.path_params['session']}"
        body = {"chatLocation": {"link": link(f"{href}/chat/{chat.key}", "location")}}
        return JSONResponse(body, status_code=201)

    async def _multichat(self, request: Request) -> Response:
        error = self._guard(request)
        if error is not None:
            return error
        query = request.query_params
        keys = [k for k in query.get("chatSessionKeys", "").split(",") if k]
        raw_from = query.get("fromEventIds")
        try:
            after = [int(x) for x in raw_from.split(",")] if raw_from else [-1] * len(keys)
        except ValueError:
            return lp_error(400, "fromEventIds must be numbers.", 4)
        if not keys or len(after) != len(keys):
            return lp_error(400, "chatSessionKeys and fromEventIds must match in length.", 4)
        session_url = f"{self._base(request)}/agentSession/{request.path_params['session']}"
        shift, attrs = (1 if self.from_event_ids == "from" else 0), self.multichat_attrs
        with self.lock:
            self.polls.append(dict(query))
            # a chat this agent does not hold is left out, not an error [I]
            chats = [
                chat_json(self.chats[k], f"{session_url}/chat/{k}", a - shift, attrs=attrs)
                for k, a in zip(keys, after, strict=True)
                if k in self.chats and self.chats[k].agent == USERNAME
            ]
        return JSONResponse({"chats": {"chat": one_or_many(chats)} if chats else {}})

    async def _post_event(self, request: Request) -> Response:
        error = self._guard(request)
        if error is not None:
            return error
        try:
            event = (await request.json())["event"]
            kind = event["@type"]
        except (ValueError, KeyError, TypeError):
            return lp_error(400, 'The body must be {"event": {"@type": …}}.', 5)
        with self.lock:
            chat = self.chats.get(request.path_params["chat"])
            if chat is None or chat.agent != USERNAME:
                return lp_error(404, "Chat not found.", 21)
            if chat.state == "ended":
                return lp_error(400, "The chat has ended.", 22)
            return self._apply(chat, kind, event)

    def _apply(self, chat: FakeChat, kind: str, event: dict[str, Any]) -> Response:
        if kind == "state" and event.get("state") == "ended":
            self._end(chat)
            return Response(status_code=201)
        text = event.get("text")
        if kind != "line" or not isinstance(text, str) or not text.strip():
            return lp_error(400, "Only a non-empty line or the ended state can be posted.", 6)
        chat.add(
            self._next_seq(),
            "line",
            textType=event.get("textType", "plain"),
            text=text,
            by=AGENT_NAME,
            source="agent",
            subType="REGULAR",
        )
        return Response(status_code=201)
