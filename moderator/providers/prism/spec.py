"""PRISM Live Studio as the app sees it: signed in through the browser (OAuth)."""

from __future__ import annotations

from moderator.core.provider import BrowserOAuth, FormValues, ProviderSpec, Transport, UrlOpener
from moderator.providers.prism import auth
from moderator.providers.prism.client import PrismClient
from moderator.providers.prism.schema import PrismConnection


async def _browser_sign_in(
    values: FormValues, open_browser: UrlOpener, transport: Transport
) -> dict[str, str]:
    token = await auth.sign_in_with_browser(
        base_url=values.get("base_url", ""),
        client_id=values.get("client_id", ""),
        client_secret=values.get("client_secret", ""),
        authorize_url=values.get("authorize_url", ""),
        open_browser=open_browser,
        transport=transport,
    )
    return {"access_token": token.access_token, "refresh_token": token.refresh_token or ""}


SPEC = ProviderSpec(
    name=PrismClient.name,
    display_name="PRISM Live Studio",
    connection=PrismConnection,
    factory=PrismClient,
    capabilities=PrismClient.capabilities,
    unsupported=PrismClient.unsupported,
    sign_in=BrowserOAuth(
        button="Sign in with PRISM in the browser…",
        explain="Fill in the base URL, client ID and client secret below first. Your browser "
        "opens PRISM's sign-in page; the tokens come back here by themselves.",
        run=_browser_sign_in,
    ),
    intro="Sign in through the browser with your partner client id and secret, "
    "or paste tokens you already have.",
    poll_interval=PrismClient.poll_interval,
)
