"""A faithful PRISM Live Studio B2B chat API (PROVIDERS.md A, seed 000).

Quirks kept on purpose: ids and page tokens are numbers in the JSON (the schema says strings),
page tokens are opaque (never a message id, per live, refused on another live) and the token is
echoed when nothing is new, ``maxResults`` of 0 or over 100 means 100, send is
PUT and answers no data, a missing live is HTTP 404, times carry a +09:00 offset, and the live
status is spelled both ``ON_AIR`` and ``ONAIR``.
"""

from __future__ import annotations

import bisect
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from moderator.fakes.base import FakeService, MessageFacts
from moderator.fakes.chatter import Chatter, Viewer
from moderator.fakes.hostile import PageShape, next_at, sent_in
from moderator.fakes.prism_auth import (
    CLIENT_ID,
    CLIENT_SECRET,
    PrismSignIn,
    envelope,
    failure,
)

#: every path sits under this prefix (PROVIDERS.md A; the seed's POST /prism/v1/service/live/…/chat)
API = "/prism/v1/service"
#: ``maxResults`` above this, or 0, reads this many (PROVIDERS.md A)
MAX_RESULTS = 100
KST = timezone(timedelta(hours=9))
MODERATOR = Viewer("mod-you", "You (moderator)", "manager")


@dataclass
class FakeLive:
    live_id: int
    title: str
    status: str
    messages: list[dict[str, Any]] = field(default_factory=list)
    banned: dict[str, float] = field(default_factory=dict)  # user id -> until (inf for bans)
    deleted: set[int] = field(default_factory=set)
    #: False: messages come without messageId, as where the platform offers no delete
    ids: bool = True
    #: page tokens issued -> the id of the last message they cover (opaque to clients)
    tokens: dict[int, int] = field(default_factory=dict)
    #: the other way round, so a position read twice gets the same token
    token_at: dict[int, int] = field(default_factory=dict)
    #: the next token; far above any message id, so a token never equals one (PROVIDERS.md A)
    next_token: int = 0


