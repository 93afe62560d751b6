"""Allmine's envelope, token refresh and e-mail code (OTP) sign-in.

Errors always come as ``{isSuccess:false, statusCode, data:null, errors:[…], timestamp}``.
Successes come wrapped as ``{isSuccess:true, data}`` (auth) or bare (chat), so a body is only
unwrapped when it carries ``isSuccess``. A connect dialog signs in with :func:`request_otp`
then :func:`verify_otp`, and keeps the tokens with :func:`connection_from_tokens`.
"""

from __future__ import annotations

from typing import Any

import httpx
from pydantic import SecretStr, ValidationError

from moderator.errors import AuthExpired, InvalidRequest, MalformedPayload, ProviderError
from moderator.providers import http
from moderator.providers.allmine.schema import API, AllmineConnection, Envelope, Tokens
from moderator.wording import Said

PLATFORM = "Allmine"


def read_error(response: httpx.Response) -> str:
    """The platform's own words from an error envelope (its ``errors`` list)."""
    try:
        return Envelope.model_validate(response.json()).error_text()
    except (ValueError, ValidationError):
        return response.text[:200]


def unwrap(body: Any) -> Any:
    """``data`` of a wrapped answer, or the body itself when it is bare."""
    if not isinstance(body, dict) or "isSuccess" not in body:
        return body
    try:
        envelope = Envelope.model_validate(body)
    except ValidationError as err:
        raise MalformedPayload(
            Said("Allmine sent an answer in an unexpected shape."), provider=PLATFORM
        ) from err
    if not envelope.isSuccess:
        raise ProviderError(
            Said("Allmine refused the request."), provider=PLATFORM, detail=envelope.error_text()
        )
    return envelope.data


def read_tokens(response: httpx.Response) -> Tokens:
    try:
        return Tokens.model_validate(unwrap(http.json_body(response, platform=PLATFORM)))
    except ValidationError as err:
        raise MalformedPayload(
            Said("Allmine answered the sign-in without tokens."),
            provider=PLATFORM,
            detail=Said("{count} problems", count=err.error_count()),
        ) from err


async def refresh(client: httpx.AsyncClient, refresh_token: str) -> Tokens:
    """Trade a refresh token for new tokens (``POST /auth/refresh``); errors are typed."""
    response = await http.send(
        client,
        "POST",
        f"{API}/auth/refresh",
        platform=PLATFORM,
        read_error=read_error,
        json={"refreshToken": refresh_token},
    )
    return read_tokens(response)


async def request_otp(
    base_url: str, email: str, *, transport: httpx.AsyncBaseTransport | None = None
) -> None:
    """Ask Allmine to e-mail a sign-in code to ``email``."""
    async with http.make_client(base_url, transport=transport) as client:
        response = await http.send(
            client,
            "POST",
            f"{API}/auth/send-otp-email",
            platform=PLATFORM,
            read_error=read_error,
            json={"email": email},
        )
        unwrap(http.json_body(response, platform=PLATFORM))


async def verify_otp(
    base_url: str, email: str, code: str, *, transport: httpx.AsyncBaseTransport | None = None
) -> Tokens:
    """Sign in with the e-mailed code; a wrong or stale code is an :class:`InvalidRequest`."""
    async with http.make_client(base_url, transport=transport) as client:
        try:
            response = await http.send(
                client,
                "POST",
                f"{API}/auth/verify-otp-email",
                platform=PLATFORM,
                read_error=read_error,
                json={"email": email, "code": code.strip()},
            )
        except AuthExpired as err:
            raise InvalidRequest(
                Said("Allmine did not accept that code. Check it, or ask for a new one."),
                provider=PLATFORM,
                detail=err.detail,
            ) from err
        return read_tokens(response)


def connection_from_tokens(
    base_url: str, stream_id: str, tokens: Tokens, *, label: str = ""
) -> AllmineConnection:
    """The settings a signed-in dialog saves for one stream."""
    return AllmineConnection(
        base_url=base_url,
        live_stream_id=stream_id,
        access_token=SecretStr(tokens.accessToken),
        refresh_token=SecretStr(tokens.refreshToken) if tokens.refreshToken else None,
        label=label,
    )
