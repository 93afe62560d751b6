"""The Stream Chat websocket over a real loopback socket (ASGITransport has no websockets)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Iterator
from typing import cast

import pytest

from moderator.core.events import MessagesArrived, MessageUpdated, ProviderEvent
from moderator.core.session import StreamSession
from moderator.errors import ProviderUnavailable
from moderator.fakelink import connections
from moderator.fakes.ibmvideo import IbmVideoFake
from moderator.fakes.server import FakeServer
from moderator.providers.ibmvideo import IbmVideoClient

TIMEOUT = 10.0


@pytest.fixture
def served() -> Iterator[tuple[IbmVideoFake, str]]:
    fake = IbmVideoFake(seed=5)
    fake.add_chatter(6)
    server = FakeServer([fake], rate=0)
    urls = server.start()
    try:
        yield fake, urls[fake.name]
    finally:
        server.stop()


@pytest.fixture
async def client(served: tuple[IbmVideoFake, str]) -> AsyncIterator[IbmVideoClient]:
    fake, url = served
    provider = IbmVideoClient(connections(fake, url)[0], silence_timeout=TIMEOUT)
    await provider.connect()
    try:
        yield provider
    finally:
        await provider.aclose()


def channel_ids(fake: IbmVideoFake, client: IbmVideoClient) -> list[str]:
    with fake.lock:
        return [m["id"] for m in fake.channels[client.stream.stream_id].messages]


async def next_event(events: AsyncIterator[ProviderEvent]) -> ProviderEvent:
    return await asyncio.wait_for(anext(events), TIMEOUT)


async def read_until_it_fails(events: AsyncIterator[ProviderEvent]) -> None:
    while True:
        await next_event(events)


async def test_listen_watches_then_pushes_new_messages(
    served: tuple[IbmVideoFake, str], client: IbmVideoClient
) -> None:
    fake, _ = served
    events = cast(AsyncGenerator[ProviderEvent, None], client.listen())
    first = await next_event(events)  # the watch query's page, right after health.check
    assert isinstance(first, MessagesArrived)
    assert [m.id for m in first.messages] == channel_ids(fake, client)
    fake.add_chatter(1)
    pushed = await next_event(events)
    assert isinstance(pushed, MessagesArrived)
    assert [m.id for m in pushed.messages] == channel_ids(fake, client)[-1:]
    await client.delete(pushed.messages[0])
    deleted = await next_event(events)
    assert isinstance(deleted, MessageUpdated)
    assert deleted.message.is_deleted
    await events.aclose()


async def test_a_dropped_socket_ends_listen_with_unavailable(
    served: tuple[IbmVideoFake, str], client: IbmVideoClient
) -> None:
    fake, _ = served
    events = client.listen()
    await next_event(events)
    fake.drop_sockets()
    with pytest.raises(ProviderUnavailable, match="dropped"):
        await read_until_it_fails(events)


async def test_silence_ends_listen_with_unavailable(served: tuple[IbmVideoFake, str]) -> None:
    fake, url = served
    # no health checks of ours, so the fake stays silent after its first frame
    quiet = IbmVideoClient(connections(fake, url)[0], health_interval=60, silence_timeout=0.2)
    await quiet.connect()
    events = quiet.listen()
    await next_event(events)
    with pytest.raises(ProviderUnavailable, match="said nothing"):
        await next_event(events)
    await quiet.aclose()


class Recorder:
    """Collects a session's events and wakes a waiting test on each one."""

    def __init__(self) -> None:
        self.arrived: list[str] = []
        self._changed = asyncio.Event()

    def __call__(self, event: ProviderEvent) -> None:
        if isinstance(event, MessagesArrived):
            self.arrived += [m.id for m in event.messages]
        self._changed.set()

    async def until(self, condition: Callable[[], bool]) -> None:
        async with asyncio.timeout(TIMEOUT):
            while not condition():
                self._changed.clear()
                await self._changed.wait()


async def test_a_session_sees_no_gap_and_no_duplicate_across_a_reconnect(
    served: tuple[IbmVideoFake, str], client: IbmVideoClient
) -> None:
    fake, _ = served
    recorder = Recorder()

    async def no_wait(_: float) -> None:
        await asyncio.sleep(0)

    session = StreamSession(client, recorder, sleep=no_wait)
    session.start()
    try:
        await recorder.until(lambda: recorder.arrived == channel_ids(fake, client))
        fake.add_chatter(4)  # over the socket
        await recorder.until(lambda: recorder.arrived == channel_ids(fake, client))
        fake.drop_sockets()
        fake.add_chatter(6)  # while the socket is down or coming back: REST catches up
        await recorder.until(lambda: recorder.arrived == channel_ids(fake, client))
        fake.add_chatter(4)  # over the new socket
        await recorder.until(lambda: recorder.arrived == channel_ids(fake, client))
    finally:
        await session.stop()
    assert fake.hub.opened >= 2
    assert len(recorder.arrived) == len(set(recorder.arrived))