class PrismFake(PrismSignIn, FakeService):
    name = "prism"
    fault_exempt = ("/oauth2/token",)
    # [I] no host is documented for authorProfileThumbnail: NAVER's image CDN
    picture_host = "https://phinf.pstatic.net"
    page_shape = PageShape(
        ("messageId",),
        "message",
        sent_in("pageToken"),
        next_at("data", "nextPageToken"),
        MAX_RESULTS,
    )

    def __init__(self, *, seed: int = 0, token_ttl: float = 3600.0, lives: int = 2) -> None:
        super().__init__(seed=seed)
        self.token_ttl = token_ttl
        self.chatter = Chatter(self.rng, owner="PRISM Streamer", id_prefix="prism")
        self.lives: dict[str, FakeLive] = {}
        self._next_id = 8200
        self._init_sign_in()
        self.remember(CLIENT_SECRET)
        self.access_token, self.refresh_token = self._issue()
        titles = ("Late-night ranked grind 🎮", "Cooking with 김민준 🍜", "Q&A and giveaways 🎁")
        for i in range(lives):
            self.add_live(1001 + i, titles[i % len(titles)], "ON_AIR" if i % 2 == 0 else "ONAIR")

    # -- knobs for tests ---------------------------------------------------------------------

    def add_live(
        self, live_id: int, title: str, status: str = "ON_AIR", *, ids: bool = True
    ) -> FakeLive:
        live = FakeLive(live_id, title, status, ids=ids)
        live.next_token = self.rng.randrange(10**9, 2 * 10**9)
        self.lives[str(live_id)] = live
        return live

    def replay_cursor(self, stream_id: str) -> str | None:
        """A page token that reads a live's chat from its first message (the demo's backlog)."""
        with self.lock:
            live = self.lives[stream_id]
            return (
                str(self._page_token(live, live.messages[0]["messageId"] - 1))
                if live.messages
                else None
            )

    def expire_tokens(self) -> None:
        """Every access token stops working now (refresh tokens stay good)."""
        self._access.clear()

    def revoke_all(self) -> None:
        self._access.clear()
        self._refresh.clear()

    def add_chatter(self, count: int = 1) -> None:
        lives = [live for live in self.lives.values() if live.status.upper() in ("ON_AIR", "ONAIR")]
        for _ in range(count):
            if lives:
                live = self.next_turn(lives)
                speaker = self.chatter.speaker(exclude=self._banned_now(live))
                self.post(live, speaker, self.chatter.line())

    def post(self, live: FakeLive, who: Viewer, text: str) -> dict[str, Any]:
        self._next_id += 1
        message: dict[str, Any] = {
            "messageId": self._next_id,
            "message": text,
            "messageAt": datetime.now(KST).isoformat(timespec="seconds"),
            "authorId": who.id,
            "authorName": who.name,
            "authorProfileThumbnail": self.thumbnail(who),
            "isLiveOwner": who.role == "owner",
            "isLiveManager": who.role == "manager",
        }
        live.messages.append(message)
        return message

    def thumbnail(self, who: Viewer) -> str | None:
        """Two authors in three have a picture, always the same one."""
        if sum(map(ord, who.id)) % 3 == 0:
            return None
        return self.picture_url(f"/20260101_1/{who.id}/profile.png?type=f120_120")

    def message_facts(self, stream_id: str, message_id: str) -> MessageFacts:
        live = self.lives[stream_id]
        with self.lock:
            exists = any(str(m["messageId"]) == message_id for m in live.messages)
            # PRISM deletes outright: a deleted message is gone from every later page
            return MessageFacts(exists=exists, deleted=message_id in {str(i) for i in live.deleted})

    def expire_credentials(self) -> None:
        self.expire_tokens()

    def message_ids(self, stream_id: str) -> list[str]:
        with self.lock:
            return [str(m["messageId"]) for m in self.lives[stream_id].messages]

    def texts(self, stream_id: str) -> list[str]:
        with self.lock:
            return [m["message"] for m in self.lives[stream_id].messages]

    def restriction(self, stream_id: str, author_id: str) -> str | None:
        until = self.lives[stream_id].banned.get(author_id)
        if until is None or until <= time.monotonic():
            return None
        return "banned" if until == float("inf") else "timeout"

    def credentials(self, base_url: str) -> list[dict[str, Any]]:
        return [
            {
                "base_url": base_url,
                "live_id": live_id,
                "access_token": self.access_token,
                "refresh_token": self.refresh_token,
                "client_id": CLIENT_ID,
                "client_secret": CLIENT_SECRET,
            }
            for live_id in self.lives
        ]

    # -- the service ---------------------------------------------------------------------------

    def build_app(self) -> Starlette:
        live = f"{API}/live/{{liveId}}"
        return Starlette(
            routes=[
                Route(f"{API}/oauth2/token", self._token, methods=["GET"]),
                Route(f"{API}/oauth2/authorize", self._authorize, methods=["GET"]),
                Route(f"{API}/user", self._user, methods=["GET"]),
                Route(f"{API}/channel/{{channelId}}/lives", self._channel_lives, methods=["GET"]),
                Route(live, self._live, methods=["GET"]),
                Route(f"{live}/chat", self._chat_read, methods=["POST"]),
                Route(f"{live}/chat", self._chat_send, methods=["PUT"]),
                Route(f"{live}/chat/{{chatId}}", self._chat_delete, methods=["DELETE"]),
                Route(f"{live}/ban/{{userId}}", self._ban, methods=["PUT"]),
                Route(f"{live}/timedBan/{{userId}}", self._timed_ban, methods=["PUT"]),
                Route(f"{live}/unban/{{userId}}", self._unban, methods=["PUT"]),
                Route(f"{live}/unmod/{{userId}}", self._unmod, methods=["PUT"]),
            ]
        )

    def _page_token(self, live: FakeLive, after: int) -> int:
        """The page token for "messages after id ``after``": unrelated to the id, as documented
        (the example's token is 8239 for messages 12 and 13); caller holds the lock."""
        token = live.token_at.get(after)
        if token is None:
            token = live.next_token
            live.next_token += self.rng.randrange(1, 1000)
            live.tokens[token], live.token_at[after] = after, token
        return token

    def _banned_now(self, live: FakeLive) -> set[str]:
        now = time.monotonic()
        return {user for user, until in live.banned.items() if until > now}

    async def _guard(self, request: Request) -> tuple[FakeLive | None, Response | None]:
        if not self._authorized(request):
            return None, failure(
                401, 401, "INVALID_ACCESS_TOKEN", "The access token is invalid or expired."
            )
        live = self.lives.get(request.path_params.get("liveId", ""))
        if live is None:
            return None, failure(404, 404, "LIVE_NOT_FOUND", "The live does not exist.")
        return live, None

    async def _user(self, request: Request) -> Response:
        if not self._authorized(request):
            return failure(
                401, 401, "INVALID_ACCESS_TOKEN", "The access token is invalid or expired."
            )
        return envelope(
            {"user": {"userId": MODERATOR.id, "userName": MODERATOR.name, "profileThumbnail": None}}
        )

    async def _channel_lives(self, request: Request) -> Response:
        if not self._authorized(request):
            return failure(
                401, 401, "INVALID_ACCESS_TOKEN", "The access token is invalid or expired."
            )
        wanted = request.query_params.get("status")
        lives = [
            self._live_json(live)
            for live in self.lives.values()
            if not wanted or live.status == wanted
        ]
        return envelope({"channelId": request.path_params["channelId"], "lives": lives})

    def _live_json(self, live: FakeLive) -> dict[str, Any]:
        return {
            "liveId": live.live_id,
            "title": live.title,
            "status": live.status,
            "liveStat": {
                "viewCount": 1200 + len(live.messages),
                "viewerCount": 312,
                "likeCount": 87,
                "chatCount": len(live.messages),
            },
        }

    async def _live(self, request: Request) -> Response:
        live, error = await self._guard(request)
        if error is not None:
            return error
        assert live is not None
        return envelope({"live": self._live_json(live)})

    async def _chat_read(self, request: Request) -> Response:
        live, error = await self._guard(request)
        if error is not None:
            return error
        assert live is not None
        try:
            body = await request.json()
            max_results = int(body["maxResults"])
            token = body.get("pageToken")
            sent = None if token is None else int(token)
        except (ValueError, KeyError, TypeError):
            return failure(
                400,
                400,
                "INVALID_PARAMETER",
                "maxResults is required; pageToken must be one we issued.",
            )
        if max_results <= 0 or max_results > MAX_RESULTS:
            max_results = MAX_RESULTS
        with self.lock:
            after = None if sent is None else live.tokens.get(sent)
            if sent is not None and after is None:
                return failure(
                    400, 400, "INVALID_PARAMETER", "pageToken is not one issued for this live."
                )
            if after is None:
                page = live.messages[-max_results:]
            else:
                # ids only grow, so the page starts where bisect says (a scan of a 100k-message
                # demo backlog per page would starve the app sharing this process)
                first = bisect.bisect_right(live.messages, after, key=lambda m: m["messageId"])
                page = live.messages[first : first + max_results]
            newest = live.messages[-1]["messageId"] if live.messages else self._next_id
            shown = [
                m if live.ids else {k: v for k, v in m.items() if k != "messageId"} for m in page
            ]
            if page:
                next_token = self._page_token(live, page[-1]["messageId"])
            else:  # nothing new: the token sent comes back as it was sent
                next_token = token if token is not None else self._page_token(live, newest)
        return envelope({"liveId": live.live_id, "nextPageToken": next_token, "messages": shown})

    async def _chat_send(self, request: Request) -> Response:
        live, error = await self._guard(request)
        if error is not None:
            return error
        assert live is not None
        try:
            text = (await request.json())["message"]
        except (ValueError, KeyError, TypeError):
            return failure(400, 400, "INVALID_PARAMETER", "message is required.")
        if not isinstance(text, str) or not text.strip() or len(text) > 1000:
            return failure(400, 400, "INVALID_PARAMETER", "message must be 1 to 1000 characters.")
        with self.lock:
            self.post(live, MODERATOR, text)
        return envelope(None)

    async def _chat_delete(self, request: Request) -> Response:
        live, error = await self._guard(request)
        if error is not None:
            return error
        assert live is not None
        try:
            chat_id = int(request.path_params["chatId"])
        except ValueError:
            return failure(404, 404, "CHAT_NOT_FOUND", "The chat message does not exist.")
        with self.lock:
            before = len(live.messages)
            live.messages = [m for m in live.messages if m["messageId"] != chat_id]
            if len(live.messages) == before:
                return failure(404, 404, "CHAT_NOT_FOUND", "The chat message does not exist.")
            live.deleted.add(chat_id)
        return envelope(None)

    async def _ban(self, request: Request) -> Response:
        return await self._ban_for(request, float("inf"))

    async def _timed_ban(self, request: Request) -> Response:
        try:
            seconds = int((await request.json())["banTime"])
        except (ValueError, KeyError, TypeError):
            seconds = 0
        if seconds <= 0:
            return failure(
                400, 400, "INVALID_PARAMETER", "banTime must be a number of seconds above 0."
            )
        return await self._ban_for(request, time.monotonic() + seconds)

    async def _ban_for(self, request: Request, until: float) -> Response:
        live, error = await self._guard(request)
        if error is not None:
            return error
        assert live is not None
        with self.lock:
            live.banned[request.path_params["userId"]] = until
        return envelope(None)

    async def _unban(self, request: Request) -> Response:
        live, error = await self._guard(request)
        if error is not None:
            return error
        assert live is not None
        with self.lock:
            live.banned.pop(request.path_params["userId"], None)
        return envelope(None)

    async def _unmod(self, request: Request) -> Response:
        _, error = await self._guard(request)
        return error or envelope(None)
