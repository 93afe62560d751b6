"""A faithful Allmine live stream chat API (PROVIDERS.md B, seed 001).

Kept as documented: Bearer JWTs with refresh and e-mail code sign-in; the error envelope
``{isSuccess:false, statusCode, data:null, errors:[…], timestamp}`` with the documented texts;
chat answers bare while auth answers wrapped in ``{isSuccess:true, data}``; 24-hex ObjectIds;
dates with milliseconds and ``Z``; page/limit paging (limit 1–100, default 30).
Inferred [I] and marked so: which end page 1 starts from (``newest_first``, default True,
because chat APIs of this style usually list newest first), single-use refresh tokens,
201 for a sent message, 400 for a malformed stream id, 403/409 for a muted/ended stream.
"""

from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from moderator.fakes.allmine.people import ObjectIds, iso, user_json
from moderator.fakes.allmine.tokens import JwtIssuer
from moderator.fakes.base import FakeService, MessageFacts
from moderator.fakes.chatter import Chatter, Viewer
from moderator.fakes.hostile import PageShape

#: every path sits under this prefix (PROVIDERS.md B, seed 001: /api/v1/live-stream/…)
API = "/api/v1"

ACCESS_TTL = 3600  # expiresIn, as documented
REFRESH_TTL = 30 * 24 * 3600  # refreshExpiresIn [I]
OTP_TTL = 300  # [I]
DEMO_EMAIL = "moderator@example.com"
DEMO_CODE = "424242"
MAX_CONTENT = 1000  # [I]
OBJECT_ID = re.compile(r"^[0-9a-f]{24}$")
ERRORS = {
    400: "Validation failed",
    401: "Authentication required",
    403: "Insufficient permissions",
    404: "Resource not found",
    409: "Resource already exists or cannot be changed in its current state",
}
MODERATOR = Viewer("allmine-you", "You Moderator", "manager")
STREAM_IDS = ("64d15f9e2e6c8f4d5a123000", "64d15f9e2e6c8f4d5a123001", "64d15f9e2e6c8f4d5a123002")


@dataclass
class FakeStream:
    stream_id: str
    title: str
    messages: list[dict[str, Any]] = field(default_factory=list)
    #: an ended stream still shows its chat but takes no new messages (409)
    live: bool = True
    #: the signed-in account may read but not write here (403)
    muted: bool = False


