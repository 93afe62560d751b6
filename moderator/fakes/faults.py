"""Fault injection for every fake, as one ASGI middleware (issue 4).

A :class:`FaultPlan` decides, per HTTP request, whether to fail it and how; :class:`FaultMiddleware`
wraps a fake's app and carries the decision out. Faults that stand in for a failed request
(5xx, 429, timeouts, dropped connections) fire *before* the fake handles the request, so a
request the client saw fail never changed the fake's state: what a retry may repeat safely is
then the client's business alone. Two faults test exactly that business: ``lost`` lets the fake
apply the request and then loses its answer (the connection drops, or the answer never comes
before the client's timeout), and ``twice`` applies an idempotent request (GET, DELETE) twice and
answers with the second result, as a proxy retrying it would. Faults that garble an answer
(malformed JSON, schema drift) transform the fake's real 2xx body. A 401 expires the fake's
real credentials and lets the request through, so the client's real refresh path runs against
the fake's real token check.
"""

from __future__ import annotations

import asyncio
import enum
import random
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from moderator.fakes import hostile
from moderator.fakes.garble import drift as drift
from moderator.fakes.garble import drift_bytes
from moderator.fakes.garble import truncate as truncate
from moderator.fakes.hostile import BIG_RETRY_AFTER, PageShape, Victims
from moderator.fakes.hostile import DroppedConnection as DroppedConnection


class FaultKind(enum.Enum):
    SERVER_ERROR = "500"
    UNAVAILABLE = "503"
    TIMEOUT = "timeout"
    DROP = "drop"
    MALFORMED = "malformed"
    DRIFT = "drift"
    RATE_LIMIT = "429"
    EXPIRED = "401"
    #: applied by the fake, then the answer is lost (dropped connection or timeout)
    LOST = "lost"
    #: an idempotent request applied twice (a proxy's retry); the second answer comes back
    TWICE = "twice"
    # hostile answers (see hostile.py): opt-in, never in "all"
    HUGE = "huge"
    TRICKLE = "trickle"
    DEEP = "deep"
    BADUTF8 = "badutf8"
    BIGRETRY = "bigretry"
    STUCK = "stuck"

    @classmethod
    def parse(cls, names: str) -> frozenset[FaultKind]:
        """``"500,drift,429"`` → kinds; ``"all"`` or ``""`` is the default mix (every glitch),
        ``"hostile"`` the hostile kinds; names may be mixed (``"all,hostile"``)."""
        wanted = [n.strip() for n in names.split(",") if n.strip()] or ["all"]
        kinds: set[FaultKind] = set()
        for name in wanted:
            if name.lower() in GROUPS:
                kinds |= GROUPS[name.lower()]
            else:
                kinds.add(cls(name) if name in {k.value for k in cls} else cls[name.upper()])
        return frozenset(kinds)


#: what a broken or malicious platform sends, not a glitch: opt-in, because the demo and the
#: soak cannot bear them as a steady mix (a stuck token or a 15-minute wait looks like a broken
#: app, a sticky ``deep`` message is skipped for good, a huge body costs 9 MB a time)
HOSTILE = frozenset(
    {
        FaultKind.HUGE,
        FaultKind.TRICKLE,
        FaultKind.DEEP,
        FaultKind.BADUTF8,
        FaultKind.BIGRETRY,
        FaultKind.STUCK,
    }
)
#: "all": the glitches any platform has now and then, which demo and soak run with
DEFAULT_KINDS = frozenset(FaultKind) - HOSTILE
GROUPS = {"all": DEFAULT_KINDS, "hostile": HOSTILE}
#: faults that change the fake's real answer (never on ``readable`` paths)
GARBLING = frozenset(
    {FaultKind.MALFORMED, FaultKind.DRIFT, FaultKind.DEEP, FaultKind.BADUTF8, FaultKind.STUCK}
)


#: bytes of a request body the request log keeps
LOGGED_BODY = 1000
#: what an HTTP intermediary may repeat on its own (RFC 9110 9.2.2), where ``twice`` applies;
#: PUT is left out because PRISM sends chat with a PUT that is not idempotent in fact
REPEATABLE = frozenset({"GET", "DELETE"})
#: faults that let the fake change its state: never on paths whose answer is the only record
#: of that change (a lost LivePerson accept would lose the chat on any client)
APPLIED = frozenset({FaultKind.LOST})


@dataclass(frozen=True, slots=True)
class Applied:
    """One request the fake handled (its answer may still have been lost on the way)."""

    method: str
    path: str
    status: int
    #: the fault that went with it, if any
    fault: FaultKind | None = None
    #: the query string and the start of the body (form fields name what a path does not)
    detail: str = ""


