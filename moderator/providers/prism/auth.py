"""PRISM sign-in through the browser: OAuth authorization code with a loopback redirect.

PROVIDERS.md documents the token call only. Where the browser signs in is not public, so the
authorize address is a setting whose default, ``{base_url}/prism/v1/service/oauth2/authorize``,
is an inference [I]. The code comes back to a one-shot listener on 127.0.0.1 and is traded at
``GET /oauth2/token?grant_type=authorization_code`` with the partner's client id and secret.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

import httpx
from pydantic import ValidationError

from moderator.errors import MalformedPayload, ModeratorError, ProviderError
from moderator.providers import http
from moderator.providers.loopback import DEFAULT_TIMEOUT, LoopbackRedirect
from moderator.providers.prism.client import PLATFORM, read_error
from moderator.providers.prism.schema import API, Envelope, Token
from moderator.wording import Said

#: the inferred [I] browser sign-in page, under the API's own address
AUTHORIZE_PATH = f"{API}/oauth2/authorize"


def authorize_address(base_url: str, authorize_url: str = "") -> str:
    return authorize_url.strip() or f"{base_url.rstrip('/')}{AUTHORIZE_PATH}"


def authorize_link(address: str, client_id: str, redirect_uri: str, state: str) -> str:
    query = urlencode(
        {
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": redirect_uri,
            "state": state,
        }
    )
    return f"{address}{'&' if '?' in address else '?'}{query}"


async def exchange_code(
    client: httpx.AsyncClient,
    *,
    client_id: str,
    client_secret: str,
    code: str,
    state: str,
    redirect_uri: str,
) -> Token:
    """Trade an authorization code for tokens; a refused code is a typed error."""
    response = await http.send(
        client,
        "GET",
        f"{API}/oauth2/token",
        platform=PLATFORM,
        read_error=read_error,
        headers={"x-prism-client-id": client_id, "x-prism-client-secret": client_secret},
        params={
            "grant_type": "authorization_code",
            "code": code,
            "state": state,
            "redirect_uri": redirect_uri,
        },
    )
    try:
        envelope = Envelope.model_validate(http.json_body(response, platform=PLATFORM))
        if envelope.failed():
            raise ProviderError(
                Said("PRISM refused the sign-in."), provider=PLATFORM, detail=envelope.error_text()
            )
        return Token.model_validate(envelope.data)
    except ValidationError as err:
        raise MalformedPayload(
            Said("PRISM answered the sign-in without tokens."), provider=PLATFORM
        ) from err


async def sign_in_with_browser(
    *,
    base_url: str,
    client_id: str,
    client_secret: str,
    open_browser: Callable[[str], object],
    authorize_url: str = "",
    transport: httpx.AsyncBaseTransport | None = None,
    patience: float = DEFAULT_TIMEOUT,
) -> Token:
    """Open the sign-in page, wait for the redirect, and trade its code for tokens."""
    if not (base_url.strip() and client_id.strip() and client_secret):
        raise ModeratorError(
            Said("Fill in the API address, client id and client secret before signing in.")
        )
    async with LoopbackRedirect() as redirect:
        address = authorize_address(base_url, authorize_url)
        open_browser(authorize_link(address, client_id, redirect.redirect_uri, redirect.state))
        code = await redirect.wait_for_code(patience)
    async with http.make_client(base_url, transport=transport) as client:
        return await exchange_code(
            client,
            client_id=client_id,
            client_secret=client_secret,
            code=code,
            state=redirect.state,
            redirect_uri=redirect.redirect_uri,
        )
