"""The agent's side of the LivePerson legacy Chat Agent API: logging in, opening an agent
session, refreshing it, and every call made under it (a 401 signs in anew once).

Split from :mod:`moderator.providers.liveperson.client` by concept: the client reads and
answers chats; this keeps it signed in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from pydantic import ValidationError

from moderator.errors import (
    AuthExpired,
    MalformedPayload,
    NotFound,
    PermissionDenied,
    ProviderError,
    ProviderUnavailable,
    RateLimited,
    SignedOut,
)
from moderator.providers import http
from moderator.providers.auth import after_renewal
from moderator.providers.liveperson.schema import (
    CHAT_PARAMS,
    LOGIN_VERSION,
    MIN_RATE_LIMIT_WAIT,
    AgentSessionCreated,
    ErrorBody,
    LivePersonConnection,
    Login,
    Refreshed,
)
from moderator.wording import Said

log = logging.getLogger(__name__)
PLATFORM = "LivePerson"


def floor_rate_limit(err: ProviderError) -> ProviderError:
    """LivePerson asks for at least a second after a 429, whatever the header says."""
    if not isinstance(err, RateLimited) or err.retry_after >= MIN_RATE_LIMIT_WAIT:
        return err
    return RateLimited(
        Said(
            "{platform} asks us to slow down; trying again in {seconds} s.",
            platform=PLATFORM,
            seconds=1,
        ),
        retry_after=MIN_RATE_LIMIT_WAIT,
        provider=PLATFORM,
        detail=err.detail,
    )


def read_error(response: httpx.Response) -> str:
    try:
        return ErrorBody.model_validate(response.json()).text()
    except (ValueError, ValidationError):
        return response.text[:200]


@dataclass(slots=True)
class _Tokens:
    bearer: str
    csrf: str
    refreshed_at: float

    def __repr__(self) -> str:  # never show a token, even in a debugger or a log line
        return "_Tokens(…)"


class AgentSession:
    """Signing in and calling under the agent session (mixed into the client)."""

    _settings: LivePersonConnection
    _account: str
    _tokens: _Tokens | None
    _agent_session: str | None
    _sender: http.Sender
    clock: Callable[[], float]

    # -- signing in --------------------------------------------------------------------------

    async def _sign_in(self) -> None:
        """Log in and open a new agent session (after a 401 too [I]).

        The old session stays in place until the new one is open, so requests running
        meanwhile fail over to the new one instead of going to no session at all.
        """
        credentials = {
            "username": self._settings.username,
            "password": self._settings.password.get_secret_value(),
        }
        try:
            response = await self._send(
                "POST",
                f"{self._account}/login",
                auth=False,
                params={"v": LOGIN_VERSION},
                json=credentials,
            )
        except (AuthExpired, PermissionDenied) as err:
            raise SignedOut(
                Said("LivePerson did not accept the user name or password."),
                provider=PLATFORM,
                detail=err.detail,
            ) from err
        login = self._model(Login, response)
        self._tokens = _Tokens(login.bearer, login.csrf, self.clock())
        await self._open_agent_session()

    async def _open_agent_session(self) -> None:
        try:
            response = await self._send(
                "POST", f"{self._account}/agentSession", params=CHAT_PARAMS, json={"loginData": ""}
            )
        except AuthExpired as err:
            # the login just before proved the password: a bearer refused at once expired while
            # signing in (or the platform hiccuped), so sign in anew on the next try; taken for
            # "signed out", it stopped the stream until the moderator signed in by hand
            raise ProviderUnavailable(
                Said("LivePerson refused the new session; trying again."),
                provider=PLATFORM,
                detail=err.detail,
            ) from err
        created = self._model(AgentSessionCreated, response)
        self._agent_session = self._path_of(created.agentSessionLocation.href())
        log.info("LivePerson agent session opened for %s", self._settings.stream_id())

    async def _refresh_if_due(self) -> None:
        tokens = self._tokens
        if tokens is None or self._agent_session is None:
            await self._sign_in()
            return
        if self.clock() - tokens.refreshed_at < self._settings.refresh_interval:
            return
        try:
            response = await self._send(
                "POST", f"{self._account}/refresh", json={"csrf": tokens.csrf}
            )
        except AuthExpired:
            await self._sign_in()
            return
        fresh = self._model(Refreshed, response) if response.content.strip() else Refreshed()
        tokens.bearer = fresh.bearer or tokens.bearer
        tokens.csrf = fresh.csrf or tokens.csrf
        tokens.refreshed_at = self.clock()

    # -- plumbing ----------------------------------------------------------------------------

    async def _chat_json(self, method: str, path: str, model: type[Any], **kwargs: Any) -> Any:
        return self._model(model, await self._chat_call(method, path, **kwargs))

    async def _chat_call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """A call under the agent session; on 401 sign in anew once, then give up."""
        await self._refresh_if_due()
        params = {**CHAT_PARAMS, **kwargs.pop("params", {})}
        used = self._agent_session
        try:
            return await self._send(method, f"{used}{path}", params=params, **kwargs)
        except AuthExpired:
            log.info("LivePerson session expired; signing in again")
            await self._sign_in()
        except NotFound:
            if self._agent_session == used:
                raise
            # another request signed in anew meanwhile: the old agent session is gone, not
            # the chat (a send failed here for good before)
        return await after_renewal(
            lambda: self._send(method, f"{self._agent_session}{path}", params=params, **kwargs),
            platform=PLATFORM,
            refused_again=Said("LivePerson rejected the new session too; trying again."),
        )

    async def _send(
        self, method: str, url: str, *, auth: bool = True, **kwargs: Any
    ) -> httpx.Response:
        headers = {"Content-Type": "application/json"}
        return await self._sender(method, url, signed=auth, headers=headers, **kwargs)

    def _bearer(self) -> dict[str, str]:
        tokens = self._tokens
        return {} if tokens is None else {"Authorization": f"Bearer {tokens.bearer}"}

    def _path_of(self, href: str | None) -> str:
        """The path of a link LivePerson gave us.

        Only the path is used, against the configured server: the bearer token is never sent
        to a host named inside a response.
        """
        path = httpx.URL(href).path if href else ""
        if not path.startswith(f"{self._account}/"):
            raise MalformedPayload(
                Said("LivePerson sent a link outside this account."), provider=PLATFORM
            )
        return path.rstrip("/")

    @staticmethod
    def _model(model: type[Any], response: httpx.Response) -> Any:
        try:
            return model.model_validate(http.json_body(response, platform=PLATFORM))
        except ValidationError as err:
            raise MalformedPayload(
                Said("LivePerson sent an answer in an unexpected shape."),
                provider=PLATFORM,
                detail=Said(
                    "{what}: {count} problems", what=model.__name__, count=err.error_count()
                ),
            ) from err
