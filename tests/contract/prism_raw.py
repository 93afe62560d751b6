"""A plain httpx client signed in to the PRISM fake, for contract tests that speak the wire
format themselves (literal paths and bodies from the docs, no client of ours in between)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

import httpx

from moderator.fakes.prism import PrismFake

BASE = "http://prism.test"


@contextlib.asynccontextmanager
async def raw_client(fake: PrismFake) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=fake.app), base_url=BASE
    ) as client:
        client.headers["x-prism-access-token"] = fake.access_token
        yield client
