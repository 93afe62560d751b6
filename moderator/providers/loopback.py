"""A one-shot HTTP listener on 127.0.0.1 that catches an OAuth redirect (RFC 8252, loopback).

The browser is sent to the platform's sign-in page with ``redirect_uri`` pointing here; the
platform sends it back with ``?code=…&state=…``. The listener answers that one request with a
short page, checks ``state`` (so a page elsewhere cannot push a code of its own), and closes.
It speaks just enough HTTP/1.1 for a browser's GET: no library, nothing kept open.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from urllib.parse import parse_qs, urlsplit

from moderator.errors import ModeratorError
from moderator.wording import Said

CALLBACK_PATH = "/callback"
#: how long a moderator may take on the sign-in page
DEFAULT_TIMEOUT = 300.0
_DONE_PAGE = (
    "<!doctype html><meta charset=utf-8><title>Moderator</title>"
    "<body style='font-family:sans-serif;margin:3em'><h2>{title}</h2><p>{text}</p></body>"
)


class LoopbackRedirect:
    """Listen on an ephemeral port; :meth:`wait_for_code` gives the code the browser brings."""

    def __init__(self) -> None:
        self.state = secrets.token_urlsafe(16)
        self._server: asyncio.Server | None = None
        self._result: asyncio.Future[str] | None = None
        self.port = 0

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{CALLBACK_PATH}"

    async def __aenter__(self) -> LoopbackRedirect:
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *_: object) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await self._server.wait_closed()
        if self._result is not None and not self._result.done():
            self._result.cancel()

    async def wait_for_code(self, patience: float = DEFAULT_TIMEOUT) -> str:
        assert self._result is not None, "use LoopbackRedirect as an async context manager"
        try:
            return await asyncio.wait_for(asyncio.shield(self._result), patience)
        except TimeoutError:
            raise ModeratorError(
                Said("The browser sign-in took too long; start it again when you are ready.")
            ) from None

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
            target = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")
            status, title, text = self._answer(target[1] if len(target) > 1 else "")
            await _reply(writer, status, title, text)
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, OSError):
            pass  # a half request (a browser's speculative connection): keep waiting
        finally:
            writer.close()

    def _answer(self, target: str) -> tuple[str, str, str]:
        """The reply to one request, settling the result when it is the redirect."""
        parts = urlsplit(target)
        if parts.path != CALLBACK_PATH:
            return "404 Not Found", "Not here", "This address only receives a sign-in."
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if query.get("state") != self.state:
            return "400 Bad Request", "Sign-in refused", "This answer was not for this sign-in."
        if "code" not in query:
            reason = query.get("error_description") or query.get("error") or "no code came back"
            self._settle(
                ModeratorError(Said("The sign-in was not completed: {reason}.", reason=reason))
            )
            return "400 Bad Request", "Sign-in not completed", reason
        self._settle(query["code"])
        return "200 OK", "Signed in", "You can close this tab and go back to Moderator."

    def _settle(self, outcome: str | BaseException) -> None:
        if self._result is None or self._result.done():
            return
        if isinstance(outcome, BaseException):
            self._result.set_exception(outcome)
        else:
            self._result.set_result(outcome)


async def _reply(writer: asyncio.StreamWriter, status: str, title: str, text: str) -> None:
    body = _DONE_PAGE.format(title=title, text=text).encode()
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    ).encode()
    writer.write(head + body)
    await writer.drain()
