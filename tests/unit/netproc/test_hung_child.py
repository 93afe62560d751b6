"""A network process that stops answering (stopped, or its loop stuck) while calls wait for it
is asked whether it is there, then replaced: the calls in flight fail as lost, as if it had
died, and the next call starts a new child. A child that is only slow (a platform that takes
long) answers the question and is left alone."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
from collections.abc import AsyncIterator

import pytest

from moderator.core.provider import ChatProvider, Page
from moderator.errors import ProviderUnavailable
from moderator.fakelink import connections
from moderator.fakes.faults import FaultKind
from moderator.fakes.prism import PrismFake
from moderator.netproc.process import NetworkProcess
from moderator.providers import REGISTRY
from tests.unit.netproc.conftest import until

HUNG_AFTER = 1.5


@contextlib.asynccontextmanager
async def quick_to_suspect(
    prism: tuple[PrismFake, str],
) -> AsyncIterator[tuple[NetworkProcess, ChatProvider, Page]]:
    """A network process that takes ``HUNG_AFTER`` s of silence for a hang, a connected PRISM
    client in it, and its first page."""
    fake, url = prism
    network = NetworkProcess(restart_gap=0, hung_after=HUNG_AFTER)
    network.start()
    proxy = network.create(REGISTRY["prism"], connections(fake, url)[0])
    try:
        await proxy.connect()
        yield network, proxy, await proxy.fetch(None)
    finally:
        await proxy.aclose()
        network.stop()


async def test_a_stopped_child_is_replaced_and_the_next_call_works(
    prism: tuple[PrismFake, str],
) -> None:
    fake, _url = prism
    async with quick_to_suspect(prism) as (network, proxy, first):
        old = network.process
        assert old is not None and old.pid is not None
        os.kill(old.pid, signal.SIGSTOP)  # alive, but never answers again
        with pytest.raises(ProviderUnavailable, match="network process"):
            await asyncio.wait_for(proxy.fetch(first.cursor), HUNG_AFTER * 10)
        assert not old.is_alive()
        fake.add_chatter(3)
        again = await asyncio.wait_for(proxy.fetch(first.cursor), 30)
        assert network.starts == 2 and len(again.messages) == 3


async def test_a_slow_platform_is_not_taken_for_a_hung_child(
    prism: tuple[PrismFake, str],
) -> None:
    fake, _url = prism
    async with quick_to_suspect(prism) as (network, proxy, first):
        # the fake holds the request far longer than the child may stay silent
        fake.faults.kinds, fake.faults.delay = frozenset({FaultKind.TIMEOUT}), HUNG_AFTER * 3
        fake.faults.rate = 1
        slow = asyncio.ensure_future(proxy.fetch(first.cursor))
        await until(lambda: bool(fake.faults.injected))
        fake.faults.rate = 0
        # the platform's answer, or the client's own time limit: never "the network process"
        [outcome] = await asyncio.wait_for(asyncio.gather(slow, return_exceptions=True), 60)
        assert "network process" not in str(outcome)
        assert network.starts == 1
