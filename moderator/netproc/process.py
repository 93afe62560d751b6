"""The one child process every stream's client lives in, seen from the app.

The pipe is read with the loop's ``add_reader``, never from a thread (the GIL): a reply wakes
the loop like a socket would. A dead child (killed, crashed) fails every call in flight with a
transient :func:`~.wire.lost` error, as a timeout would: the session retries and an action whose
answer was lost goes back to the outbox as unknown, to be sent again only once the chat shows it
did not get through. The next call starts a new child and creates every open stream's client in
it again (:meth:`~.proxy.ProviderProxy.creation`).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import multiprocessing
import time
from collections.abc import AsyncIterator, Callable
from multiprocessing.connection import Connection as Pipe
from typing import Any

from moderator.core.events import ProviderEvent
from moderator.core.provider import Connection, ProviderSpec
from moderator.netproc import wire
from moderator.netproc.channel import Channel
from moderator.netproc.proxy import ProviderProxy

log = logging.getLogger(__name__)
#: seconds a child must have lived before a death starts another at once: one that dies as it
#: starts (a broken install) must not be spawned again at every poll
RESTART_GAP = 1.0
#: seconds without a word from the child, while calls wait for it, before it is asked whether
#: it is still there (a page, an event, a log line or an answer all count as a word)
ASK_AFTER = 10.0
#: seconds without a word before the child is taken for hung (stopped, or its loop stuck) and
#: replaced: every call in flight fails as lost, as if it had died, and the next starts anew
HUNG_AFTER = 30.0

Target = Callable[[Pipe, dict[str, Any]], None]


class NetworkProcess:
    """The one child process every stream's client lives in."""

    def __init__(
        self,
        *,
        target: Target | None = None,
        log_level: str = "WARNING",
        restart_gap: float = RESTART_GAP,
        hung_after: float = HUNG_AFTER,
    ) -> None:
        self._target = target
        self.restart_gap = restart_gap
        self.hung_after = hung_after
        #: when the child last said anything (``time.monotonic``)
        self._heard_at = 0.0
        self._watch: asyncio.TimerHandle | None = None
        self._options: dict[str, Any] = {"log_level": log_level}
        self._ids = itertools.count(1)
        self._calls: dict[int, tuple[asyncio.Future[Any], ProviderProxy]] = {}
        self._listeners: dict[int, tuple[asyncio.Queue[tuple[str, Any]], ProviderProxy]] = {}
        self._proxies: dict[int, ProviderProxy] = {}
        self._pipe: Channel | None = None
        self.process: multiprocessing.process.BaseProcess | None = None
        self._started_at = 0.0
        #: children started so far (the first one included)
        self.starts = 0
        #: the CA bundle the clients trust besides certifi's (the ca_bundle setting)
        self.ca_bundle: Callable[[], str] = lambda: ""

    # -- the child ---------------------------------------------------------------------------

    def start(self) -> NetworkProcess:
        """Start the child now (the app calls it while its window builds): calls wait for it."""
        if self._pipe is not None:
            return self
        from moderator.netproc import worker

        context = multiprocessing.get_context("spawn")  # no fork of a process running Qt
        app_end, child_end = context.Pipe()
        self.process = context.Process(
            target=self._target or worker.main,
            args=(child_end, self._options),
            name="moderator-network",
            daemon=True,
        )
        self.process.start()
        child_end.close()  # only the child holds it now: its end breaks when the child dies
        self._started_at = time.monotonic()
        self.starts += 1
        log.info("network process %s started", self.process.pid)
        loop = asyncio.get_event_loop()
        self._pipe = Channel(app_end, loop, self._received, self._gone)
        self._heard_at = time.monotonic()
        self._watch_soon()
        for proxy in self._proxies.values():
            self._send(proxy.creation())
        return self

    def stop(self) -> None:
        """Stop the child (the app quits); the proxies' later calls start a new one."""
        pipe, process = self._pipe, self.process
        if pipe is None or process is None:
            return
        pipe.send((wire.STOP,))
        pipe.flush(timeout=10)
        process.join(timeout=10)
        self._died()

    @property
    def running(self) -> bool:
        return self._pipe is not None

    def _ensure(self) -> bool:
        """A child to talk to: False when the last one died too soon to start another."""
        if self._pipe is None:
            if self.starts and time.monotonic() - self._started_at < self.restart_gap:
                return False
            self.start()
        return True

    def _died(self) -> None:
        """The child is gone: every call in flight fails as a lost connection would."""
        pipe, process, self._pipe = self._pipe, self.process, None
        if self._watch is not None:
            self._watch.cancel()
            self._watch = None
        if pipe is not None:
            pipe.close()
        if process is not None:
            if process.is_alive():
                process.kill()
            process.join(timeout=1)
        calls, self._calls = self._calls, {}
        for future, _proxy in calls.values():
            if not future.done():
                future.set_exception(wire.lost())
        listeners, self._listeners = self._listeners, {}
        for queue, _proxy in listeners.values():
            queue.put_nowait((wire.ERR, wire.lost()))

    def _send(self, message: tuple[Any, ...]) -> bool:
        return self._pipe is not None and self._pipe.send(message)

    def _gone(self) -> None:
        log.warning("the network process has gone (exit code %s)", self._exitcode())
        self._died()

    def _exitcode(self) -> int | None:
        return None if self.process is None else self.process.exitcode

    def _watch_soon(self) -> None:
        pipe = self._pipe
        if pipe is not None:
            self._watch = pipe.loop.call_later(self.hung_after / 6, self._check_alive)

    def _waiting_from_now(self) -> None:
        """A call after a quiet spell with none in flight: the child's silence counts from now."""
        if not self._calls and not self._listeners:
            self._heard_at = time.monotonic()

    def _check_alive(self) -> None:
        """A child that says nothing while calls wait for it is asked, then replaced."""
        self._watch = None
        if self._pipe is None:
            return
        quiet = time.monotonic() - self._heard_at
        if self._calls or self._listeners:
            if quiet >= self.hung_after:
                log.warning("the network process has not answered for %.0f s: restarting it", quiet)
                self._died()
                return
            if quiet >= self.hung_after * ASK_AFTER / HUNG_AFTER:
                self._send((wire.PING,))
        self._watch_soon()

    def _received(self, message: tuple[Any, ...]) -> None:
        self._heard_at = time.monotonic()
        kind = message[0]
        if kind in (wire.OK, wire.ERR):
            self._answered(*message)
        elif kind in (wire.EVENT, wire.END):
            listener = self._listeners.get(message[1])
            if listener is not None:
                listener[0].put_nowait((kind, message[2]))
        elif kind == wire.STATE:
            proxy = self._proxies.get(message[1])
            if proxy is not None:
                proxy.learn(message[2])
        elif kind == wire.LOG:
            logging.getLogger(message[2]).log(message[1], "%s", message[3])
        elif kind == wire.TOKENS:
            proxy = self._proxies.get(message[1])
            if proxy is not None:
                proxy.renewed(message[2], message[3])

    def _answered(self, kind: str, cid: int, body: Any, state: wire.State | None) -> None:
        call = self._calls.pop(cid, None)
        listener = self._listeners.get(cid) if call is None else None
        proxy = call[1] if call is not None else listener[1] if listener is not None else None
        if proxy is not None and state is not None:
            proxy.learn(state)
        if call is not None and not call[0].done():
            if kind == wire.OK:
                call[0].set_result(body)
            else:
                call[0].set_exception(wire.decode_error(body))
        elif listener is not None:
            listener[0].put_nowait((wire.ERR, wire.decode_error(body)))

    # -- what the proxies ask ----------------------------------------------------------------

    @staticmethod
    def arrivals() -> int:
        """Chat messages that have come through the network process so far."""
        return wire.Decoder.arrivals

    def create(self, spec: ProviderSpec, settings: Connection) -> ProviderProxy:
        proxy = ProviderProxy(self, spec, settings, next(self._ids))
        self._proxies[proxy.handle] = proxy
        if self._pipe is not None:
            self._send(proxy.creation())
        return proxy

    def forget(self, proxy: ProviderProxy) -> None:
        self._proxies.pop(proxy.handle, None)

    def tell(self, message: tuple[Any, ...]) -> None:
        """Send without an answer (an attribute set): lost with the child, recreated anyway."""
        self._send(message)

    async def call(self, proxy: ProviderProxy, method: str, *args: Any, **kwargs: Any) -> Any:
        if not self._ensure():
            raise wire.lost()
        cid = next(self._ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._waiting_from_now()
        self._calls[cid] = (future, proxy)
        if not self._send((wire.CALL, cid, proxy.handle, method, args, kwargs)):
            self._calls.pop(cid, None)
            raise wire.lost()
        try:
            return await future
        except asyncio.CancelledError:
            if self._calls.pop(cid, None) is not None:
                self._send((wire.CANCEL, cid))
            raise

    async def listen(self, proxy: ProviderProxy) -> AsyncIterator[ProviderEvent]:
        if not self._ensure():
            raise wire.lost()
        cid = next(self._ids)
        queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        self._waiting_from_now()
        self._listeners[cid] = (queue, proxy)
        try:
            if not self._send((wire.LISTEN, cid, proxy.handle)):
                raise wire.lost()
            while True:
                kind, body = await queue.get()
                if kind == wire.EVENT:
                    yield proxy.decoder.event(body)
                elif kind == wire.END:
                    return
                else:
                    raise body
        finally:
            if self._listeners.pop(cid, None) is not None:
                self._send((wire.CANCEL, cid))
