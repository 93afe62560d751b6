"""IBM Video's half: ``POST /oauth2/token`` and ``GET /channels/{id}/chat.json`` (seed 002).

Error bodies are ``{"error": "<value from the seed's table>", "error_description": "…"}``:
IBM documents the values but not the shape, so the shape is inferred [I].
"""

from __future__ import annotations

import base64
import binascii
import time
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from moderator.fakes.ibmvideo.common import AUTH_CODE, CLIENT_ID, CLIENT_SECRET, json_response
from moderator.fakes.ibmvideo.platform import Platform

GRANTS = ("client_credentials", "authorization_code", "refresh_token")


def ibm_error(
    status: int, value: str, description: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = {"error": value, "error_description": description}
    return json_response(body, status, headers)


def basic_auth(request: Request) -> tuple[str, str] | None:
    scheme, _, encoded = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, _, password = base64.b64decode(encoded).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return user, password


async def url_form(request: Request) -> dict[str, str] | None:
    """The form fields (the last of each name); None unless the body is form-urlencoded."""
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return None
    pairs = parse_qsl((await request.body()).decode(errors="replace"), keep_blank_values=True)
    return dict(pairs)


def ibm_routes(fake: Platform) -> list[Route]:
    async def token(request: Request) -> Response:
        form = await url_form(request)
        if form is None:
            return ibm_error(400, "invalid_request", "The body must be form-urlencoded.")
        grant = form.get("grant_type", "")
        if grant not in GRANTS:
            return ibm_error(400, "unsupported_grant_type", f"grant_type must be one of {GRANTS}")
        credentials = basic_auth(request)
        client_ok = credentials == (CLIENT_ID, CLIENT_SECRET) and not fake.client_revoked
        if not client_ok or form.get("client_id") != CLIENT_ID:
            return ibm_error(401, "invalid_client", "Unknown client, or a wrong secret.")
        with fake.lock:
            if grant == "refresh_token":
                presented = form.get("refresh_token", "")
                if presented not in fake.refresh:
                    return ibm_error(400, "invalid_grant", "The refresh token is not valid.")
                fake.refresh.discard(presented)
            elif grant == "authorization_code" and form.get("code") != AUTH_CODE:
                return ibm_error(400, "invalid_grant", "The authorization code is not valid.")
            access, refresh = fake.issue_access()
        return json_response(
            {
                "access_token": access,
                "refresh_token": refresh,
                "token_type": "bearer",
                "expires_in": 86400,
            }
        )

    async def chat_json(request: Request) -> Response:
        allowed, limits = fake.limiter.hit(f"ibm:{request.headers.get('authorization')}")
        if fake.outage:
            return PlainTextResponse("Service Unavailable", 503)
        if not allowed:
            return ibm_error(429, "too_many_requests", "Rate limit exceeded.", limits)
        scheme, _, presented = request.headers.get("authorization", "").partition(" ")
        expiry = fake.access.get(presented) if scheme.lower() == "bearer" else None
        if expiry is None or expiry <= time.monotonic():
            return ibm_error(
                401, "invalid_token", "The access token is missing, revoked or expired.", limits
            )
        channel = fake.channels.get(request.path_params["channel_id"])
        if channel is None:
            return ibm_error(404, "not_found", "Channel not found.", limits)
        if not channel.benefit:
            return ibm_error(
                402, "invalid_request", "The user does not have the streamchat benefit.", limits
            )
        if not channel.owned:
            return ibm_error(
                403, "lack_of_ownership", "The API user may not manage this channel.", limits
            )
        return json_response(fake.chat_init(channel, str(request.base_url)), headers=limits)

    return [
        Route("/oauth2/token", token, methods=["POST"]),
        Route("/channels/{channel_id}/chat.json", chat_json, methods=["GET"]),
    ]
