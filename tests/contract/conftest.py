from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from moderator.core.provider import ChatProvider
from moderator.fakelink import connections
from moderator.fakes.base import FakeService
from moderator.fakes.registry import FAKES
from moderator.providers import create_provider

BACKLOG = 10


@pytest.fixture(params=sorted(FAKES))
def fake(request: pytest.FixtureRequest) -> FakeService:
    service = FAKES[request.param](seed=7)
    service.add_chatter(BACKLOG)
    return service


@pytest.fixture
async def provider(fake: FakeService) -> AsyncIterator[ChatProvider]:
    settings = connections(fake, "http://fake.test")[0]
    client = create_provider(settings, httpx.ASGITransport(app=fake.app))
    try:
        yield client
    finally:
        await client.aclose()
