"""The hostile fault kinds (issue 10): what a broken or malicious platform sends, not a glitch.

Two families. Failed answers stand in for the fake's (``huge``: a body past the clients' 8 MB
limit, streamed or declared; ``trickle``: a body a few bytes at a time, slower than the
clients' whole-exchange deadline; ``bigretry``: a 429 asking for a wait of years). Garbled
answers change the fake's real page in its own format, which :class:`PageShape` describes:
``deep`` nests one message's text past any parser's depth limit, ``badutf8`` puts an invalid
UTF-8 byte into it, ``stuck`` hands back the page token the client sent.

A platform that sends one bad message sends it every time that page is read, so ``deep`` and
``badutf8`` are sticky: a message once chosen is garbled in every later answer holding it (the
plan's ``victims``), which is what lets a test tell "skipped and counted" from "lost". A stuck
token stays stuck for :data:`STUCK_READS` reads, so a session sees the same full page in a row.
"""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
from starlette.types import Message, Send

#: bytes past which the clients stop reading a body (their MAX_BODY is 8 MB)
HUGE = 9 * 1024 * 1024
#: what one streamed chunk of a huge body holds
CHUNK = 256 * 1024
#: levels one ``deep`` text is nested (parsers give up at 64)
DEPTH = 200
#: reads of one token that come back stuck once it is
STUCK_READS = 4
#: a wait no platform means: 31 years, and an HTTP date the clients cannot wait for
BIG_RETRY_AFTER = ("1e9", "Fri, 31 Dec 9999 23:59:59 GMT")
_MARK = "\u2603HOSTILE\u2603"


class DroppedConnection(httpx.ReadError):
    """Raised by the middleware mid-response: the client must see a broken transport.

    It is an :class:`httpx.ReadError` so that through ``httpx.ASGITransport`` the client sees
    exactly what a socket reset looks like; over uvicorn the connection is simply closed.
    """

    def __init__(self) -> None:
        super().__init__("connection dropped by fault injection")


def _no_token(_body: bytes) -> str | None:
    return None


def _no_retoken(_data: Any, _token: str) -> bool:
    return False


def sent_in(key: str) -> Callable[[bytes], str | None]:
    """The page token a read sends as ``key`` of its JSON body."""

    def token_sent(body: bytes) -> str | None:
        try:
            token = json.loads(body).get(key)
        except (ValueError, AttributeError):
            return None
        return None if token is None else str(token)

    return token_sent


def next_at(*path: str) -> Callable[[Any, str], bool]:
    """Sets the next-page token found at ``path`` in a page (a number stays a number)."""

    def retoken(data: Any, token: str) -> bool:
        for key in path[:-1]:
            data = data.get(key) if isinstance(data, dict) else None
        if not isinstance(data, dict) or path[-1] not in data:
            return False
        data[path[-1]] = int(token) if token.isdigit() else token
        return True

    return retoken


@dataclass(frozen=True, slots=True)
class PageShape:
    """Where a fake's pages keep a message's id and text, and its page token (if it has one)."""

    id_keys: tuple[str, ...] = ("id",)
    text_key: str = "text"
    #: the page token a read request sent (None when it sent none, or the platform has none)
    token_sent: Callable[[bytes], str | None] = _no_token
    #: set the page's next token to ``token``; False where ``data`` is no page
    retoken: Callable[[Any, str], bool] = _no_retoken
    #: messages in a full page: a token gets stuck on full pages only (a short page is the
    #: end of the chat, where a token that stays put is no fault)
    full_page: int = 1


@dataclass
class Victims:
    """Messages garbled for good, by raw id as the page carries it; tokens held stuck."""

    deep: set[str] = field(default_factory=set)
    badutf8: set[str] = field(default_factory=set)
    stuck: dict[str, int] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.deep or self.badutf8 or self.stuck)


