"""A faithful Brilliant Directories API v2 chat (PROVIDERS.md D, seed 003).

Quirks kept on purpose: every value is a string, ``total`` too; ``page`` is an opaque cursor
and a plain number silently gives page 1; an unknown column answers success with total "0";
``created_at`` is ``YYYYMMDDHHmmss`` in the site's own zone without saying which; writes are
form-encoded (DELETE included); message_content is visitor HTML, sometimes hostile; and each
key gets 100 requests in any 60 s, then ``429 Too Many API requests per minute``.
"""

from __future__ import annotations

import hashlib
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from moderator.fakes.base import FakeService, MessageFacts
from moderator.fakes.brilliant.content import visible_text, visitor_html
from moderator.fakes.brilliant.query import BadQuery, PageTokens, Row, paged, select
from moderator.fakes.chatter import Chatter
from moderator.fakes.hostile import PageShape

#: the paths of PROVIDERS.md D and seed 003 (``GET /api/v2/chat_message_items/get``)
MESSAGES = "/api/v2/chat_message_items"
THREADS = "/api/v2/chat_message_threads"
VERIFY = "/api/v2/token/verify"
API_KEY = "bd-demo-key-7f3a9c"
READ_ONLY_KEY = "bd-read-only-key-2b61"
SITE_ZONE = "-05:00"
ZONE = timezone(timedelta(hours=-5))
MESSAGE_COLUMNS = {
    "message_id",
    "message_token",
    "thread_token",
    "message_status",
    "message_owner",
    "message_content",
    "created_at",
}
THREAD_COLUMNS = {
    "thread_id",
    "thread_status",
    "thread_token",
    "thread_owner",
    "created_at",
    "updated_at",
    "deleted_at",
}
TOO_MANY = "Too many API requests per minute"
Handler = Callable[[Request], Awaitable[Response]]


def token_for(seed: str) -> str:
    return hashlib.md5(seed.encode(), usedforsecurity=False).hexdigest()


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"status": "error", "message": message}, status_code=status)


def success(message: Any) -> JSONResponse:
    return JSONResponse({"status": "success", "message": message})


async def form_fields(request: Request) -> dict[str, str]:
    """An ``application/x-www-form-urlencoded`` body (DELETE too), read without multipart."""
    body = (await request.body()).decode("utf-8", errors="replace")
    return dict(parse_qsl(body, keep_blank_values=True))


@dataclass
class RateWindow:
    """The platform's per-key limit: ``limit`` requests in any ``window`` seconds."""

    clock: Callable[[], float]
    limit: int = 100
    window: float = 60.0
    stamps: dict[str, deque[float]] = field(default_factory=dict)

    def admit(self, key: str) -> bool:
        now = self.clock()
        stamps = self.stamps.setdefault(key, deque())
        while stamps and stamps[0] <= now - self.window:
            stamps.popleft()
        if len(stamps) >= self.limit:
            return False  # refused requests are not counted [I]
        stamps.append(now)
        return True


