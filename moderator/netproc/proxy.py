"""The app's side of the network process: one :class:`ProviderProxy` per connected stream.

The pipe is read with the loop's ``add_reader``, never from a thread (the GIL): a reply wakes
the loop like a socket would. A proxy answers its synchronous attributes from what the child
last said about its client (at creation and after each call); until the child has spoken they
come from the provider's spec and the connection's settings, which is what a client starts
with.

A dead child (killed, crashed) fails every call in flight with a transient
:func:`~.wire.lost` error, as a timeout would: the session retries and an action whose answer
was lost goes back to the outbox as unknown, to be sent again only once the chat shows it did
not get through. The next call starts a new child and creates every open stream's client in
it again, from its settings with the last renewed tokens; one that had connected connects
again before its next call.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import multiprocessing
import time
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import replace
from datetime import timedelta
from multiprocessing.connection import Connection as Pipe
from typing import Any

from moderator.core.events import ProviderEvent
from moderator.core.models import Author, ChatMessage, StreamInfo, StreamRef
from moderator.core.provider import Capability, Connection, Page, ProviderSpec
from moderator.netproc import wire

log = logging.getLogger(__name__)
#: seconds a child must have lived before a death starts another at once: one that dies as it
#: starts (a broken install) must not be spawned again at every poll
RESTART_GAP = 1.0

Target = Callable[[Pipe, dict[str, Any]], None]


class NetworkProcess:
    """The one child process every stream's client lives in."""

    def __init__(
        self,
        *,
        target: Target | None = None,
        log_level: str = "WARNING",
        restart_gap: float = RESTART_GAP,
    ) -> None:
        self._target = target
        self.restart_gap = restart_gap
        self._options: dict[str, Any] = {"log_level": log_level}
        self._ids = itertools.count(1)
        self._calls: dict[int, tuple[asyncio.Future[Any], ProviderProxy]] = {}
        self._listeners: dict[int, tuple[asyncio.Queue[tuple[str, Any]], ProviderProxy]] = {}
        self._proxies: dict[int, ProviderProxy] = {}
        self._pipe: Pipe | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
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
        self._pipe, child_end = context.Pipe()
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
        self._loop = asyncio.get_event_loop()
        self._loop.add_reader(self._pipe.fileno(), self._readable)
        for proxy in self._proxies.values():
            self._send(proxy.creation())
        return self

    def stop(self) -> None:
        """Stop the child (the app quits); the proxies' later calls start a new one."""
        pipe, process = self._pipe, self.process
        if pipe is None or process is None:
            return
        with contextlib.suppress(OSError):
            pipe.send((wire.STOP,))
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
        if pipe is not None:
            if self._loop is not None:
                self._loop.remove_reader(pipe.fileno())
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
        if self._pipe is None:
            return False
        try:
            self._pipe.send(message)
        except OSError:
            log.warning("the network process has gone")
            self._died()
            return False
        return True

    def _readable(self) -> None:
        pipe = self._pipe
        try:
            while pipe is not None and pipe is self._pipe and pipe.poll():
                self._received(pipe.recv())
        except (EOFError, OSError):
            log.warning("the network process has gone (exit code %s)", self._exitcode())
            self._died()

    def _exitcode(self) -> int | None:
        return None if self.process is None else self.process.exitcode

    def _received(self, message: tuple[Any, ...]) -> None:
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


