"""``--demo``: every built-in fake served on 127.0.0.1 in this process, with synthetic chatter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from moderator.core.provider import ChatProvider, Connection
from moderator.fakes.base import FakeService
from moderator.fakes.registry import FAKES
from moderator.fakes.server import FakeServer
from moderator.providers import create_provider

#: the demo polls faster than a real deployment should, so the chat visibly moves
DEMO_POLL_SECONDS = 1.0
#: tabs per provider in the demo: two PRISM lives show several streams of one platform
DEMO_STREAMS = {"prism": 2}


@dataclass
class Demo:
    server: FakeServer
    fakes: list[FakeService]
    connections: list[Connection]

    def providers(self) -> list[ChatProvider]:
        providers = []
        for settings in self.connections:
            provider = create_provider(settings)
            provider.poll_interval = max(
                min(provider.poll_interval, DEMO_POLL_SECONDS), _floor(provider)
            )
            providers.append(provider)
        return providers

    def stop(self) -> None:
        self.server.stop()


def _floor(provider: ChatProvider) -> float:
    # a provider may document a minimum poll interval (LivePerson: 2 s); never go below it
    return float(getattr(provider, "min_poll_interval", 0.0))


def start_demo(
    *, rate: float = 1.0, backlog: int = 40, names: Sequence[str] | None = None, seed: int = 1
) -> Demo:
    """Start the fakes; ``rate`` is new messages a second in each stream."""
    fakes = [FAKES[name](seed=seed) for name in (names or list(FAKES))]
    for fake in fakes:
        fake.add_chatter(backlog * max(1, len(fake.connections("http://x"))))
    streams = {fake.name: len(fake.connections("http://x")) for fake in fakes}
    per_fake = max(streams.values(), default=1)
    server = FakeServer(fakes, rate=rate * per_fake)
    urls = server.start()
    connections = [
        c
        for fake in fakes
        for c in list(fake.connections(urls[fake.name]))[: DEMO_STREAMS.get(fake.name, 1)]
    ]
    return Demo(server, fakes, connections)
