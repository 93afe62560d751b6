"""Fault injection for every fake, as one ASGI middleware (issue 4).

A :class:`FaultPlan` decides, per HTTP request, whether to fail it and how; :class:`FaultMiddleware`
wraps a fake's app and carries the decision out. Faults that stand in for a failed request
(5xx, 429, timeouts, dropped connections) fire *before* the fake handles the request, so a
request the client saw fail never changed the fake's state: what a retry may repeat safely is
then the client's business alone. Faults that garble an answer (malformed JSON, schema drift)
transform the fake's real 2xx body. A 401 expires the fake's real credentials and lets the
request through, so the client's real refresh path runs against the fake's real token check.
"""

from __future__ import annotations

import asyncio
import enum
import json
import random
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class FaultKind(enum.Enum):
    SERVER_ERROR = "500"
    UNAVAILABLE = "503"
    TIMEOUT = "timeout"
    DROP = "drop"
    MALFORMED = "malformed"
    DRIFT = "drift"
    RATE_LIMIT = "429"
    EXPIRED = "401"

    @classmethod
    def parse(cls, names: str) -> frozenset[FaultKind]:
        """``"500,drift,429"`` → kinds; ``"all"`` or ``""`` is every kind."""
        wanted = [n.strip() for n in names.split(",") if n.strip()]
        if not wanted or wanted == ["all"]:
            return frozenset(cls)
        return frozenset(cls(n) if n in {k.value for k in cls} else cls[n.upper()] for n in wanted)


class DroppedConnection(httpx.ReadError):
    """Raised by the middleware mid-response: the client must see a broken transport.

    It is an :class:`httpx.ReadError` so that through ``httpx.ASGITransport`` the client sees
    exactly what a socket reset looks like; over uvicorn the connection is simply closed.
    """

    def __init__(self) -> None:
        super().__init__("connection dropped by fault injection")


@dataclass
class FaultPlan:
    """Which share of requests fails, with which kinds; seeded, and counting what it did."""

    rate: float = 0.0
    kinds: frozenset[FaultKind] = frozenset(FaultKind)
    seed: int = 0
    #: path endings never faulted (sign-in endpoints: a fault there only tests sign-in)
    exempt: tuple[str, ...] = ()
    #: path endings whose answers are never garbled (failed outright, they may still be)
    readable: tuple[str, ...] = ()
    #: how long a TIMEOUT request hangs; past the client's read timeout over a real socket
    delay: float = 15.0
    #: the Retry-After a 429 carries
    retry_after: float = 1.0
    injected: Counter[FaultKind] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)
        self._lock = threading.Lock()

    @property
    def rng(self) -> random.Random:
        return self._rng

    def choose(self, path: str) -> FaultKind | None:
        """The fault for a request to ``path``, or None; counted when chosen."""
        if self.rate <= 0 or not self.kinds or path.endswith(self.exempt):
            return None
        with self._lock:
            if self._rng.random() >= self.rate:
                return None
            kinds = self.kinds
            if self.readable and path.endswith(self.readable):
                kinds = kinds - {FaultKind.MALFORMED, FaultKind.DRIFT}
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
        self, app: ASGIApp, plan: Callable[[], FaultPlan], expire: Callable[[], None]
    ) -> None:
        self.app = app
        self._plan = plan
        self.expire = expire

    @property
    def plan(self) -> FaultPlan:
        return self._plan()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = self.plan.choose(scope["path"]) if scope["type"] == "http" else None
        if kind is None:
            await self.app(scope, receive, send)
        elif kind is FaultKind.EXPIRED:
            self.expire()
            await self.app(scope, receive, send)
        elif kind in (FaultKind.MALFORMED, FaultKind.DRIFT):
            await self._garbled(kind, scope, receive, send)
        else:
            await self._failed(kind, send)

    async def _failed(self, kind: FaultKind, send: Send) -> None:
        if kind is FaultKind.TIMEOUT:
            await asyncio.sleep(self.plan.delay)
            await _respond(send, 504, b'{"error":"gateway timeout"}')
        elif kind is FaultKind.DROP:
            await send(_start(200, {"content-length": "4096"}))
            await send({"type": "http.response.body", "body": b'{"messages": [', "more_body": True})
            raise DroppedConnection
        elif kind is FaultKind.RATE_LIMIT:
            headers = {"retry-after": f"{self.plan.retry_after:g}"}
            await _respond(send, 429, b'{"error":"too many requests"}', headers)
        else:
            status = 500 if kind is FaultKind.SERVER_ERROR else 503
            await _respond(send, status, b'{"error":"injected server error"}')

    async def _garbled(self, kind: FaultKind, scope: Scope, receive: Receive, send: Send) -> None:
        captured: list[Message] = []

        async def keep(message: Message) -> None:
            captured.append(message)

        await self.app(scope, receive, keep)
        start = next(m for m in captured if m["type"] == "http.response.start")
        body = b"".join(m.get("body", b"") for m in captured if m["type"] == "http.response.body")
        if 200 <= start["status"] < 300 and body.strip():
            rng = self.plan.rng
            body = truncate(body, rng) if kind is FaultKind.MALFORMED else drift_bytes(body, rng)
        headers = {
            k.decode("latin-1"): v.decode("latin-1")
            for k, v in start.get("headers", [])
            if k.lower() != b"content-length"
        }
        await _respond(send, start["status"], body, headers)


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


def truncate(body: bytes, rng: random.Random) -> bytes:
    """Cut a JSON body short, so it no longer parses."""
    return body[: rng.randrange(1, max(2, len(body) - 1))]


def drift_bytes(body: bytes, rng: random.Random) -> bytes:
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return body
    return json.dumps(drift(data, rng), ensure_ascii=False).encode()


def drift(data: Any, rng: random.Random) -> Any:
    """One schema change in ``data``: a key renamed or dropped, or numbers turned to strings.

    Message-like objects (those inside lists) are picked nine times in ten, the envelope and
    other objects otherwise, so both a single drifted item and an unreadable page happen.
    """
    in_lists, others = _objects(data, inside_list=False)
    pool = in_lists if in_lists and (not others or rng.random() < 0.9) else others
    if not pool:
        return data
    target = rng.choice(pool)
    change = rng.choice(("rename", "drop", "stringify"))
    if change == "stringify" or not target:
        _stringify(target)
        return data
    key = rng.choice(sorted(target))
    value = target.pop(key)
    if change == "rename":
        target[f"{key}_v2"] = value
    return data


def _objects(data: Any, *, inside_list: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every dict in ``data``: those that are list items, and the rest."""
    in_lists: list[dict[str, Any]] = []
    others: list[dict[str, Any]] = []
    if isinstance(data, dict):
        (in_lists if inside_list else others).append(data)
        children: Iterable[Any] = data.values()
        nested = False
    elif isinstance(data, list):
        children, nested = data, True
    else:
        return in_lists, others
    for child in children:
        more_in, more_out = _objects(child, inside_list=nested)
        in_lists += more_in
        others += more_out
    return in_lists, others


def _stringify(target: dict[str, Any]) -> None:
    for key, value in target.items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            target[key] = str(value)
