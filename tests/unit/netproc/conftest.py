"""A real network process, and fakes served on 127.0.0.1 for its clients to reach."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator

import pytest

from moderator.fakes.ibmvideo import IbmVideoFake
from moderator.fakes.prism import PrismFake
from moderator.netproc.process import NetworkProcess
from tests.harness import served

PATIENCE = 30.0


@pytest.fixture
def prism() -> Iterator[tuple[PrismFake, str]]:
    fake = PrismFake(seed=3, lives=1)
    fake.add_chatter(250)
    with served(fake) as url:
        yield fake, url


@pytest.fixture
def ibm() -> Iterator[tuple[IbmVideoFake, str]]:
    fake = IbmVideoFake(seed=5)
    fake.add_chatter(6)
    with served(fake) as url:
        yield fake, url


@pytest.fixture
async def network() -> AsyncIterator[NetworkProcess]:
    network = NetworkProcess(restart_gap=0)
    network.start()
    try:
        yield network
    finally:
        process = network.process
        network.stop()
        assert process is not None and not process.is_alive()


async def until(condition: Callable[[], bool], patience: float = PATIENCE) -> None:
    """Wait, while the loop runs, until ``condition()`` holds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + patience
    while not condition():
        if loop.time() > deadline:
            raise AssertionError("timed out waiting for a condition")
        await asyncio.sleep(0.01)
