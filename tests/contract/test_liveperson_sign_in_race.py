"""LivePerson: a bearer that expires between the login and the agent session it opens.

The login proved the password, so the refused agent session is the platform's hiccup (or an
expiry racing the sign-in): a transient error, after which the client signs in anew.
It used to raise AuthExpired there, which the session takes for "signed out, ask the moderator":
the fault test saw the session stop for good when its credentials expired mid sign-in.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from starlette.types import Receive, Scope, Send

from moderator.fakelink import connections
from moderator.fakes.liveperson import LivePersonFake
from moderator.providers.liveperson import LivePersonClient


class ExpiringAfterLogin:
    """The fake, except that the next ``times`` logins are expired as soon as they answer."""

    def __init__(self, fake: LivePersonFake) -> None:
        self.fake = fake
        self.times = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.fake.app(scope, receive, send)
        if scope["type"] == "http" and scope["path"].endswith("/login") and self.times > 0:
            self.times -= 1
            self.fake.expire_bearers()


@pytest.fixture
def fake() -> LivePersonFake:
    service = LivePersonFake(seed=3, ringing=2)
    service.add_chatter(6)
    return service


@pytest.fixture
async def racing(
    fake: LivePersonFake,
) -> AsyncIterator[tuple[LivePersonClient, ExpiringAfterLogin]]:
    app = ExpiringAfterLogin(fake)
    client = LivePersonClient(connections(fake, "http://lp.test")[0], httpx.ASGITransport(app=app))
    try:
        yield client, app
    finally:
        await client.aclose()


async def test_the_first_sign_in_racing_an_expiry_is_retried_not_signed_out(
    racing: tuple[LivePersonClient, ExpiringAfterLogin], fake: LivePersonFake
) -> None:
    client, app = racing
    app.times = 1
    page = await client.fetch(None)  # the refused session is retried within the read
    assert app.times == 0, "the race did not happen"
    assert {m.text for m in page.messages} == set(fake.texts(client.stream.stream_id)) - {""}


async def test_a_new_sign_in_racing_an_expiry_is_retried_and_loses_nothing(
    racing: tuple[LivePersonClient, ExpiringAfterLogin], fake: LivePersonFake
) -> None:
    client, app = racing
    page = await client.fetch(None)
    fake.expire_bearers()  # the next read signs in again, and that login expires at once too
    app.times = 1
    fake.add_chatter(4)
    again = await client.fetch(page.cursor)
    assert app.times == 0, "the race did not happen"
    shown = set(fake.texts(client.stream.stream_id)) - {""}
    assert shown == {m.text for m in page.messages + again.messages}