class RequestLog:
    """The fake's own record of the requests it applied: what tests count exactly-once by."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[Applied] = []

    def add(self, entry: Applied) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[Applied]:
        with self._lock:
            return list(self._entries)

    def count(self, method: str, path_end: str = "", *, ok: bool = True) -> int:
        """Requests with ``method`` whose path ends with ``path_end`` (2xx only by default)."""
        return sum(
            1
            for e in self.entries()
            if e.method == method
            and e.path.endswith(path_end)
            and (not ok or 200 <= e.status < 300)
        )

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


@dataclass
class FaultPlan:
    """Which share of requests fails, with which kinds; seeded, and counting what it did."""

    rate: float = 0.0
    kinds: frozenset[FaultKind] = DEFAULT_KINDS
    seed: int = 0
    #: path endings never faulted (sign-in endpoints: a fault there only tests sign-in)
    exempt: tuple[str, ...] = ()
    #: path endings whose answers are never garbled (failed outright, they may still be)
    readable: tuple[str, ...] = ()
    #: how long a TIMEOUT request hangs; past the client's read timeout over a real socket
    delay: float = 15.0
    #: the Retry-After a 429 carries
    retry_after: float = 1.0
    #: seconds between the bytes of a ``trickle``d answer, each gap shorter than a read
    #: timeout, and how long it goes on: past the clients' whole-exchange deadline (3 × 10 s)
    trickle_gap: float = 0.5
    trickle_for: float = 40.0
    injected: Counter[FaultKind] = field(default_factory=Counter)
    #: the messages and tokens garbled for good by ``deep``, ``badutf8`` and ``stuck``
    victims: Victims = field(default_factory=Victims)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._lock = threading.Lock()

    @property
    def rng(self) -> random.Random:
        return self._rng

    def choose(self, path: str, method: str = "GET") -> FaultKind | None:
        """The fault for a ``method`` request to ``path``, or None; counted when chosen."""
        if self.rate <= 0 or not self.kinds or path.endswith(self.exempt):
            return None
        with self._lock:
            if self._rng.random() >= self.rate:
                return None
            kinds = self.kinds
            if self.readable and path.endswith(self.readable):
                kinds = kinds - GARBLING - APPLIED
            if method.upper() not in REPEATABLE:
                kinds = kinds - {FaultKind.TWICE}
            if not kinds:
                return None
            kind = self._rng.choice(sorted(kinds, key=lambda k: k.value))
            self.injected[kind] += 1
            return kind

    def total(self) -> int:
        return sum(self.injected.values())


class FaultMiddleware:
    """Wraps a fake's ASGI app; ``expire`` kills the fake's live credentials (for 401s).

    ``plan`` is asked for on every request, so a test may swap the fake's plan at any time.
    """

    def __init__(
        self,
        app: ASGIApp,
        plan: Callable[[], FaultPlan],
        expire: Callable[[], None],
        log: RequestLog | None = None,
        shape: PageShape | None = None,
    ) -> None:
        self.app = app
        self._plan = plan
        self.expire = expire
        self.log = log if log is not None else RequestLog()
        #: where the fake's pages keep messages and tokens, for the hostile garbling
        self.shape = shape or PageShape()

    @property
    def plan(self) -> FaultPlan:
        return self._plan()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        plan = self.plan
        kind = plan.choose(scope["path"], scope.get("method", "GET"))
        sticky = kind is None and plan.victims and not scope["path"].endswith(plan.readable)
        if sticky or kind in GARBLING:
            await self._garbled(kind, scope, receive, send)
        elif kind is None:
            await self._applied(scope, receive, send)
        elif kind is FaultKind.EXPIRED:
            self.expire()
            await self._applied(scope, receive, send, kind)
        elif kind is FaultKind.LOST:
            await self._lost(scope, receive, send)
        elif kind is FaultKind.TWICE:
            await self._twice(scope, receive, send)
        else:
            await self._failed(kind, send)

    async def _applied(
        self, scope: Scope, receive: Receive, send: Send, kind: FaultKind | None = None
    ) -> None:
        """Let the fake handle the request, passing its answer on and logging it."""
        status = 0
        receive = self._reading(scope, receive)

        async def forward(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, forward)
        finally:
            self._log(scope, status, kind)

    async def _handled(
        self, scope: Scope, receive: Receive, kind: FaultKind | None
    ) -> tuple[Message, bytes]:
        """Let the fake handle the request, keeping its answer back (start, whole body)."""
        captured: list[Message] = []

        async def keep(message: Message) -> None:
            captured.append(message)

        receive = self._reading(scope, receive)
        await self.app(scope, receive, keep)
        start = next(m for m in captured if m["type"] == "http.response.start")
        body = b"".join(m.get("body", b"") for m in captured if m["type"] == "http.response.body")
        self._log(scope, int(start["status"]), kind)
        return start, body

    def _sent(self, scope: Scope) -> bytes:
        """The start of the request's body (what a page token is sent in)."""
        return bytes(scope.get("state", {}).get("fault.body", b""))

    def _reading(self, scope: Scope, receive: Receive) -> Receive:
        """``receive``, keeping the start of the request's body for the log."""
        scope.setdefault("state", {})["fault.body"] = b""

        async def reading() -> Message:
            message = await receive()
            kept = scope["state"]["fault.body"]
            if len(kept) < LOGGED_BODY:
                scope["state"]["fault.body"] = kept + message.get("body", b"")[:LOGGED_BODY]
            return message

        return reading

    def _log(self, scope: Scope, status: int, kind: FaultKind | None) -> None:
        body = scope.get("state", {}).get("fault.body", b"")[:LOGGED_BODY]
        query = scope.get("query_string", b"")
        detail = (query + b" " + body).decode("utf-8", "replace").strip()
        self.log.add(Applied(scope.get("method", ""), scope["path"], status, kind, detail))

    async def _lost(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self._handled(scope, receive, FaultKind.LOST)
        # the change is made; the client must not learn of it
        if self.plan.rng.random() < 0.5:
            await self._failed(FaultKind.TIMEOUT, send)
        else:
            await self._failed(FaultKind.DROP, send)

    async def _twice(self, scope: Scope, receive: Receive, send: Send) -> None:
        body = b""
        more = True
        while more:  # the body is read once and handed to both runs
            message = await receive()
            body += message.get("body", b"")
            more = bool(message.get("more_body", False))

        async def replay() -> Message:
            return {"type": "http.request", "body": body, "more_body": False}

        await self._handled(scope, replay, FaultKind.TWICE)
        start, answer = await self._handled(scope, replay, FaultKind.TWICE)
        await _respond(send, start["status"], answer, _headers(start))

    async def _failed(self, kind: FaultKind, send: Send) -> None:
        if kind is FaultKind.TIMEOUT:
            await asyncio.sleep(self.plan.delay)
            await _respond(send, 504, b'{"error":"gateway timeout"}')
        elif kind is FaultKind.DROP:
            await send(_start(200, {"content-length": "4096"}))
            await send({"type": "http.response.body", "body": b'{"messages": [', "more_body": True})
            raise DroppedConnection
        elif kind in (FaultKind.RATE_LIMIT, FaultKind.BIGRETRY):
            wait = f"{self.plan.retry_after:g}"
            if kind is FaultKind.BIGRETRY:
                wait = self.plan.rng.choice(BIG_RETRY_AFTER)
            await _respond(send, 429, b'{"error":"too many requests"}', {"retry-after": wait})
        elif kind is FaultKind.HUGE:
            await hostile.huge(send, self.plan.rng)
        elif kind is FaultKind.TRICKLE:
            await hostile.trickle(send, self.plan.trickle_gap, self.plan.trickle_for)
        else:
            status = 500 if kind is FaultKind.SERVER_ERROR else 503
            await _respond(send, status, b'{"error":"injected server error"}')

    async def _garbled(
        self, kind: FaultKind | None, scope: Scope, receive: Receive, send: Send
    ) -> None:
        start, body = await self._handled(scope, receive, kind)
        if 200 <= start["status"] < 300 and body.strip():
            body = self._garble(kind, self._sent(scope), body)
        await _respond(send, start["status"], body, _headers(start))

    def _garble(self, kind: FaultKind | None, sent: bytes, body: bytes) -> bytes:
        plan, shape = self.plan, self.shape
        if kind is FaultKind.MALFORMED:
            return truncate(body, plan.rng)
        if kind is FaultKind.DRIFT:
            return drift_bytes(body, plan.rng)
        deep, bad = kind is FaultKind.DEEP, kind is FaultKind.BADUTF8
        body = hostile.plant(body, shape, plan.victims, plan.rng, deep=deep, bad=bad)
        token = shape.token_sent(sent)
        return hostile.stick(body, token, shape, plan.victims, kind is FaultKind.STUCK)


def _headers(start: Message) -> dict[str, str]:
    return {
        k.decode("latin-1"): v.decode("latin-1")
        for k, v in start.get("headers", [])
        if k.lower() != b"content-length"
    }


def _start(status: int, headers: dict[str, str]) -> Message:
    pairs = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    return {"type": "http.response.start", "status": status, "headers": pairs}


async def _respond(
    send: Send, status: int, body: bytes, headers: dict[str, str] | None = None
) -> None:
    all_headers = {"content-type": "application/json", **(headers or {})}
    all_headers["content-length"] = str(len(body))
    await send(_start(status, all_headers))
    await send({"type": "http.response.body", "body": body})
