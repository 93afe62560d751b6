"""The IBM Video fake on a loopback socket, its chat handoff, and the SDK driver."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from moderator.fakes.ibmvideo import IbmVideoFake
from moderator.fakes.server import FakeServer
from tests.sdk.chat import Chat, ibm_chat_init
from tests.sdk.node import Sdk, node_or_skip
from tests.sdk.wire import Wire


@pytest.fixture
def node() -> str:
    return node_or_skip()


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture
def served(wire: Wire) -> Iterator[tuple[IbmVideoFake, str]]:
    fake = IbmVideoFake(seed=11)
    fake.add_chatter(8)
    wire.record(fake)
    server = FakeServer([fake], rate=0)
    urls = server.start()
    try:
        yield fake, urls[fake.name]
    finally:
        server.stop()


@pytest.fixture
def chat(served: tuple[IbmVideoFake, str]) -> Chat:
    return ibm_chat_init(served[1])


@pytest.fixture
async def sdk(node: str, chat: Chat) -> AsyncIterator[Sdk]:
    driver = await Sdk.start(node)
    try:
        yield driver
    finally:
        await driver.close()