def messages_in(data: Any, shape: PageShape) -> Iterator[dict[str, Any]]:
    """Every message of a page: a dict inside a list with an id and a non-empty text."""
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        node, in_list = stack.pop()
        if isinstance(node, dict):
            if in_list and _id_of(node, shape) is not None:
                text = node.get(shape.text_key)
                if isinstance(text, str) and text.strip():
                    yield node
            stack.extend((v, False) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, True) for v in node)


def _id_of(item: dict[str, Any], shape: PageShape) -> str | None:
    for key in shape.id_keys:
        value = item.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool):
            return str(value)
    return None


def plant(
    body: bytes, shape: PageShape, victims: Victims, rng: random.Random, *, deep: bool, bad: bool
) -> bytes:
    """``body`` with every victim garbled again, and one new victim chosen if asked for."""
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return body
    items = list(messages_in(data, shape))
    fresh = [i for i in items if _id_of(i, shape) not in victims.deep | victims.badutf8]
    if fresh and (deep or bad):
        chosen = _id_of(rng.choice(sorted(fresh, key=lambda i: str(_id_of(i, shape)))), shape)
        (victims.deep if deep else victims.badutf8).add(str(chosen))
    values: list[bytes] = []
    for item in items:
        mid = _id_of(item, shape)
        if mid in victims.deep:
            values.append(b"[" * DEPTH + b"]" * DEPTH)
        elif mid in victims.badutf8:
            # the text as sent, with a byte no UTF-8 has in the middle of it
            encoded = json.dumps(item[shape.text_key], ensure_ascii=False).encode()
            values.append(encoded[:1] + b"\xff" + encoded[1:])
        else:
            continue
        item[shape.text_key] = _MARK
    if not values:
        return body
    out = json.dumps(data, ensure_ascii=False).encode()
    mark = json.dumps(_MARK, ensure_ascii=False).encode()
    for value in values:
        out = out.replace(mark, value, 1)
    return out


def stick(body: bytes, token: str | None, shape: PageShape, victims: Victims, start: bool) -> bytes:
    """``body`` with its next token set back to ``token`` while that token is held stuck."""
    held = None if token is None else victims.stuck.get(token)
    if token is None or (held is None and not start) or (held is not None and held <= 0):
        return body  # a token is held once: the page moves on after that, as a platform's would
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return body
    if held is None and sum(1 for _ in messages_in(data, shape)) < shape.full_page:
        return body
    if not shape.retoken(data, token):
        return body
    victims.stuck[token] = (STUCK_READS if held is None else held) - 1
    return json.dumps(data, ensure_ascii=False).encode()


async def huge(send: Send, rng: random.Random) -> None:
    """A 2xx past the size limit: declared (a giant Content-Length), or streamed for real."""
    if rng.random() < 0.5:
        await send(_start(200, str(100 * HUGE)))
        await send({"type": "http.response.body", "body": b'{"messages": [', "more_body": True})
        raise DroppedConnection
    await send(_start(200, None))
    await send({"type": "http.response.body", "body": b'{"messages": ["', "more_body": True})
    for _ in range(HUGE // CHUNK + 1):  # bounded: the client stops reading at 8 MB anyway
        await send({"type": "http.response.body", "body": b"x" * CHUNK, "more_body": True})
    await send({"type": "http.response.body", "body": b'"]}', "more_body": False})


async def trickle(send: Send, gap: float, within: float) -> None:
    """A good-looking answer, one byte every ``gap`` seconds, given up after ``within``."""
    body = b'{"messages": [], "note": "' + b"." * 10_000 + b'"}'
    await send(_start(200, str(len(body))))
    loop = asyncio.get_running_loop()
    end = loop.time() + within
    for byte in body:
        if loop.time() >= end:
            break
        await send({"type": "http.response.body", "body": bytes([byte]), "more_body": True})
        await asyncio.sleep(gap)
    raise DroppedConnection


def _start(status: int, length: str | None) -> Message:
    headers = [(b"content-type", b"application/json")]
    if length is not None:
        headers.append((b"content-length", length.encode()))
    return {"type": "http.response.start", "status": status, "headers": headers}
