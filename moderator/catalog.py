"""What the UI is told about the providers: part of the composition root.

Builds :class:`moderator.ui.services.ConnectServices` from the registry: each provider's
connection model and name, its sign-in flow (PRISM in the browser, Allmine by e-mailed code),
and a provider factory. A transport is injected here, never in the UI: the tests pass an
ASGI transport to a fake, the app passes none.
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from moderator.core.provider import ChatProvider, Connection
from moderator.errors import ModeratorError
from moderator.providers import REGISTRY, create_provider
from moderator.providers.allmine import auth as allmine_auth
from moderator.providers.prism import auth as prism_auth
from moderator.ui.services import (
    BrowserSignIn,
    CodeSignIn,
    ConnectServices,
    FormValues,
    ProviderChoice,
    UrlOpener,
)

INTROS: Mapping[str, str] = {
    "prism": "Sign in through the browser with your partner client id and secret, "
    "or paste tokens you already have.",
    "allmine": "Sign in with a code Allmine e-mails you, then name the live stream.",
    "ibmvideo": "Use an API client id and secret from the IBM Video dashboard.",
    "brilliant": "Use the site's address and an API key; Test connection checks the key.",
    "liveperson": "Sign in as an agent: account number, user name and password.",
}


def build_services(
    transport: httpx.AsyncBaseTransport | None = None,
    examples: Mapping[str, Mapping[str, str]] | None = None,
    *,
    poll_floor: float | None = None,
) -> ConnectServices:
    """Everything the connect dialog needs; ``examples`` prefill it (the demo's fakes)."""
    examples = examples or {}
    choices = [
        ProviderChoice(
            name=spec.name,
            display_name=spec.display_name,
            connection=spec.connection,
            intro=INTROS.get(spec.name, ""),
            sign_in=_sign_in(spec.name, transport, examples.get(spec.name, {})),
            example=dict(examples.get(spec.name, {})),
        )
        for spec in REGISTRY.values()
    ]

    def create(settings: Connection) -> ChatProvider:
        provider = create_provider(settings, transport)
        if poll_floor is not None:  # the demo polls faster, never below a provider's minimum
            floor = float(getattr(provider, "min_poll_interval", 0.0))
            provider.poll_interval = max(min(provider.poll_interval, poll_floor), floor)
        return provider

    return ConnectServices(choices, create)


def _sign_in(
    name: str, transport: httpx.AsyncBaseTransport | None, example: Mapping[str, str]
) -> BrowserSignIn | CodeSignIn | None:
    if name == "prism":
        return _prism_sign_in(transport)
    if name == "allmine":
        return _allmine_sign_in(transport, example)
    return None


def _prism_sign_in(transport: httpx.AsyncBaseTransport | None) -> BrowserSignIn:
    async def run(values: FormValues, open_browser: UrlOpener) -> dict[str, str]:
        token = await prism_auth.sign_in_with_browser(
            base_url=values.get("base_url", ""),
            client_id=values.get("client_id", ""),
            client_secret=values.get("client_secret", ""),
            authorize_url=values.get("authorize_url", ""),
            open_browser=open_browser,
            transport=transport,
        )
        return {"access_token": token.access_token, "refresh_token": token.refresh_token or ""}

    return BrowserSignIn(
        button="Sign in with PRISM in the browser…",
        explain="Fill in the base URL, client ID and client secret below first. Your browser "
        "opens PRISM's sign-in page; the tokens come back here by themselves.",
        run=run,
    )


def _allmine_sign_in(
    transport: httpx.AsyncBaseTransport | None, example: Mapping[str, str]
) -> CodeSignIn:
    def base_url(values: FormValues) -> str:
        url = values.get("base_url", "")
        if not url:
            raise ModeratorError("Fill in the Allmine API address first.")
        return url

    async def send_code(values: FormValues, email: str) -> None:
        await allmine_auth.request_otp(base_url(values), email, transport=transport)

    async def verify(values: FormValues, email: str, code: str) -> dict[str, str]:
        tokens = await allmine_auth.verify_otp(base_url(values), email, code, transport=transport)
        return {"access_token": tokens.accessToken, "refresh_token": tokens.refreshToken or ""}

    return CodeSignIn(
        explain="Type your e-mail address and press Send code, then type the code from the "
        "e-mail and press Sign in: the tokens are filled in below.",
        send_code=send_code,
        verify=verify,
        example_email=example.get("email", ""),
        code_hint=example.get("code_hint", ""),
    )
