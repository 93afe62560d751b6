"""The Stream Chat REST layer that IBM Video hands its chat off to (PROVIDERS.md C)."""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from pydantic import ValidationError

from moderator.errors import (
    AuthExpired,
    InvalidRequest,
    MalformedPayload,
    NotFound,
    PermissionDenied,
    ProviderError,
)
from moderator.providers import http
from moderator.providers.auth import renewing
from moderator.providers.ibmvideo.pacing import EndpointLimiter, endpoint_of
from moderator.providers.ibmvideo.schema import ChannelState, ChatInit, StreamErrorBody
from moderator.wording import Said

PLATFORM = "Stream Chat"
_CODE = re.compile(r"^code (\d+): ")

#: Stream's error codes -> (type, sentence); 9 (rate limit) keeps the status-derived RateLimited
STREAM_ERRORS: dict[int, tuple[type[ProviderError], Said]] = {
    4: (InvalidRequest, Said("Stream Chat rejected the request as invalid.")),
    5: (AuthExpired, Said("Stream Chat did not accept the chat token.")),
    16: (NotFound, Said("Stream Chat could not find it; it may have been removed.")),
    17: (
        PermissionDenied,
        Said("Stream Chat does not allow this account to do that; it needs moderator rights."),
    ),
    40: (AuthExpired, Said("The Stream Chat token has expired.")),
    70: (PermissionDenied, Said("This account has no access to the channel on Stream Chat.")),
}


def read_error(response: httpx.Response) -> str:
    """``"code N: message"``, the code first so :func:`refine` can find it."""
    try:
        body = StreamErrorBody.model_validate(response.json())
    except (ValueError, ValidationError):
        return response.text[:200]
    return f"code {body.code}: {body.message}" if body.code is not None else body.message


def refine(err: ProviderError) -> ProviderError:
    match = _CODE.match(err.detail)
    known = STREAM_ERRORS.get(int(match.group(1))) if match else None
    if known is None:
        return err
    kind, sentence = known
    return kind(sentence, provider=PLATFORM, detail=err.detail)


def user_id_of(token: str) -> str:
    """The ``user_id`` claim of a Stream user token (read, not verified: only Stream can)."""
    try:
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        user_id = claims["user_id"]
    except (IndexError, ValueError, KeyError, TypeError, binascii.Error) as err:
        raise MalformedPayload(
            Said("IBM Video handed out a chat token without a user id, which Stream Chat refuses."),
            provider=PLATFORM,
        ) from err
    return str(user_id)


class StreamApi:
    """Stream Chat REST calls for one channel; renews the user token through IBM on a 401."""

    def __init__(self, client: httpx.AsyncClient, renew: Callable[[], Awaitable[ChatInit]]) -> None:
        self._http = client
        self._renew = renew
        self._sender = http.Sender(client, platform=PLATFORM, read_error=read_error, refine=refine)
        self._init: ChatInit | None = None
        self.user_id = ""
        self.limiter = EndpointLimiter(platform=PLATFORM)

    def use(self, init: ChatInit) -> None:
        """Take the Stream address, key, channel and user token from a chat initialization."""
        self.user_id = user_id_of(init.user.token)
        self._init = init

    @property
    def init(self) -> ChatInit:
        if self._init is None:
            raise RuntimeError("connect() first")
        return self._init

    @property
    def channel_path(self) -> str:
        data = self.init.stream_data
        return f"/channels/{data.channel_type}/{data.channel_id}"

    async def query(self, messages: dict[str, Any], connection_id: str = "") -> ChannelState:
        body: dict[str, Any] = {"state": True, "messages": messages}
        params: dict[str, str] = {}
        if connection_id:
            # in the URL, the way Stream's own SDKs send it (the docs allow the body too)
            body["watch"] = True
            params["connection_id"] = connection_id
        raw = await self.call("POST", f"{self.channel_path}/query", json=body, params=params)
        try:
            return ChannelState.model_validate(raw)
        except ValidationError as err:
            raise MalformedPayload(
                Said("Stream Chat sent the channel in an unexpected shape."),
                provider=PLATFORM,
                detail=Said("{count} problems", count=err.error_count()),
            ) from err

    async def call(self, method: str, path: str, **kwargs: Any) -> Any:
        """One request; on a 401 a fresh user token from IBM, retried once."""

        async def renew(_rejected: AuthExpired) -> None:
            self.use(await self._renew())

        return await renewing(
            lambda: self._send(method, path, **kwargs),
            renew,
            platform=PLATFORM,
            refused_again=Said("Stream Chat rejected a freshly issued chat token; trying again."),
        )

    async def _send(self, method: str, path: str, **kwargs: Any) -> Any:
        init = self.init
        await self.limiter.acquire(endpoint_of(method, path, self.channel_path))
        # api_key and user_id on every request, as Stream's SDKs send them
        params = {**kwargs.pop("params", {}), "api_key": init.stream_data.api_key}
        params["user_id"] = self.user_id
        # the token of the chat initialization this request was addressed with
        headers = {"Authorization": init.user.token, "stream-auth-type": "jwt"}
        url = init.stream_data.api_base_url.rstrip("/") + path
        response = await self._sender(method, url, params=params, headers=headers, **kwargs)
        return http.json_body(response, platform=PLATFORM) if response.content else {}