class BrilliantFake(FakeService):
    page_shape = PageShape(("message_id",), "message_content")
    name = "brilliant"

    def __init__(
        self, *, seed: int = 0, clock: Callable[[], float] = time.monotonic, threads: int = 4
    ) -> None:
        super().__init__(seed=seed)
        self.remember(API_KEY, READ_ONLY_KEY)  # an API key is all this platform issues
        self.chatter = Chatter(self.rng, owner="Site owner", id_prefix="bd")
        self.owner_token = token_for("site-owner")
        self.rate = RateWindow(clock)
        self.pages = PageTokens()
        self.messages: list[Row] = []
        self.threads: list[Row] = []
        self.deleted: set[str] = set()
        self.failures: deque[tuple[int, str]] = deque()
        self._next_message = 0
        for i in range(threads):
            self.add_thread(open_=i != threads - 1)

    # -- knobs for tests -----------------------------------------------------------------------

    def add_thread(self, *, open_: bool = True) -> Row:
        number = len(self.threads) + 11
        visitor = self.chatter.viewers[len(self.threads) % len(self.chatter.viewers)]
        stamp = self.now()
        thread = {
            "thread_id": str(number),
            "thread_status": "1" if open_ else "0",
            "thread_token": token_for(f"thread-{number}"),
            "thread_owner": token_for(visitor.id),
            "created_at": stamp,
            "updated_at": stamp,
            "deleted_at": "",
        }
        self.threads.append(thread)
        return thread

    def fail_next(self, status: int, message: str = "Internal server error") -> None:
        """The next request is answered with this error instead."""
        self.failures.append((status, message))

    def now(self) -> str:
        return datetime.now(ZONE).strftime("%Y%m%d%H%M%S")

    def add_chatter(self, count: int = 1) -> None:
        open_threads = [t for t in self.threads if t["thread_status"] == "1"]
        with self.lock:
            for n in range(count):
                if not open_threads:
                    return
                thread = open_threads[(n + self._next_message) % len(open_threads)]
                by_owner = self.rng.random() < 0.15
                owner = self.owner_token if by_owner else thread["thread_owner"]
                content = visitor_html(self.chatter.line(), self.rng)
                self.post(thread["thread_token"], owner, content)

    def post(self, thread_token: str, owner: str, content: str, **fields: str) -> Row:
        self._next_message += 1
        row = {
            "message_id": str(self._next_message),
            "message_token": token_for(f"message-{self._next_message}"),
            "thread_token": thread_token,
            "message_status": "0",
            "message_owner": owner,
            "message_content": content,
            "created_at": self.now(),
        }
        row.update({k: v for k, v in fields.items() if k in MESSAGE_COLUMNS - {"message_id"}})
        self.messages.append(row)
        for thread in self.threads:
            if thread["thread_token"] == thread_token:
                thread["updated_at"] = row["created_at"]
        return row

    def find(self, message_id: str) -> Row | None:
        return next((m for m in self.messages if m["message_id"] == message_id), None)

    def message_facts(self, stream_id: str, message_id: str) -> MessageFacts:
        with self.lock:
            row = self.find(message_id)
            # delete removes the row: later reads never see it again
            if row is None:
                return MessageFacts(exists=False, deleted=message_id in self.deleted)
            return MessageFacts(exists=True, read=row["message_status"] == "1")

    def expire_credentials(self) -> None:
        """Nothing: an API key does not expire (a 401 from this platform means revoked)."""

    def message_ids(self, stream_id: str) -> list[str]:
        with self.lock:
            tokens = {t["thread_token"] for t in self.threads}
            return [
                m["message_id"]
                for m in self.messages
                if stream_id not in tokens or m["thread_token"] == stream_id
            ]

    def texts(self, stream_id: str) -> list[str]:
        with self.lock:
            tokens = {t["thread_token"] for t in self.threads}
            # a thread token names one thread's chat; anything else (the site) names them all
            rows = [
                m
                for m in self.messages
                if stream_id not in tokens or m["thread_token"] == stream_id
            ]
            return [visible_text(m["message_content"]) for m in rows]

    def restriction(self, stream_id: str, author_id: str) -> str | None:
        return None  # the platform cannot ban or time out a visitor

    def credentials(self, base_url: str) -> list[dict[str, Any]]:
        site = {
            "site_url": base_url,
            "api_key": API_KEY,
            "owner_token": self.owner_token,
            "timezone": SITE_ZONE,
            "label": "Directory site: all chats",
        }
        first = self.threads[0]
        one = {
            "thread_token": first["thread_token"],
            "label": f"Directory thread {first['thread_id']}",
        }
        return [site, site | one]

    def describe(self, base_url: str) -> dict[str, Any]:
        info = super().describe(base_url)
        info["read_only_api_key"] = READ_ONLY_KEY
        info["try"] = (
            f'curl -H "X-Api-Key: {API_KEY}" "{base_url}{MESSAGES}/get?limit=5"'
            f' ; curl -X PUT -H "X-Api-Key: {API_KEY}" -d message_id=1 -d message_status=1'
            f' "{base_url}{MESSAGES}/update"'
        )
        info["threads"] = [
            {k: t[k] for k in ("thread_id", "thread_token", "thread_status")} for t in self.threads
        ]
        return info

    # -- the service ---------------------------------------------------------------------------

    def build_app(self) -> Starlette:
        return Starlette(
            routes=[
                Route(VERIFY, self._guarded(self._verify), methods=["GET"]),
                Route(f"{MESSAGES}/get", self._guarded(self._list_messages), methods=["GET"]),
                Route(f"{MESSAGES}/get/{{id}}", self._guarded(self._one_message), methods=["GET"]),
                Route(f"{MESSAGES}/create", self._guarded(self._create, True), methods=["POST"]),
                Route(f"{MESSAGES}/update", self._guarded(self._update, True), methods=["PUT"]),
                Route(f"{MESSAGES}/delete", self._guarded(self._delete, True), methods=["DELETE"]),
                Route(f"{THREADS}/get", self._guarded(self._list_threads), methods=["GET"]),
                Route(f"{THREADS}/get/{{id}}", self._guarded(self._one_thread), methods=["GET"]),
            ],
            exception_handlers={HTTPException: self._http_error},
        )

    async def _http_error(self, request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        return error(status, "Invalid API endpoint" if status in (404, 405) else "Server error")

    def _guarded(self, handler: Handler, writes: bool = False) -> Handler:
        async def guarded(request: Request) -> Response:
            key = request.headers.get("x-api-key", "")
            with self.lock:
                if key not in (API_KEY, READ_ONLY_KEY):
                    return error(401, "Invalid API key")
                if not self.rate.admit(key):
                    return error(429, TOO_MANY)
                if self.failures:
                    return error(*self.failures.popleft())
            if writes and key == READ_ONLY_KEY:
                return error(403, "API key does not have permission for this action")
            try:
                response: Response = await handler(request)
            except BadQuery as err:
                return error(400, str(err))
            return response

        return guarded

    async def _verify(self, request: Request) -> Response:
        base = f"{request.url.scheme}://{request.url.netloc}"
        name = "Moderator demo key" if request.headers["x-api-key"] == API_KEY else "Read only"
        return success({"website": base, "key": name})

    async def _list_messages(self, request: Request) -> Response:
        return self._list(self.messages, MESSAGE_COLUMNS, request.query_params)

    async def _list_threads(self, request: Request) -> Response:
        return self._list(self.threads, THREAD_COLUMNS, request.query_params)

    def _list(self, rows: list[Row], columns: set[str], params: Mapping[str, str]) -> Response:
        with self.lock:
            chosen = select(rows, params, columns)
            body = paged(None if chosen is None else [dict(r) for r in chosen], params, self.pages)
        return JSONResponse(body)

    async def _one_message(self, request: Request) -> Response:
        return self._one(self.messages, "message_id", request, "chat_message_items")

    async def _one_thread(self, request: Request) -> Response:
        return self._one(self.threads, "thread_id", request, "chat_message_threads")

    def _one(self, rows: list[Row], key: str, request: Request, model: str) -> Response:
        wanted = request.path_params["id"]
        with self.lock:
            row = next((dict(r) for r in rows if r[key] == wanted), None)
        if row is None:
            return error(404, f"{model} record not found")
        body = {"status": "success", "message": [row], "total": "1"}
        return JSONResponse({**body, "current_page": 1, "total_pages": 1})

    async def _create(self, request: Request) -> Response:
        form = await form_fields(request)
        required = ("thread_token", "message_owner", "message_content")
        missing = [name for name in required if not form.get(name)]
        if missing:
            return error(400, f"Missing required field: {', '.join(missing)}")
        with self.lock:
            thread = form.pop("thread_token")
            row = self.post(thread, form.pop("message_owner"), form.pop("message_content"), **form)
            return success(dict(row))

    async def _update(self, request: Request) -> Response:
        form = await form_fields(request)
        message_id = form.pop("message_id", "")
        if not message_id:
            return error(400, "message_id is required")
        with self.lock:
            row = self.find(message_id)
            if row is None:
                return error(404, "chat_message_items record not found")
            row.update({k: v for k, v in form.items() if k in MESSAGE_COLUMNS - {"message_id"}})
            return success(dict(row))

    async def _delete(self, request: Request) -> Response:
        message_id = (await form_fields(request)).get("message_id", "")
        if not message_id:
            return error(400, "message_id is required")
        with self.lock:
            row = self.find(message_id)
            if row is None:
                return error(404, "chat_message_items record not found")
            self.messages.remove(row)
            self.deleted.add(message_id)
        return success("chat_message_items record was deleted")
