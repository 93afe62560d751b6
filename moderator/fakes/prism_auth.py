"""PRISM's sign-in as the fake serves it: the token endpoint (authorization code and refresh
grants), the browser authorize page, access tokens with an expiry, and the PRISM envelope.

Split from :mod:`moderator.fakes.prism` by concept: the chat routes live there.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode, urlsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

CLIENT_ID = "demo-client"
CLIENT_SECRET = "demo-client-secret"
AUTH_CODE = "demo-auth-code"


def envelope(data: Any = None, status: int = 200) -> JSONResponse:
    body = {"success": True, "errorCode": 0, "errorName": None, "message": None, "data": data}
    return JSONResponse(body, status_code=status)


def failure(status: int, code: int, name: str, message: str) -> JSONResponse:
    body = {
        "success": False,
        "errorCode": code,
        "errorName": name,
        "message": message,
        "data": None,
    }
    return JSONResponse(body, status_code=status)


class PrismSignIn:
    """The sign-in half of the PRISM fake (mixed into it: shares its lock and secret record)."""

    lock: threading.RLock
    token_ttl: float

    #: the fake service's record of every secret it issued
    remember: Callable[..., None]

    def _init_sign_in(self) -> None:
        self._access: dict[str, float] = {}  # access token -> expiry (monotonic)
        self._refresh: set[str] = set()
        #: codes the authorize page handed out -> the redirect_uri they were sent to
        self._codes: dict[str, str] = {}

    def _issue(self) -> tuple[str, str]:
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        self.remember(access, refresh)
        self._access[access] = time.monotonic() + self.token_ttl
        self._refresh.add(refresh)
        return access, refresh

    def _authorized(self, request: Request) -> bool:
        expiry = self._access.get(request.headers.get("x-prism-access-token", ""))
        return expiry is not None and expiry > time.monotonic()

    async def _token(self, request: Request) -> Response:
        if (
            request.headers.get("x-prism-client-id"),
            request.headers.get("x-prism-client-secret"),
        ) != (
            CLIENT_ID,
            CLIENT_SECRET,
        ):
            return failure(401, 401, "INVALID_CLIENT", "Unknown client id or secret.")
        query = request.query_params
        grant = query.get("grant_type")
        if grant == "authorization_code":
            if not self._code_is_good(query.get("code", ""), query.get("redirect_uri")):
                return failure(400, 400, "INVALID_GRANT", "The authorization code is invalid.")
        elif grant == "refresh_token":
            # some translated pages name the parameter `token`: the service accepts both
            presented = query.get("refresh_token") or query.get("token") or ""
            with self.lock:
                if presented not in self._refresh:
                    return failure(400, 400, "INVALID_GRANT", "The refresh token is invalid.")
                self._refresh.discard(presented)
        else:
            return failure(
                400,
                400,
                "UNSUPPORTED_GRANT_TYPE",
                "grant_type must be authorization_code or refresh_token.",
            )
        with self.lock:
            access, refresh = self._issue()
        return envelope(
            {
                "access_token": access,
                "refresh_token": refresh,
                "expires_in": int(self.token_ttl),
                "token_type": "bearer",
            }
        )

    async def _authorize(self, request: Request) -> Response:
        """The browser sign-in page (undocumented, inferred [I]); the fake approves at once.

        A real page would ask the moderator to log in; this one checks what a real one must
        (the client, a loopback redirect, a code response) and redirects straight back.
        """
        query = request.query_params
        redirect_uri = query.get("redirect_uri", "")
        target = urlsplit(redirect_uri)
        if query.get("client_id") != CLIENT_ID:
            return failure(400, 400, "INVALID_CLIENT", "Unknown client id.")
        if target.scheme != "http" or target.hostname not in ("127.0.0.1", "localhost", "::1"):
            return failure(400, 400, "INVALID_REDIRECT_URI", "redirect_uri must be a loopback URL.")
        if query.get("response_type") != "code":
            return failure(400, 400, "UNSUPPORTED_RESPONSE_TYPE", "response_type must be code.")
        code = secrets.token_urlsafe(12)
        self.remember(code)
        with self.lock:
            self._codes[code] = redirect_uri
        answer = {"code": code, "state": query.get("state", "")}
        return RedirectResponse(f"{redirect_uri}?{urlencode(answer)}", status_code=302)

    def _code_is_good(self, code: str, redirect_uri: str | None) -> bool:
        """The fixed demo code, or a one-time code from the authorize page for that redirect."""
        if code == AUTH_CODE:
            return True
        with self.lock:
            sent_to = self._codes.pop(code, None)
        return sent_to is not None and redirect_uri == sent_to
