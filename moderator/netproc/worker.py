"""The network process: the real provider clients, answering the app over a pipe.

One asyncio loop reads the pipe (``add_reader``) and runs each call as a task, so a slow
platform never holds up another stream's reads. It exits when the app says :data:`~.wire.STOP`
or when its end of the pipe breaks (the app has gone, however it went): it never outlives the
app. A client re-created after a restart (``reconnect``) connects again before its first call,
so the session's next fetch finds it as it left it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from functools import partial
from multiprocessing.connection import Connection as Pipe
from typing import Any

from moderator.core.provider import ChatProvider, Connection
from moderator.netproc import wire

log = logging.getLogger(__name__)
#: seconds the clients get to close their connections when the app stops
CLOSE_PATIENCE = 5.0
NOISY = ("httpx", "httpcore", "asyncio")
#: how much lower than the app's this process's scheduling priority is (Unix nice): none by
#: default, see ``_yield_to_the_gui``
NICE = 0


def main(pipe: Pipe, options: dict[str, Any]) -> None:
    """The child's entry point (spawned: importable by name, in a frozen bundle too)."""
    # Ctrl-C in a terminal reaches the whole process group: the app closes its window and
    # then stops this process; dying at once would fail every call in flight
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _yield_to_the_gui(int(options.get("nice", NICE)))
    worker = Worker(pipe)
    root = logging.getLogger()
    root.setLevel(options.get("log_level", "WARNING"))
    root.addHandler(PipeLog(worker))
    for noisy in NOISY:  # as the app's own log (moderator.logs): a line per request is noise
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
    asyncio.run(worker.run())


def _yield_to_the_gui(increment: int) -> None:
    """A lower priority than the app's (``options["nice"]``). Each call the app writes to the
    pipe wakes this process, and at equal priority the scheduler may let it preempt the GUI
    thread mid-write (~1 ms a call on a loaded 2-core machine, 0.2 ms at nice 10, profiled);
    but at nice 10 on that machine, loaded by other processes, the child fell ~5 s behind a
    5,000 msg/s chat (twice in two runs), so the default stays 0."""
    if increment and hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(increment)


class PipeLog(logging.Handler):
    """The child's log lines, sent to the app (its handlers redact and write them)."""

    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self.worker = worker

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info:
            text += "\n" + logging.Formatter().formatException(record.exc_info)
        self.worker.send((wire.LOG, record.levelno, record.name, text))


