"""The benchmark's fake platforms, served from a child process (never the measured app's).

Started through :class:`moderator.demo.DemoProcess` with :func:`serve` as its target. Each fake
gets its own server (its own chat rate, per stream); PRISM stamps ``messageAt`` to the
microsecond, so the app side can time each message from its creation to its painted row (the
real PRISM sends seconds; only the benchmark's copy is changed).
"""

from __future__ import annotations

from datetime import datetime
from multiprocessing.connection import Connection as Pipe
from typing import Any

from moderator.core.models import StreamRef
from moderator.demo import Demo, serve_until_told
from moderator.fakelink import connections
from moderator.fakes import prism as prism_fake
from moderator.fakes.prism import PrismFake
from moderator.fakes.registry import FAKES
from moderator.fakes.server import FakeServer

#: (provider name, new messages a second in its stream, messages already there)
Plan = list[tuple[str, float, int]]


class StampedPrism(PrismFake):
    def post(self, live: Any, who: Any, text: str) -> dict[str, Any]:
        message = super().post(live, who, text)
        message["messageAt"] = datetime.now(prism_fake.KST).isoformat(timespec="microseconds")
        return message


def start(plan: Plan) -> Demo:
    servers, settings, cursors = [], [], {}
    for name, rate, backlog in plan:
        fake = StampedPrism(seed=7, lives=1) if name == "prism" else FAKES[name](seed=7)
        streams = max(1, len(fake.credentials("http://x")))
        fake.add_chatter(backlog * streams)
        # a fake spreads its chatter over its streams; the benchmark opens the first
        server = FakeServer([fake], rate=rate * streams)
        url = server.start()[name]
        connection = connections(fake, url)[0]
        settings.append(connection)
        if isinstance(fake, PrismFake):
            cursor = fake.replay_cursor(connection.stream_id())
            if cursor is not None:
                cursors[StreamRef(name, connection.stream_id()).key] = cursor
        servers.append(server)

    def stop() -> None:
        for server in servers:
            server.stop()

    return Demo(settings, {}, cursors, 0.0, stop)


def serve(pipe: Pipe, options: dict[str, Any]) -> None:
    serve_until_told(pipe, start(options["plan"]))
