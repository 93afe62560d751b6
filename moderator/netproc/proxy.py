"""The app's side of one stream's client in the network process: :class:`ProviderProxy`.

A proxy answers its synchronous attributes from what the child last said about its client (at
creation, after each call, after each attribute the app set); until the child has spoken they
come from the provider's spec and the connection's settings, which is what a client starts
with. Its calls go through the :class:`~.process.NetworkProcess` that made it (a
:class:`Link` here, so this module needs nothing of that one).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import replace
from datetime import timedelta
from typing import Any, Protocol

from moderator.core.events import ProviderEvent
from moderator.core.models import Author, ChatMessage, StreamInfo, StreamRef
from moderator.core.provider import Capability, Connection, Page, ProviderSpec
from moderator.netproc import wire


class Link(Protocol):
    """What a proxy needs of its network process."""

    #: the CA bundle the clients trust besides certifi's (the ca_bundle setting)
    ca_bundle: Callable[[], str]

    @property
    def running(self) -> bool: ...

    async def call(self, proxy: ProviderProxy, method: str, *args: Any, **kwargs: Any) -> Any: ...

    def listen(self, proxy: ProviderProxy) -> AsyncIterator[ProviderEvent]: ...

    def tell(self, message: tuple[Any, ...]) -> None: ...

    def forget(self, proxy: ProviderProxy) -> None: ...


class ProviderProxy:
    """A :class:`~moderator.core.provider.ChatProvider` whose client runs in the child."""

    def __init__(
        self, network: Link, spec: ProviderSpec, settings: Connection, handle: int
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
