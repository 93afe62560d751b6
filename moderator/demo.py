"""``--demo``: every built-in fake served on 127.0.0.1 in this process, with synthetic chatter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from moderator.core.provider import ChatProvider, Connection
from moderator.fakelink import connections
from moderator.fakes.base import FakeService
from moderator.fakes.prism import PrismFake
from moderator.fakes.registry import FAKES
from moderator.fakes.server import FakeServer
from moderator.providers import REGISTRY, create_provider

#: the demo polls faster than a real deployment should, so the chat visibly moves
DEMO_POLL_SECONDS = 1.0
#: tabs per provider in the demo; PRISM shows as many lives as asked (--demo-streams)
DEMO_STREAMS: dict[str, int | None] = {"prism": None}
#: the most backlog a fake other than PRISM gets: PRISM builds 100k messages in ~0.3 s and its
#: tabs replay them from the first; the LivePerson fake builds ~10k a second and shows chats,
#: not a backlog, so a big one would only delay the window (a background thread filling it
#: starved the app of the GIL)
OTHER_BACKLOG = 2_000


@dataclass
class Demo:
    server: FakeServer
    fakes: list[FakeService]
    connections: list[Connection]

    #: new messages a second per stream; with none coming, providers keep their own pacing
    rate: float = 1.0

    def providers(self) -> list[ChatProvider]:
        providers = []
        for settings in self.connections:
            provider = create_provider(settings)
            if self.rate > 0:
                provider.poll_interval = max(
                    min(provider.poll_interval, DEMO_POLL_SECONDS), _floor(provider)
                )
            providers.append(provider)
        return providers

    def examples(self) -> dict[str, dict[str, str]]:
        """Values that prefill the connect dialog: each fake's last stream, credentials shown
        (they are made up), so connecting one more stream in the demo takes one click."""
        examples: dict[str, dict[str, str]] = {}
        for fake in self.fakes:
            info = fake.describe(self.server.urls[fake.name])
            values = {k: str(v) for k, v in info["connections"][-1].items() if v is not None}
            sign_in = info.get("otp_sign_in") or {}
            if sign_in:
                values["email"] = str(sign_in["email"])
                values["code_hint"] = f"the demo's code is {sign_in['code']}"
            examples[fake.name] = values
        return examples

    def cursor_for(self, provider: ChatProvider) -> str | None:
        """Where a demo tab starts reading: the whole backlog where the fake can replay it."""
        for fake in self.fakes:
            if isinstance(fake, PrismFake) and provider.name == fake.name:
                return fake.replay_cursor(provider.stream.stream_id)
        return None

    def stop(self) -> None:
        self.server.stop()


def _floor(provider: ChatProvider) -> float:
    # a provider may document a minimum poll interval (LivePerson: 2 s); never go below it
    return REGISTRY[provider.name].min_poll_interval


def start_demo(
    *,
    rate: float = 1.0,
    backlog: int = 40,
    names: Sequence[str] | None = None,
    seed: int = 1,
    prism_lives: int = 2,
) -> Demo:
    """Start the fakes; ``rate`` is new messages a second in each stream."""
    fakes = [
        PrismFake(seed=seed, lives=prism_lives) if name == "prism" else FAKES[name](seed=seed)
        for name in (names or list(FAKES))
    ]
    for fake in fakes:
        count = backlog * max(1, len(fake.credentials("http://x")))
        fake.add_chatter(count if isinstance(fake, PrismFake) else min(count, OTHER_BACKLOG))
    streams = {fake.name: len(fake.credentials("http://x")) for fake in fakes}
    per_fake = max(streams.values(), default=1)
    server = FakeServer(fakes, rate=rate * per_fake)
    urls = server.start()
    settings = [
        c
        for fake in fakes
        for c in list(connections(fake, urls[fake.name]))[: DEMO_STREAMS.get(fake.name, 1)]
    ]
    return Demo(server, fakes, settings, rate)
