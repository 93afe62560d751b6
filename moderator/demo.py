"""``--demo``: every built-in fake served on 127.0.0.1, with synthetic chatter.

The app runs the fakes in a child process (:func:`spawn_demo`): in a thread of the app they
held the GIL about a third of the time and the chat stuttered. The child sends what the app
needs (connections, prefill values, replay cursors) over a pipe, then serves until told to stop
or until the pipe breaks: it never outlives the app, not even a crashed one.
:func:`start_demo` serves them in this process (screenshot tools, the child itself).
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection as Pipe
from typing import TYPE_CHECKING, Any

from moderator.core.models import StreamRef
from moderator.core.provider import ChatProvider, Connection

if TYPE_CHECKING:
    from moderator.fakes.base import FakeService

#: the demo polls faster than a real deployment should, so the chat visibly moves
DEMO_POLL_SECONDS = 1.0
#: tabs per provider in the demo; PRISM shows as many lives as asked (--demo-streams)
DEMO_STREAMS: dict[str, int | None] = {"prism": None}
#: the most backlog a fake other than PRISM gets: PRISM builds 100k messages in ~0.3 s and its
#: tabs replay them from the first; the LivePerson fake builds ~10k a second and shows chats,
#: not a backlog, so a big one would only delay the window
OTHER_BACKLOG = 2_000
#: seconds the app waits for the child's fakes to serve (a cold start of a loaded machine)
START_TIMEOUT = 60.0
#: how the demo builds a fake, where its test default would not look like a real site: a
#: directory site has many visitors in their own threads, a support desk's agents many chats
#: open; with the test defaults' three threads and eight chats each visitor wrote about a line
#: a second at ``--demo-rate 3``, which is a flood (the starter rules held them all)
DEMO_FAKE_OPTIONS: dict[str, dict[str, int]] = {
    "brilliant": {"threads": 12},
    "liveperson": {"open_chats": 24},
}


@dataclass
class Demo:
    """What the app needs of the running fakes; ``stop`` ends them."""

    connections: list[Connection]
    example_values: dict[str, dict[str, str]]
    #: stream key -> a cursor that replays that stream's backlog from its first message
    cursors: dict[str, str]
    #: new messages a second per stream; with none coming, providers keep their own pacing
    rate: float = 1.0
    stopper: Callable[[], None] = field(default=lambda: None, repr=False, compare=False)
    #: the demo's https picture server: its address and the certificate only the demo trusts
    pictures: DemoPictures | None = None

    def providers(
        self, create: Callable[[Connection], ChatProvider] | None = None
    ) -> list[ChatProvider]:
        """A client for each of the demo's streams, made by ``create`` (the app's network
        process), else in this process."""
        from moderator.providers import create_provider

        providers = []
        for settings in self.connections:
            provider = (create or create_provider)(settings)
            if self.rate > 0:
                provider.poll_interval = max(
                    min(provider.poll_interval, DEMO_POLL_SECONDS), _floor(provider)
                )
            providers.append(provider)
        return providers

    def examples(self) -> dict[str, dict[str, str]]:
        """Values that prefill the connect dialog: each fake's last stream, credentials shown
        (they are made up), so connecting one more stream in the demo takes one click."""
        return self.example_values

    def cursor_for(self, provider: ChatProvider) -> str | None:
        """Where a demo tab starts reading: the whole backlog where the fake can replay it."""
        return self.cursors.get(provider.stream.key)

    def stop(self) -> None:
        self.stopper()


@dataclass(frozen=True)
class DemoPictures:
    """Pictures in the demo come from 127.0.0.1 over https, under a certificate made for it."""

    cert_pem: bytes
    #: provider -> allowed picture hosts (the demo's server only)
    hosts: dict[str, list[str]]


def _floor(provider: ChatProvider) -> float:
    # a provider may document a minimum poll interval (LivePerson: 2 s); never go below it
    from moderator.providers import REGISTRY

    return REGISTRY[provider.name].min_poll_interval


def start_demo(
    *,
    rate: float = 1.0,
    backlog: int = 40,
    names: Sequence[str] | None = None,
    seed: int = 1,
    prism_lives: int = 2,
) -> Demo:
    """Serve the fakes in this process; ``rate`` is new messages a second in each stream."""
    from moderator.fakelink import connections
    from moderator.fakes.picture_server import PictureServer
    from moderator.fakes.prism import PrismFake
    from moderator.fakes.server import FakeServer

    fakes = demo_fakes(names, seed=seed, prism_lives=prism_lives)
    pictures = PictureServer().start()
    for fake in fakes:
        fake.picture_base = pictures.base_url + f"/{fake.name}"
    for fake in fakes:
        count = backlog * max(1, len(fake.credentials("http://x")))
        fake.add_chatter(count if isinstance(fake, PrismFake) else min(count, OTHER_BACKLOG))
    server = FakeServer(fakes, rate=feed_rate(fakes, rate))
    urls = server.start()
    settings = [
        c
        for fake in fakes
        for c in list(connections(fake, urls[fake.name]))[: DEMO_STREAMS.get(fake.name, 1)]
    ]
    examples: dict[str, dict[str, str]] = {}
    cursors: dict[str, str] = {}
    for fake in fakes:
        info = fake.describe(urls[fake.name])
        values = {k: str(v) for k, v in info["connections"][-1].items() if v is not None}
        sign_in = info.get("otp_sign_in") or {}
        if sign_in:
            values["email"] = str(sign_in["email"])
            values["code_hint"] = f"the demo's code is {sign_in['code']}"
        examples[fake.name] = values
        if isinstance(fake, PrismFake):
            for stream_id in fake.lives:
                cursor = fake.replay_cursor(stream_id)
                if cursor is not None:
                    cursors[StreamRef(fake.name, stream_id).key] = cursor

    def stop() -> None:
        server.stop()
        pictures.stop()

    seen = DemoPictures(pictures.cert_pem, {fake.name: ["127.0.0.1"] for fake in fakes})
    return Demo(settings, examples, cursors, rate, stop, seen)


def demo_fakes(names: Sequence[str] | None, *, seed: int, prism_lives: int) -> list[FakeService]:
    """The fakes the demo serves, built as :data:`DEMO_FAKE_OPTIONS` says."""
    from moderator.fakes.prism import PrismFake
    from moderator.fakes.registry import FAKES

    return [
        PrismFake(seed=seed, lives=prism_lives)
        if name == "prism"
        else FAKES[name](seed=seed, **DEMO_FAKE_OPTIONS.get(name, {}))
        for name in (names or list(FAKES))
    ]


def feed_rate(fakes: Sequence[FakeService], rate: float) -> float:
    """New lines a second into each fake, for ``rate`` a second in each of its streams."""
    streams = [len(fake.credentials("http://x")) for fake in fakes]
    return rate * max(streams, default=1)


#: what runs in the child: serves, sends a :class:`Demo` over the pipe, stops on the next word
ChildMain = Callable[[Pipe, dict[str, Any]], None]


class DemoProcess:
    """The demo's fakes in a child process; :meth:`ready` gives the :class:`Demo` to wire."""

    def __init__(self, target: ChildMain | None = None, **options: Any) -> None:
        context = multiprocessing.get_context("spawn")  # no fork of a process running Qt
        self._pipe, child_end = context.Pipe()
        self.process = context.Process(
            target=target or serve_child,
            args=(child_end, options),
            name="moderator-demo",
            daemon=True,
        )
        self.process.start()
        child_end.close()  # only the child holds it now: its end breaks when the child dies

    async def ready(self, patience: float = START_TIMEOUT) -> Demo:
        """The running fakes, once the child serves them (without blocking the loop)."""
        deadline = time.monotonic() + patience
        while not self._pipe.poll():
            if not self.process.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("The demo's fake platforms did not start.")
            await asyncio.sleep(0.02)
        try:
            demo: Demo = self._pipe.recv()
        except (EOFError, OSError) as err:  # the child died before it served
            self.stop()
            raise RuntimeError("The demo's fake platforms did not start.") from err
        demo.stopper = self.stop
        return demo

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self._pipe.send("stop")
        self.process.join(timeout=10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self._pipe.close()


def _nothing() -> None:
    pass


def spawn_demo(**options: Any) -> DemoProcess:
    """Start the fakes in a child process (see :func:`start_demo` for ``options``)."""
    return DemoProcess(**options)


def serve_child(pipe: Pipe, options: dict[str, Any]) -> None:
    """The child: serve, report, and stop when the app says so or its end of the pipe breaks."""
    serve_until_told(pipe, start_demo(**options))


def serve_until_told(pipe: Pipe, demo: Demo) -> None:
    """Send ``demo`` to the app, then wait for "stop" or a broken pipe (the app has gone)."""
    stop, demo.stopper = demo.stopper, _nothing  # the app's copy stops the child instead
    pipe.send(demo)
    with contextlib.suppress(EOFError, OSError):
        pipe.recv()
    stop()
