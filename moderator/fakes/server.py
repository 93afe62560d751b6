"""Serve fakes on 127.0.0.1 from a background thread, with chatter on a timer."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from collections.abc import Sequence

import uvicorn

from moderator.fakes.base import FakeService
from moderator.fakes.faults import DroppedConnection

log = logging.getLogger(__name__)
BUSY_TICK = 0.02
QUIET_TICK = 0.25


class _HideInjectedDrops(logging.Filter):
    """A connection the fault injector dropped on purpose is no error worth a traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, DroppedConnection)


logging.getLogger("uvicorn.error").addFilter(_HideInjectedDrops())


def bind_loopback(port: int = 0) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # inherited by accepted connections: without it, a response's body waits for the client's
    # delayed ACK of its headers, ~40 ms on every keep-alive request (2,000 msg/s at most)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


class FakeServer:
    """Runs fakes on loopback ports in one thread; ``rate`` chat messages a second each."""

    def __init__(
        self, fakes: Sequence[FakeService], *, rate: float = 1.0, ports: Sequence[int] = ()
    ) -> None:
        self.fakes = list(fakes)
        self.rate = rate
        self._sockets = [
            bind_loopback(ports[i] if i < len(ports) else 0) for i in range(len(self.fakes))
        ]
        self.urls = {
            fake.name: f"http://127.0.0.1:{sock.getsockname()[1]}"
            for fake, sock in zip(self.fakes, self._sockets, strict=True)
        }
        self._servers: list[uvicorn.Server] = []
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="fake-servers", daemon=True)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None

    def start(self) -> dict[str, str]:
        self._thread.start()
        self._ready.wait(timeout=10)
        return self.urls

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(timeout=10)

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted (the standalone ``serve`` command)."""
        asyncio.run(self._main())

    def _run(self) -> None:
        asyncio.run(self._main())

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        for fake in self.fakes:
            config = uvicorn.Config(fake.app, lifespan="off", log_level="warning", access_log=False)
            server = uvicorn.Server(config)
            self._servers.append(server)
        tasks = [
            asyncio.ensure_future(s.serve(sockets=[sock]))
            for s, sock in zip(self._servers, self._sockets, strict=True)
        ]
        pump = asyncio.ensure_future(self._pump())
        while not all(s.started for s in self._servers):  # noqa: ASYNC110 (uvicorn has no event)
            await asyncio.sleep(0.01)
        self._ready.set()
        try:
            await self._stop.wait()
        finally:
            pump.cancel()
            for server in self._servers:
                server.should_exit = True
            await asyncio.gather(*tasks, return_exceptions=True)

    async def _pump(self) -> None:
        loop = asyncio.get_running_loop()
        # chat comes in bursts at high rates: add what the elapsed time owes, not one per tick;
        # ``rate`` may change while serving (a soak starts the chatter once sessions are up)
        last = loop.time()
        owed = 0.0
        while True:
            # a quiet fake wakes a few times a second only (idle CPU of the demo counts it)
            await asyncio.sleep(BUSY_TICK if self.rate > 0 else QUIET_TICK)
            now = loop.time()
            owed += (now - last) * max(0.0, self.rate)
            last = now
            count = int(owed)
            if count:
                owed -= count
                for fake in self.fakes:
                    with fake.lock:
                        fake.add_chatter(count)