class Worker:
    def __init__(self, pipe: Pipe) -> None:
        self.pipe = pipe
        self.clients: dict[int, ChatProvider] = {}
        #: clients re-created after a restart, to connect before their next call
        self.unconnected: set[int] = set()
        self.connecting: dict[int, asyncio.Future[Any]] = {}
        self.tasks: dict[int, asyncio.Task[None]] = {}
        self.sent: dict[int, wire.State] = {}
        self.done = asyncio.Event()

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        loop.add_reader(self.pipe.fileno(), self._readable)
        try:
            await self.done.wait()
        finally:
            loop.remove_reader(self.pipe.fileno())
            await self._close()

    async def _close(self) -> None:
        for task in list(self.tasks.values()):
            task.cancel()
        closing = [client.aclose() for client in self.clients.values()]
        with contextlib.suppress(Exception):
            await asyncio.wait_for(asyncio.gather(*closing, return_exceptions=True), CLOSE_PATIENCE)

    def _readable(self) -> None:
        try:
            while not self.done.is_set() and self.pipe.poll():
                self._dispatch(self.pipe.recv())
        except (EOFError, OSError):  # the app has gone
            self.done.set()

    def _dispatch(self, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == wire.CALL:
            _, cid, handle, method, args, kwargs = message
            self._start(cid, self._call(cid, handle, method, args, kwargs))
        elif kind == wire.LISTEN:
            _, cid, handle = message
            self._start(cid, self._listen(cid, handle))
        elif kind == wire.CANCEL:
            task = self.tasks.get(message[1])
            if task is not None:
                task.cancel()
        elif kind == wire.CREATE:
            self._create(*message[1:])
        elif kind == wire.SET and message[2] in wire.SETTABLE and message[1] in self.clients:
            _, handle, name, value = message
            setattr(self.clients[handle], name, value)
            self.sent[handle] = state = wire.state_of(self.clients[handle])
            self.send((wire.STATE, handle, state))  # the app now knows the client has it
        elif kind == wire.PING:
            self.send((wire.PONG,))
        elif kind == wire.STOP:
            self.done.set()

    def _start(self, cid: int, work: Any) -> None:
        task = asyncio.ensure_future(work)
        self.tasks[cid] = task
        task.add_done_callback(lambda _task: self.tasks.pop(cid, None))

    def _create(
        self,
        handle: int,
        settings: Connection,
        ca_bundle: str,
        overrides: dict[str, Any],
        reconnect: bool,
    ) -> None:
        from moderator.providers import REGISTRY
        from moderator.providers import http as provider_http

        provider_http.use_ca_bundle(ca_bundle)
        client = REGISTRY[settings.provider].create(settings)
        for name, value in overrides.items():
            if name in wire.SETTABLE:
                setattr(client, name, value)
        client.on_tokens = partial(self._tokens, handle)
        self.clients[handle] = client
        if reconnect:
            self.unconnected.add(handle)
        self.sent[handle] = state = wire.state_of(client)
        self.send((wire.STATE, handle, state))

    def _tokens(self, handle: int, access: str, refresh: str) -> None:
        self.send((wire.TOKENS, handle, access, refresh))

    async def _call(
        self, cid: int, handle: int, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> None:
        try:
            if method not in wire.METHODS:
                raise RuntimeError(f"no such call: {method}")
            client = self.clients[handle]
            if method not in ("connect", "aclose"):
                await self._connected(handle)
            result = await getattr(client, method)(*args, **kwargs)
            if method == "connect":
                self.unconnected.discard(handle)
        except Exception as err:  # the app raises it where it called
            self.send((wire.ERR, cid, wire.encode_error(err), self._changed(handle)))
            return
        self.send((wire.OK, cid, _encoded(method, result), self._changed(handle)))
        if method == "aclose":
            self._forget(handle)

    async def _listen(self, cid: int, handle: int) -> None:
        try:
            await self._connected(handle)
            async with contextlib.aclosing(self.clients[handle].listen()) as events:  # type: ignore[type-var]
                async for event in events:
                    self.send((wire.EVENT, cid, wire.encode_event(event)))
        except Exception as err:
            self.send((wire.ERR, cid, wire.encode_error(err), self._changed(handle)))
            return
        self.send((wire.END, cid, self._changed(handle)))

    async def _connected(self, handle: int) -> None:
        """Connect a re-created client again, once, before the calls that need it."""
        while handle in self.unconnected:
            pending = self.connecting.get(handle)
            if pending is None:
                pending = asyncio.ensure_future(self.clients[handle].connect())
                self.connecting[handle] = pending
                pending.add_done_callback(partial(self._reconnected, handle))
            await asyncio.shield(pending)

    def _reconnected(self, handle: int, done: asyncio.Future[Any]) -> None:
        self.connecting.pop(handle, None)
        if not done.cancelled() and done.exception() is None:
            self.unconnected.discard(handle)

    def _changed(self, handle: int) -> wire.State | None:
        client = self.clients.get(handle)
        if client is None:
            return None
        state = wire.state_of(client)
        if state == self.sent.get(handle):
            return None
        self.sent[handle] = state
        return state

    def _forget(self, handle: int) -> None:
        self.clients.pop(handle, None)
        self.sent.pop(handle, None)
        self.unconnected.discard(handle)

    def send(self, message: tuple[Any, ...]) -> None:
        try:
            self.pipe.send(message)
        except OSError:  # the app has gone
            self.done.set()


def _encoded(method: str, result: Any) -> Any:
    if method == "fetch":
        return wire.encode_page(result)
    if method == "send" and result is not None:
        return wire.encode_messages((result,))
    return result
