"""The proxy and a real network process against fakes served on 127.0.0.1: the same chat as an
in-process client, the platform's errors and state, and a child that dies mid-run."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from moderator.catalog import build_services
from moderator.core.delivery import SEND, deliver
from moderator.core.outcome import Outcome
from moderator.core.provider import Capability, ChatProvider
from moderator.errors import NotFound, ProviderUnavailable
from moderator.fakelink import connections
from moderator.fakes.faults import FaultKind
from moderator.fakes.ibmvideo import IbmVideoFake
from moderator.fakes.prism import PrismFake
from moderator.netproc.process import NetworkProcess
from moderator.providers import REGISTRY, create_provider
from moderator.storage.outbox import Outbox
from moderator.wording import Said
from tests.unit.netproc.conftest import until

LOST = "The connection to the network process was lost."


async def test_the_proxy_reads_what_an_in_process_client_reads(
    network: NetworkProcess, prism: tuple[PrismFake, str]
) -> None:
    fake, url = prism
    settings = connections(fake, url)[0]
    proxy = network.create(REGISTRY["prism"], settings)
    local = create_provider(settings)
    try:
        assert isinstance(proxy, ChatProvider)
        assert proxy.stream.key == local.stream.key  # known before the child says anything
        assert (await proxy.connect()) == (await local.connect())
        cursor_p = cursor_l = None
        for _ in range(3):
            page_p, page_l = await proxy.fetch(cursor_p), await local.fetch(cursor_l)
            assert page_p == page_l
            cursor_p, cursor_l = page_p.cursor, page_l.cursor
        # what connect taught the client, answered here without asking the child
        assert proxy.account_id == local.account_id is not None
        assert proxy.stream == local.stream  # the live's real title, learned at connect
        assert proxy.capabilities == local.capabilities
        assert proxy.unsupported_reason(Capability.MARK_READ) == local.unsupported_reason(
            Capability.MARK_READ
        )
        assert network.process is not None and network.process.pid != os.getpid()
    finally:
        await proxy.aclose()
        await local.aclose()


async def test_a_platform_error_reaches_the_moderator_as_the_client_said_it(
    network: NetworkProcess, prism: tuple[PrismFake, str]
) -> None:
    fake, url = prism
    settings = connections(fake, url)[0].model_copy(update={"live_id": "424242"})
    proxy = network.create(REGISTRY["prism"], settings)
    local = create_provider(settings)
    with pytest.raises(NotFound) as far:
        await proxy.connect()
    with pytest.raises(NotFound) as near:
        await local.connect()
    assert far.value.sentence() == near.value.sentence()
    assert isinstance(far.value.sentence(), Said)
    assert vars(far.value) == vars(near.value)
    await proxy.aclose()
    await local.aclose()


async def test_a_killed_child_fails_the_call_in_flight_and_the_next_call_recovers(
    network: NetworkProcess, prism: tuple[PrismFake, str]
) -> None:
    fake, url = prism
    proxy = network.create(REGISTRY["prism"], connections(fake, url)[0])
    await proxy.connect()
    first = await proxy.fetch(None)
    fake.faults.kinds, fake.faults.delay, fake.faults.rate = frozenset({FaultKind.TIMEOUT}), 30, 1
    hanging = asyncio.ensure_future(proxy.fetch(first.cursor))
    await until(lambda: bool(fake.faults.injected))  # the child's request hangs at the fake
    old = network.process
    assert old is not None
    old.kill()
    with pytest.raises(ProviderUnavailable) as lost:
        await asyncio.wait_for(hanging, 10)
    assert lost.value.transient and lost.value.sentence().template == LOST  # type: ignore[attr-defined]
    fake.faults.rate = 0
    fake.add_chatter(5)
    second = await asyncio.wait_for(proxy.fetch(first.cursor), 30)  # a new child, connected again
    assert network.starts == 2 and network.process is not old and not old.is_alive()
    assert [m.text for m in second.messages] == fake.texts(proxy.stream.stream_id)[-5:]
    assert proxy.account_id is not None
    await proxy.aclose()


async def test_a_send_whose_answer_died_with_the_child_waits_in_the_outbox_and_goes_once(
    network: NetworkProcess, prism: tuple[PrismFake, str], tmp_path: Path
) -> None:
    fake, url = prism
    proxy = network.create(REGISTRY["prism"], connections(fake, url)[0])
    await proxy.connect()
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    entry = outbox.add_send(proxy.stream.key, "hello from the outbox")
    fake.faults.kinds, fake.faults.delay, fake.faults.rate = frozenset({FaultKind.TIMEOUT}), 30, 1
    going = asyncio.ensure_future(deliver(proxy, outbox, entry, already_arrived=lambda *_: False))
    await until(lambda: bool(fake.faults.injected))
    assert network.process is not None
    network.process.kill()
    first = await asyncio.wait_for(going, 10)
    assert first.outcome is Outcome.WAITING  # unknown, as after a timeout: it waits
    assert [e.kind for e in outbox.waiting(proxy.stream.key)] == [SEND]
    fake.faults.rate = 0
    texts = fake.texts(proxy.stream.stream_id)
    [waiting] = outbox.waiting(proxy.stream.key)
    arrived = lambda text, _at: text in texts  # noqa: E731
    again = await deliver(proxy, outbox, waiting, already_arrived=arrived)
    assert again.outcome is Outcome.DONE
    assert fake.texts(proxy.stream.stream_id).count("hello from the outbox") == 1
    assert outbox.waiting(proxy.stream.key) == []
    outbox.close()
    await proxy.aclose()


async def test_renewed_tokens_are_relayed_and_a_new_child_starts_from_them(
    network: NetworkProcess, prism: tuple[PrismFake, str]
) -> None:
    fake, url = prism
    proxy = network.create(REGISTRY["prism"], connections(fake, url)[0])
    renewed: list[tuple[str, str]] = []
    proxy.on_tokens = lambda access, refresh: renewed.append((access, refresh))
    await proxy.connect()
    fake.expire_tokens()
    first = await proxy.fetch(None)
    assert len(renewed) == 1, "the renewal never reached the app (storage saves it)"
    access = proxy.settings.access_token.get_secret_value()  # type: ignore[attr-defined]
    assert access == renewed[0][0]
    assert network.process is not None
    network.process.kill()
    await until(lambda: not network.running)
    fake.add_chatter(3)
    second = await asyncio.wait_for(proxy.fetch(first.cursor), 30)
    # the old access token was expired and its refresh token spent: only the renewed ones work
    assert len(second.messages) == 3 and len(renewed) == 1
    await proxy.aclose()


async def test_capabilities_narrowed_at_connect_are_learned_from_the_child(
    network: NetworkProcess, ibm: tuple[IbmVideoFake, str]
) -> None:
    fake, url = ibm
    settings = connections(fake, url)[0]
    proxy = network.create(REGISTRY["ibmvideo"], settings)
    local = create_provider(settings)
    await proxy.connect()
    await local.connect()
    assert (proxy.capabilities, proxy.account, proxy.stream) == (
        local.capabilities,
        getattr(local, "account", ""),
        local.stream,
    )
    assert proxy.retry_schedule == tuple(getattr(local, "retry_schedule", ()))
    await local.aclose()
    await proxy.aclose()


async def test_realtime_events_cross_and_a_dead_child_ends_listen_as_lost(
    network: NetworkProcess, ibm: tuple[IbmVideoFake, str]
) -> None:
    fake, url = ibm
    proxy = network.create(REGISTRY["ibmvideo"], connections(fake, url)[0])
    await proxy.connect()
    events = proxy.listen()
    first = await asyncio.wait_for(anext(events), 20)
    assert getattr(first, "messages", None)
    fake.add_chatter(1)
    pushed = await asyncio.wait_for(anext(events), 20)
    assert [m.text for m in getattr(pushed, "messages", ())] != []
    assert network.process is not None
    network.process.kill()
    with pytest.raises(ProviderUnavailable, match="network process"):
        await asyncio.wait_for(anext(events), 10)
    await proxy.aclose()


async def test_the_demo_poll_floor_still_applies_through_the_child(
    network: NetworkProcess, prism: tuple[PrismFake, str]
) -> None:
    fake, url = prism
    services = build_services(poll_floor=0.25, network=network)
    proxy = services.create(connections(fake, url)[0])
    assert proxy.poll_interval == 0.25  # the demo's pace, here and in the child
    await proxy.connect()
    await proxy.fetch(None)
    assert proxy.poll_interval == 0.25
    assert network.process is not None
    network.process.kill()
    await until(lambda: not network.running)
    await proxy.fetch(None)  # a new child's client, given what the app set
    assert network.starts == 2 and proxy.poll_interval == 0.25
    await proxy.aclose()


async def test_what_the_client_changes_after_the_app_set_it_is_learned(
    network: NetworkProcess, ibm: tuple[IbmVideoFake, str]
) -> None:
    fake, url = ibm
    settings = connections(fake, url)[0]
    fake.channels[settings.stream_id()].read_events = False  # connect narrows MARK_READ away
    proxy = network.create(REGISTRY["ibmvideo"], settings)
    assert Capability.MARK_READ in proxy.capabilities
    proxy.capabilities = proxy.capabilities  # set to what it already is
    await until(lambda: not proxy._unseen)  # the child showed it applied
    local = create_provider(settings)
    await proxy.connect()
    await local.connect()
    assert proxy.capabilities == local.capabilities  # narrowed by connect, not stuck
    assert Capability.MARK_READ not in proxy.capabilities
    assert proxy.unsupported_reason(Capability.MARK_READ) == local.unsupported_reason(
        Capability.MARK_READ
    )
    await local.aclose()
    await proxy.aclose()


def dies_at_once(_pipe: object, _options: object) -> None:
    raise SystemExit(3)


async def test_a_child_that_dies_as_it_starts_is_not_spawned_again_at_every_call(
    prism: tuple[PrismFake, str],
) -> None:
    fake, url = prism
    network = NetworkProcess(target=dies_at_once, restart_gap=60)
    proxy = network.create(REGISTRY["prism"], connections(fake, url)[0])
    for _ in range(3):
        with pytest.raises(ProviderUnavailable, match="network process"):
            await asyncio.wait_for(proxy.connect(), 30)
    assert network.starts == 1
    network.stop()
