"""No secret of a connection travels in a URL (proxies and servers log URLs, error pages echo
them), except where the platform itself wants it there: PRISM's refresh token (a query
parameter of its token endpoint, PROVIDERS.md A)."""

from __future__ import annotations

import httpx
import pytest
from pydantic import SecretStr
from starlette.types import Receive, Scope, Send

from moderator.fakelink import connections
from moderator.fakes.base import FakeService
from moderator.fakes.registry import FAKES
from moderator.providers import create_provider

BASE = "http://urls.test"
#: (provider, path ending) where a platform documents a secret in the query
ALLOWED = {("prism", "/oauth2/token")}


class Urls:
    def __init__(self, fake: FakeService) -> None:
        self.fake = fake
        self.seen: list[tuple[str, str]] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            query = scope.get("query_string", b"").decode("latin-1")
            self.seen.append((scope["path"], query))
        await self.fake.app(scope, receive, send)


@pytest.mark.parametrize("name", sorted(FAKES))
async def test_no_secret_in_any_url(name: str) -> None:
    fake = FAKES[name](seed=9)
    fake.add_chatter(5)
    settings = connections(fake, BASE)[0]
    secrets = [
        value.get_secret_value()
        for value in (getattr(settings, field) for field in type(settings).model_fields)
        if isinstance(value, SecretStr) and len(value.get_secret_value()) >= 4
    ]
    assert secrets  # the check means something
    app = Urls(fake)
    provider = create_provider(settings, httpx.ASGITransport(app=app))
    try:
        await provider.connect()
        page = await provider.fetch(None)
        await provider.fetch(page.cursor)
    finally:
        await provider.aclose()
    assert app.seen
    for path, query in app.seen:
        if (name, path[-len("/oauth2/token") :]) in ALLOWED:
            continue
        for secret in secrets:
            assert secret not in path and secret not in query, f"{name}: a secret in {path}"
