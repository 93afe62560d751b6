"""The agent's sign-in as the LivePerson fake serves it: login, refresh, opening an agent
session, and the checks every later call passes (account, version, bearer).

Split from :mod:`moderator.fakes.liveperson.service` by concept: the chats live there.
"""

from __future__ import annotations

import random
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from moderator.fakes.liveperson.wire import link, lp_error

#: accounts live under this prefix (PROVIDERS.md E: https://{domain}/api/account/{acct})
API = "/api/account"
ACCOUNT = "56072331"
USERNAME = "agent.nick"
PASSWORD = "demo-password"
SESSION_TTL_MS = "28800000"


@dataclass
class _Login:
    csrf: str
    #: when it was issued or last refreshed (the fake's clock)
    touched: float


class AgentSignIn:
    """The sign-in half of the LivePerson fake (mixed into it: shares its lock, clock and
    record of issued secrets)."""

    lock: threading.RLock
    rng: random.Random
    clock: Callable[[], float]
    password: str
    idle_timeout: float | None
    refreshes: int
    _logins: dict[str, _Login]
    _sessions: dict[str, str]
    #: the fake service's record of every secret it issued
    remember: Callable[..., None]

    def _bearer_ok(self, bearer: str) -> bool:
        found = self._logins.get(bearer)
        if found is None:
            return False
        return self.idle_timeout is None or self.clock() - found.touched < self.idle_timeout

    def _account_error(self, request: Request) -> Response | None:
        if request.path_params["acct"] != ACCOUNT:
            return lp_error(404, "Account not found.", 1)
        if "v" not in request.query_params:
            return lp_error(400, "The v (API version) parameter is required.", 2)
        return None

    async def _login(self, request: Request) -> Response:
        error = self._account_error(request)
        if error is not None:
            return error
        try:
            body = await request.json()
            username, password = body["username"], body["password"]
        except (ValueError, KeyError, TypeError):
            return lp_error(400, "username and password are required.", 3)
        if (username, password) != (USERNAME, self.password):
            return lp_error(401, "Invalid username or password.", 10)
        bearer, csrf = secrets.token_urlsafe(24), secrets.token_urlsafe(12)
        self.remember(bearer, csrf)
        with self.lock:
            self._logins[bearer] = _Login(csrf, self.clock())
        return JSONResponse({"csrf": csrf, "bearer": bearer, "sessionTTl": SESSION_TTL_MS})

    async def _refresh(self, request: Request) -> Response:
        if request.path_params["acct"] != ACCOUNT:
            return lp_error(404, "Account not found.", 1)
        try:
            csrf = (await request.json())["csrf"]
        except (ValueError, KeyError, TypeError):
            return lp_error(400, "csrf is required.", 3)
        with self.lock:
            bearer = next((b for b, g in self._logins.items() if g.csrf == csrf), None)
            if bearer is None or not self._bearer_ok(bearer):
                return lp_error(401, "Authentication failed: the session is invalid or expired.")
            self._logins[bearer].touched = self.clock()
            self.refreshes += 1
        return JSONResponse({"csrf": csrf})

    async def _open_session(self, request: Request) -> Response:
        error = self._account_error(request)
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ")
        if error is None and not self._bearer_ok(bearer):
            error = lp_error(401, "Authentication failed: the session is invalid or expired.", 11)
        if error is not None:
            return error
        with self.lock:
            session = str(self.rng.randrange(10**9, 10**10))
            self._sessions[session] = bearer
        href = f"{self._base(request)}/agentSession/{session}"
        body = {"agentSessionLocation": {"link": link(href, "location")}}
        return JSONResponse(body, status_code=201)

    @staticmethod
    def _base(request: Request) -> str:
        """``https://{domain}/api/account/{acct}`` as the request reached us."""
        return f"{str(request.base_url).rstrip('/')}{API}/{request.path_params['acct']}"