class AllmineFake(FakeService):
    name = "allmine"
    fault_exempt = ("/auth/refresh", "/auth/send-otp-email", "/auth/verify-otp-email")
    # [D] seed 001's profilePhoto: the original on example.com, the sizes on cdn.example.com
    picture_host = "https://cdn.example.com"
    page_shape = PageShape(("_id",), "content")

    def __init__(self, *, seed: int = 0, newest_first: bool = True, streams: int = 2) -> None:
        super().__init__(seed=seed)
        #: [I] page 1 holds the newest messages; False serves oldest first
        self.newest_first = newest_first
        self.clock_offset = 0.0
        self.jwt = JwtIssuer(self.now)
        self.ids = ObjectIds(self.rng)
        self.chatter = Chatter(self.rng, owner="Allmine Streamer", id_prefix="allmine")
        self.streams: dict[str, FakeStream] = {}
        self._used_refresh: set[str] = set()
        self._otp: dict[str, float] = {}  # e-mail -> when its code expires
        self._last_ms = 0
        titles = ("Akşam sohbeti ☕", "Speedrun night 🏁", "Mutfakta canlı 🍲")
        for i in range(streams):
            sid = STREAM_IDS[i % len(STREAM_IDS)]
            self.streams[sid] = FakeStream(sid, titles[i % len(titles)])
        self._tokens = {sid: self._issue() for sid in self.streams}

    # -- knobs for tests ---------------------------------------------------------------------

    def now(self) -> float:
        return time.time() + self.clock_offset

    def advance_clock(self, seconds: float) -> None:
        with self.lock:
            self.clock_offset += seconds

    def expire_tokens(self) -> None:
        """An hour and a bit passes: access tokens expire, refresh tokens still work."""
        self.advance_clock(ACCESS_TTL + 1)

    def revoke_all(self) -> None:
        """Every token issued so far stops working, refresh tokens too."""
        with self.lock:
            self.jwt.rotate_key()

    def add_chatter(self, count: int = 1) -> None:
        with self.lock:
            live = [s for s in self.streams.values() if s.live]
            for _ in range(count):
                if live:
                    self.post(self.next_turn(live), self.chatter.speaker(), self.chatter.line())

    def post(self, stream: FakeStream, who: Viewer, text: str) -> dict[str, Any]:
        with self.lock:
            # one chat's messages get distinct milliseconds, as a real chat's almost always do
            self._last_ms = max(int(self.now() * 1000), self._last_ms + 1)
            moment = self._last_ms / 1000
            stamp = iso(moment)
            message = {
                "_id": self.ids.make(moment),
                "streamId": stream.stream_id,
                "content": text,
                "sender": user_json(
                    who, created="2024-01-15T10:30:00.000Z", pictures=self.picture_url("")
                ),
                "createdAt": stamp,
                "updatedAt": stamp,
            }
            stream.messages.append(message)
            return message

    def message_facts(self, stream_id: str, message_id: str) -> MessageFacts:
        with self.lock:
            messages = self.streams[stream_id].messages
            return MessageFacts(exists=any(m["_id"] == message_id for m in messages))

    def expire_credentials(self) -> None:
        self.expire_tokens()

    def message_ids(self, stream_id: str) -> list[str]:
        with self.lock:
            return [m["_id"] for m in self.streams[stream_id].messages]

    def texts(self, stream_id: str) -> list[str]:
        with self.lock:
            return [m["content"] for m in self.streams[stream_id].messages]

    def restriction(self, stream_id: str, author_id: str) -> str | None:
        return None  # Allmine has no moderator ban: nobody is ever restricted in a stream

    def credentials(self, base_url: str) -> list[dict[str, Any]]:
        return [
            {
                "base_url": base_url,
                "live_stream_id": sid,
                "access_token": self._tokens[sid][0],
                "refresh_token": self._tokens[sid][1],
                "label": stream.title,
            }
            for sid, stream in self.streams.items()
        ]

    def describe(self, base_url: str) -> dict[str, Any]:
        info = super().describe(base_url)
        first = next(iter(self.streams))
        info["otp_sign_in"] = {"email": DEMO_EMAIL, "code": DEMO_CODE}
        info["page_order"] = "newest_first" if self.newest_first else "oldest_first"
        info["try"] = (
            f"curl -H 'Authorization: Bearer {self._tokens[first][0]}' "
            f"'{base_url}{API}/live-stream/{first}/chat/messages?page=1&limit=5'"
        )
        return info

    # -- the service ---------------------------------------------------------------------------

    def build_app(self) -> Starlette:
        chat = f"{API}/live-stream/{{streamId}}/chat/messages"
        return Starlette(
            routes=[
                Route(f"{API}/auth/refresh", self._refresh, methods=["POST"]),
                Route(f"{API}/auth/send-otp-email", self._send_otp, methods=["POST"]),
                Route(f"{API}/auth/verify-otp-email", self._verify_otp, methods=["POST"]),
                Route(chat, self._list, methods=["GET"]),
                Route(chat, self._send, methods=["POST"]),
            ]
        )

    def failure(self, status: int) -> JSONResponse:
        body = {
            "isSuccess": False,
            "statusCode": status,
            "data": None,
            "errors": [ERRORS[status]],
            "timestamp": iso(self.now()),
        }
        return JSONResponse(body, status_code=status)

    def wrapped(self, data: Any, status: int = 200) -> JSONResponse:
        body = {"isSuccess": True, "statusCode": status, "data": data, "timestamp": iso(self.now())}
        return JSONResponse(body, status_code=status)

    def _issue(self, email: str = DEMO_EMAIL) -> tuple[str, str]:
        subject = user_json(MODERATOR, created="2024-01-15T10:30:00.000Z")["_id"]
        access = self.jwt.issue(subject, "access", ACCESS_TTL, email=email)
        refresh = self.jwt.issue(subject, "refresh", REFRESH_TTL, email=email)
        self.remember(access, refresh)
        return access, refresh

    def _token_answer(self, email: str) -> JSONResponse:
        access, refresh = self._issue(email)
        user = user_json(MODERATOR, created="2024-01-15T10:30:00.000Z")
        user["email"] = email
        return self.wrapped(
            {
                "accessToken": access,
                "refreshToken": refresh,
                "expiresIn": ACCESS_TTL,
                "refreshExpiresIn": REFRESH_TTL,
                "user": user,
            }
        )

    async def _body(self, request: Request, *fields: str) -> dict[str, str] | None:
        """The JSON body when each of ``fields`` is a non-empty string, else None."""
        try:
            body = await request.json()
        except ValueError:
            return None
        if not isinstance(body, dict):
            return None
        if not all(isinstance(body.get(f), str) and body[f].strip() for f in fields):
            return None
        return {f: body[f] for f in fields}

    async def _refresh(self, request: Request) -> Response:
        body = await self._body(request, "refreshToken")
        if body is None:
            return self.failure(400)
        with self.lock:
            claims = self.jwt.verify(body["refreshToken"], "refresh")
            # [I] refresh tokens are single-use: each refresh hands out a new one
            if claims is None or claims["jti"] in self._used_refresh:
                return self.failure(401)
            self._used_refresh.add(claims["jti"])
            return self._token_answer(str(claims.get("email", DEMO_EMAIL)))

    async def _send_otp(self, request: Request) -> Response:
        body = await self._body(request, "email")
        if body is None or "@" not in body["email"]:
            return self.failure(400)
        with self.lock:
            self._otp[body["email"].strip().lower()] = self.now() + OTP_TTL
        return self.wrapped({"message": "A verification code was sent to your e-mail address."})

    async def _verify_otp(self, request: Request) -> Response:
        body = await self._body(request, "email", "code")
        if body is None:
            return self.failure(400)
        email = body["email"].strip().lower()
        with self.lock:
            expiry = self._otp.get(email)
            # the fake e-mails nothing: the code is always DEMO_CODE (describe() prints it)
            if expiry is None or expiry <= self.now() or body["code"].strip() != DEMO_CODE:
                return self.failure(401)
            del self._otp[email]
            return self._token_answer(email)

    def _guard(self, request: Request) -> FakeStream | JSONResponse:
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or self.jwt.verify(token.strip(), "access") is None:
            return self.failure(401)
        stream_id = request.path_params["streamId"]
        if not OBJECT_ID.match(stream_id):
            return self.failure(400)
        stream = self.streams.get(stream_id)
        return stream if stream is not None else self.failure(404)

    async def _list(self, request: Request) -> Response:
        with self.lock:
            stream = self._guard(request)
            if isinstance(stream, JSONResponse):
                return stream
            paging = _paging(request.query_params.get("page"), request.query_params.get("limit"))
            if paging is None:
                return self.failure(400)
            page, limit = paging
            ordered = stream.messages[::-1] if self.newest_first else list(stream.messages)
            total = len(ordered)
            pages = math.ceil(total / limit)
            return JSONResponse(
                {
                    "messages": ordered[(page - 1) * limit : page * limit],
                    "page": page,
                    "limit": limit,
                    "total": total,
                    "totalPages": pages,
                    "hasNextPage": page < pages,
                    "hasPreviousPage": page > 1,
                }
            )

    async def _send(self, request: Request) -> Response:
        with self.lock:
            stream = self._guard(request)
        if isinstance(stream, JSONResponse):
            return stream
        body = await self._body(request, "content")
        if body is None or len(body["content"]) > MAX_CONTENT:
            return self.failure(400)
        with self.lock:
            if stream.muted:
                return self.failure(403)
            if not stream.live:
                return self.failure(409)
            return JSONResponse(self.post(stream, MODERATOR, body["content"]), status_code=201)


def _paging(page_text: str | None, limit_text: str | None) -> tuple[int, int] | None:
    """``page`` (default 1, from 1) and ``limit`` (default 30, 1 to 100); None if invalid."""
    try:
        page = int(page_text) if page_text is not None else 1
        limit = int(limit_text) if limit_text is not None else 30
    except ValueError:
        return None
    if page < 1 or not 1 <= limit <= 100:
        return None
    return page, limit
