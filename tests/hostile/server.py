"""Hostile HTTP/1.1 servers on raw asyncio sockets, bound to 127.0.0.1 on port 0.

Each connection reads one request (head and a ``Content-Length`` body), records it, and hands
the socket to a *script* that answers however it likes: a body that never ends, one byte every
few seconds, a header no parser should trust. Every script is bounded (bytes and seconds) and
the server closes itself on exit, so a failing test never leaves one behind.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: no script runs longer than this, whatever it was asked to do
LIFETIME = 30.0


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


Script = Callable[[Request, asyncio.StreamWriter], Awaitable[None]]


@dataclass
class HostileServer:
    script: Script
    tls: ssl.SSLContext | None = None
    requests: list[Request] = field(default_factory=list)
    port: int = 0

    @property
    def base_url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            async with asyncio.timeout(LIFETIME):
                request = await _read_request(reader)
                if request is None:
                    return
                self.requests.append(request)
                await self.script(request, writer)
                await writer.drain()
        except (
            ConnectionError,
            TimeoutError,
            ssl.SSLError,
            asyncio.IncompleteReadError,
            asyncio.CancelledError,
        ):
            pass  # the client hung up (as it should, on most of these) or time ran out
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()


@contextlib.asynccontextmanager
async def serve(
    script: Script, *, tls: ssl.SSLContext | None = None
) -> AsyncIterator[HostileServer]:
    hostile = HostileServer(script, tls)
    server = await asyncio.start_server(hostile._handle, "127.0.0.1", 0, ssl=tls)
    hostile.port = server.sockets[0].getsockname()[1]
    try:
        yield hostile
    finally:
        server.close()
        with contextlib.suppress(Exception):
            async with asyncio.timeout(5):
                await server.wait_closed()


async def _read_request(reader: asyncio.StreamReader) -> Request | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    body = await reader.readexactly(length) if length else b""
    return Request(method, target, headers, body)


def head(status: int, headers: Mapping[str, str] | None = None, length: int | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status} Whatever"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def answer(status: int, body: bytes = b"", headers: Mapping[str, str] | None = None) -> Script:
    """A complete, ordinary answer (the hostility is in what it says)."""
    merged = {"Content-Type": "application/json", **(headers or {})}

    async def script(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(head(status, merged, len(body)) + body)

    return script


def endless(chunk: bytes = b"x" * 65536, *, cap: int = 256 * 1024 * 1024) -> Script:
    """A 200 whose body never ends (chunked), up to ``cap`` bytes or until the client leaves."""

    async def script(request: Request, writer: asyncio.StreamWriter) -> None:
        headers = {"Content-Type": "application/json", "Transfer-Encoding": "chunked"}
        opening = b'{"success":true,"data":{"messages":["'
        writer.write(head(200, headers) + f"{len(opening):x}\r\n".encode() + opening + b"\r\n")
        frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        sent = 0
        while sent < cap:
            writer.write(frame)
            sent += len(chunk)
            await writer.drain()

    return script


def trickle(interval: float, *, length: int = 1000, count: int = 40) -> Script:
    """Headers at once, then one byte of a ``length``-byte body every ``interval`` seconds."""

    async def script(request: Request, writer: asyncio.StreamWriter) -> None:
        writer.write(head(200, {"Content-Type": "application/json"}, length))
        for _ in range(min(count, length)):
            await writer.drain()
            await asyncio.sleep(interval)
            writer.write(b" ")

    return script


def sequence(*scripts: Script) -> Script:
    """The n-th request gets the n-th script (the last one repeats)."""
    calls = 0

    async def script(request: Request, writer: asyncio.StreamWriter) -> None:
        nonlocal calls
        chosen = scripts[min(calls, len(scripts) - 1)]
        calls += 1
        await chosen(request, writer)

    return script


def routes(table: Mapping[str, Script], fallback: Script | None = None) -> Script:
    """The script of the first ``"METHOD /path-prefix"`` in ``table`` the request matches."""

    async def script(request: Request, writer: asyncio.StreamWriter) -> None:
        for key, chosen in table.items():
            method, _, prefix = key.partition(" ")
            if request.method == method and request.target.startswith(prefix):
                await chosen(request, writer)
                return
        await (fallback or answer(404, b"{}"))(request, writer)

    return script