class ProviderProxy:
    """A :class:`~moderator.core.provider.ChatProvider` whose client runs in the child."""

    def __init__(
        self, network: NetworkProcess, spec: ProviderSpec, settings: Connection, handle: int
    ) -> None:
        self.network = network
        self.handle = handle
        self.settings = settings
        self.on_tokens: Callable[[str, str], None] | None = None
        #: whether the client had connected (a re-created one then connects again)
        self.connected = False
        #: attributes the app set: given again to a re-created client
        self._set_by_app: dict[str, Any] = {}
        #: of those, the ones the child has not yet shown applied (its states are older)
        self._unseen: dict[str, Any] = {}
        stream = StreamRef(spec.name, settings.stream_id(), settings.title())
        self._state = wire.State(
            name=spec.name,
            display_name=spec.display_name,
            capabilities=spec.capabilities,
            poll_interval=spec.poll_interval,
            min_poll_interval=spec.min_poll_interval,
            account="",
            account_id=None,
            retry_schedule=(),
            stream=stream,
            unsupported=tuple((c.value, spec.unsupported.get(c)) for c in wire.SINGLE_CAPABILITIES),
        )
        self._reasons = _reasons(self._state)
        self.decoder = wire.Decoder(stream.key)

    # -- what the child says -----------------------------------------------------------------

    def creation(self) -> tuple[Any, ...]:
        bundle = self.network.ca_bundle()
        return (wire.CREATE, self.handle, self.settings, bundle, self._set_by_app, self.connected)

    def learn(self, state: wire.State) -> None:
        # the pipe keeps order: once a state shows what the app set, every later one is newer
        for name, value in list(self._unseen.items()):
            if getattr(state, name) == value:
                del self._unseen[name]
        self._state = state
        self._reasons = _reasons(state)
        self.decoder.stream_key = state.stream.key

    def renewed(self, access: str, refresh: str) -> None:
        """The client renewed its tokens: a re-created client starts from them, and the app
        saves them (refresh tokens often work only once)."""
        values = {"access_token": access, "refresh_token": refresh}
        fields = type(self.settings).model_fields
        update = {name: value for name, value in values.items() if value and name in fields}
        if update:
            data = {**self.settings.model_dump(), **update}
            self.settings = type(self.settings).model_validate(data)
        if self.on_tokens is not None:
            self.on_tokens(access, refresh)

    # -- the synchronous attributes ----------------------------------------------------------

    @property
    def name(self) -> str:
        return self._state.name

    @name.setter
    def name(self, value: str) -> None:  # the protocol's attribute; nothing renames a client
        self._state = replace(self._state, name=value)

    @property
    def display_name(self) -> str:
        return self._state.display_name

    @display_name.setter
    def display_name(self, value: str) -> None:
        self._state = replace(self._state, display_name=value)

    @property
    def capabilities(self) -> Capability:
        return self._unseen.get("capabilities", self._state.capabilities)  # type: ignore[no-any-return]

    @capabilities.setter
    def capabilities(self, value: Capability) -> None:
        self._set("capabilities", value)

    @property
    def poll_interval(self) -> float:
        return self._unseen.get("poll_interval", self._state.poll_interval)  # type: ignore[no-any-return]

    @poll_interval.setter
    def poll_interval(self, value: float) -> None:
        self._set("poll_interval", value)

    @property
    def min_poll_interval(self) -> float:
        return self._unseen.get("min_poll_interval", self._state.min_poll_interval)  # type: ignore[no-any-return]

    @min_poll_interval.setter
    def min_poll_interval(self, value: float) -> None:
        self._set("min_poll_interval", value)

    @property
    def account(self) -> str:
        return self._state.account

    @property
    def account_id(self) -> str | None:
        return self._state.account_id

    @property
    def retry_schedule(self) -> tuple[float, ...]:
        return self._state.retry_schedule

    @property
    def stream(self) -> StreamRef:
        return self._state.stream

    def unsupported_reason(self, capability: Capability) -> str | None:
        if capability in self.capabilities:
            return None
        reason = self._reasons.get(capability)
        return reason if reason is not None else f"{self.display_name} does not offer this."

    def _set(self, name: str, value: Any) -> None:
        self._set_by_app[name] = self._unseen[name] = value
        self.network.tell((wire.SET, self.handle, name, value))

    # -- the calls ---------------------------------------------------------------------------

    async def connect(self) -> StreamInfo:
        info: StreamInfo = await self.network.call(self, "connect")
        self.connected = True
        return info

    async def fetch(self, cursor: str | None) -> Page:
        return self.decoder.page(await self.network.call(self, "fetch", cursor))

    def listen(self) -> AsyncIterator[ProviderEvent]:
        return self.network.listen(self)

    async def send(self, text: str) -> ChatMessage | None:
        sent = await self.network.call(self, "send", text)
        return None if sent is None else self.decoder.messages(sent)[0]

    async def delete(self, message: ChatMessage, *, hard: bool = False) -> None:
        await self.network.call(self, "delete", message, hard=hard)

    async def set_read(self, message: ChatMessage, read: bool = True) -> None:
        await self.network.call(self, "set_read", message, read)

    async def ban(
        self, author: Author, *, duration: timedelta | None = None, reason: str = ""
    ) -> None:
        await self.network.call(self, "ban", author, duration=duration, reason=reason)

    async def unban(self, author: Author) -> None:
        await self.network.call(self, "unban", author)

    async def flag(self, message: ChatMessage) -> None:
        await self.network.call(self, "flag", message)

    async def end_chat(self, thread: str) -> None:
        await self.network.call(self, "end_chat", thread)

    async def aclose(self) -> None:
        self.network.forget(self)
        if self.network.running:  # nothing to close in a child that is gone
            with contextlib.suppress(Exception):
                await self.network.call(self, "aclose")


def _reasons(state: wire.State) -> Mapping[Capability, str | None]:
    return {Capability(value): reason for value, reason in state.unsupported}
