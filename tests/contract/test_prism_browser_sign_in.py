"""PRISM browser sign-in end to end: the fake's authorize page, a real loopback listener, the
code exchange, and a client that reads chat with the tokens it brought back."""

from __future__ import annotations

import asyncio
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from moderator.errors import InvalidRequest, ModeratorError
from moderator.fakelink import connections
from moderator.fakes.prism import PrismFake
from moderator.fakes.prism_auth import CLIENT_ID, CLIENT_SECRET
from moderator.providers.loopback import LoopbackRedirect
from moderator.providers.prism import PrismClient, PrismConnection
from moderator.providers.prism.auth import authorize_link, exchange_code, sign_in_with_browser
from tests.fake_browser import Browser

# literal paths from the providers' documentation (docs/providers.md), never the client's
# constants: a client that misreads them must fail against the fake
API = "/prism/v1/service"

BASE = "http://prism.test"


async def test_browser_sign_in_brings_back_tokens_that_read_chat() -> None:
    fake = PrismFake(seed=3)
    fake.add_chatter(5)
    browser = Browser(fake)
    token = await sign_in_with_browser(
        base_url=BASE,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        open_browser=browser,
        transport=httpx.ASGITransport(app=fake.app),
        patience=10,
    )
    query = parse_qs(urlsplit(browser.visited[0]).query)
    assert urlsplit(browser.visited[0]).path == f"{API}/oauth2/authorize"
    assert query["redirect_uri"][0].startswith("http://127.0.0.1:")
    values = dict(connections(fake, BASE)[0]) | {
        "access_token": token.access_token,
        "refresh_token": token.refresh_token,
    }
    client = PrismClient(PrismConnection.model_validate(values), httpx.ASGITransport(app=fake.app))
    try:
        assert (await client.fetch(None)).messages
    finally:
        await client.aclose()


async def test_a_redirect_with_another_state_is_refused_and_the_wait_goes_on() -> None:
    fake = PrismFake(seed=3)
    browser = Browser(fake, tamper={"state": "forged"})
    signing_in = asyncio.ensure_future(
        sign_in_with_browser(
            base_url=BASE,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            open_browser=browser,
            transport=httpx.ASGITransport(app=fake.app),
        )
    )
    await browser.followed.wait()
    assert browser.answer is not None and browser.answer.status_code == 400
    assert not signing_in.done()
    signing_in.cancel()
    with pytest.raises(asyncio.CancelledError):
        await signing_in


async def test_an_unknown_client_is_refused_by_the_authorize_page() -> None:
    fake = PrismFake(seed=3)
    async with (
        LoopbackRedirect() as redirect,
        httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app)) as page,
    ):
        link = authorize_link(f"{BASE}{API}/oauth2/authorize", "nobody", redirect.redirect_uri, "s")
        assert (await page.get(link)).status_code == 400


async def test_a_code_is_good_once_and_only_for_its_redirect() -> None:
    fake = PrismFake(seed=3)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=fake.app), base_url=BASE
    ) as client:
        link = authorize_link(f"{API}/oauth2/authorize", CLIENT_ID, "http://127.0.0.1:9/cb", "s")
        code = parse_qs(urlsplit((await client.get(link)).headers["location"]).query)["code"][0]
        headers = {"x-prism-client-id": CLIENT_ID, "x-prism-client-secret": CLIENT_SECRET}
        params = {"grant_type": "authorization_code", "code": code}
        elsewhere = await client.get(
            f"{API}/oauth2/token",
            headers=headers,
            params=params | {"redirect_uri": "http://127.0.0.1:8/cb"},
        )
        assert elsewhere.status_code == 400
        # the failed attempt used the code up, as a one-time code must be
        again = await client.get(
            f"{API}/oauth2/token",
            headers=headers,
            params=params | {"redirect_uri": "http://127.0.0.1:9/cb"},
        )
        assert again.status_code == 400


async def test_missing_client_details_are_asked_for_before_the_browser_opens() -> None:
    opened: list[str] = []
    with pytest.raises(ModeratorError, match="client id"):
        await sign_in_with_browser(
            base_url=BASE, client_id="", client_secret="x", open_browser=opened.append
        )
    assert not opened


async def test_a_refused_code_is_a_typed_error() -> None:
    fake = PrismFake(seed=3)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=fake.app), base_url=BASE
    ) as client:
        with pytest.raises(InvalidRequest):
            await exchange_code(
                client,
                client_id=CLIENT_ID,
                client_secret=CLIENT_SECRET,
                code="made-up",
                state="s",
                redirect_uri="http://127.0.0.1:9/cb",
            )
