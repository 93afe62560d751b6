"""The contract every chat provider implements, and what it can and cannot do.

A provider is one authenticated connection to one stream. It turns the platform's wire format
into :mod:`moderator.core.models` objects and raises the typed errors of :mod:`moderator.errors`.
It keeps no paging state of its own: the session hands it the cursor to read from, so a page
that failed is read again from the same place and a cursor only advances once a page is stored.
"""

from __future__ import annotations

import enum
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, ClassVar, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from moderator.core.events import ProviderEvent
from moderator.core.models import Author, ChatMessage, StreamInfo, StreamRef
from moderator.errors import ActionUnsupported
from moderator.wording import Word


class Capability(enum.Flag):
    """Actions a platform really offers. Local-only features (read state) are not listed."""

    NONE = 0
    SEND = enum.auto()
    DELETE = enum.auto()
    HARD_DELETE = enum.auto()
    #: a read flag kept by the platform (otherwise read state is kept on this computer)
    MARK_READ = enum.auto()
    BAN = enum.auto()
    TIMEOUT = enum.auto()
    UNBAN = enum.auto()
    FLAG = enum.auto()
    END_CHAT = enum.auto()
    REALTIME = enum.auto()
    #: a ban carries a reason the banned person or other moderators see (elsewhere it is dropped)
    BAN_REASON = enum.auto()


#: what each capability is called in menus and messages
CAPABILITY_LABELS: Mapping[Capability, str] = {
    Capability.SEND: "Sending messages",
    Capability.DELETE: "Delete",
    Capability.HARD_DELETE: "Delete permanently",
    Capability.MARK_READ: "Read state on the platform",
    Capability.BAN: "Ban",
    Capability.TIMEOUT: "Timeout",
    Capability.UNBAN: "Unban",
    Capability.FLAG: "Flag for review",
    Capability.END_CHAT: "End chat",
    Capability.REALTIME: "Realtime updates",
    Capability.BAN_REASON: "A reason with a ban",
}


@dataclass(frozen=True, slots=True)
class Page:
    """One read of a stream's chat.

    ``cursor`` is what to pass to the next :meth:`ChatProvider.fetch`; an opaque string the
    session may persist. ``rejected`` counts raw items that could not be read at all.
    """

    messages: list[ChatMessage]
    cursor: str | None
    ended: bool = False
    rejected: int = 0
    #: updates to messages already seen (read flags, soft deletes) discovered by this read
    updates: list[ChatMessage] = field(default_factory=list)
    #: more is waiting right now: fetch again without the poll pause
    more: bool = False


class Connection(BaseModel):
    """Base of every provider's connection settings (secrets as ``SecretStr``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    #: the registry name of the provider these settings are for
    provider: ClassVar[str] = ""

    request_timeout: float = Field(
        default=10.0, gt=0, le=120, description="Seconds to wait for the platform to answer."
    )

    def stream_id(self) -> str:
        raise NotImplementedError

    def title(self) -> str:
        return self.stream_id()


@runtime_checkable
class ChatProvider(Protocol):
    name: str
    display_name: str
    capabilities: Capability
    #: seconds between two polls when nothing is waiting
    poll_interval: float
    #: the platform's documented shortest gap between two reads (0: none documented)
    min_poll_interval: float
    #: told about renewed tokens (access, refresh) so they can be saved
    on_tokens: Callable[[str, str], None] | None

    @property
    def account_id(self) -> str | None:
        """The moderator's own author id on this platform, None while unknown."""

    @property
    def stream(self) -> StreamRef: ...

    def unsupported_reason(self, capability: Capability) -> str | None: ...

    async def connect(self) -> StreamInfo: ...

    async def fetch(self, cursor: str | None) -> Page: ...

    def listen(self) -> AsyncIterator[ProviderEvent]: ...

    async def send(self, text: str) -> ChatMessage | None: ...

    async def delete(self, message: ChatMessage, *, hard: bool = False) -> None: ...

    async def set_read(self, message: ChatMessage, read: bool = True) -> None: ...

    async def ban(
        self, author: Author, *, duration: timedelta | None = None, reason: str = ""
    ) -> None: ...

    async def unban(self, author: Author) -> None: ...

    async def flag(self, message: ChatMessage) -> None: ...

    async def end_chat(self, thread: str) -> None: ...

    async def aclose(self) -> None: ...


class ProviderBase:
    """Shared behaviour: every action a subclass does not override is refused with its reason.

    Subclasses set ``capabilities`` and, for each missing capability that a moderator might look
    for, a sentence in ``unsupported`` saying why it is missing on that platform.
    """

    name: str = ""
    display_name: str = ""
    #: may be narrowed per connection (a channel whose config disables read events, say)
    capabilities: Capability = Capability.NONE
    unsupported: ClassVar[Mapping[Capability, str]] = {}
    poll_interval: float = 5.0
    min_poll_interval: float = 0.0
    #: the signed-in user's name on the platform, where the connection or the platform tells
    #: it ("" otherwise): the audit log names it as the moderator
    account: str = ""
    #: waits (seconds) before each retry after a transient error, where the platform documents
    #: them; the session's exponential backoff takes over when they run out (or are empty)
    retry_schedule: Sequence[float] = ()
    #: the moderator's own author id on this platform, once the client knows it: how the
    #: outbox tells the echo of its own send from a viewer writing the same words
    account_id: str | None = None

    def __init__(self, stream: StreamRef) -> None:
        self._stream = stream
        self.on_tokens: Callable[[str, str], None] | None = None

    @property
    def stream(self) -> StreamRef:
        return self._stream

    def unsupported_reason(self, capability: Capability) -> str | None:
        if capability in self.capabilities:
            return None
        return self.unsupported.get(capability, f"{self.display_name} does not offer this.")

    def require(self, capability: Capability) -> None:
        reason = self.unsupported_reason(capability)
        if reason is not None:
            label = CAPABILITY_LABELS.get(capability, capability.name or "")
            raise ActionUnsupported(Word("Capability", label), Word("Core", reason))

    async def listen(self) -> AsyncIterator[ProviderEvent]:
        self.require(Capability.REALTIME)
        return
        yield  # pragma: no cover - makes this an async generator

    async def send(self, text: str) -> ChatMessage | None:
        self.require(Capability.SEND)
        return None

    async def delete(self, message: ChatMessage, *, hard: bool = False) -> None:
        self.require(Capability.HARD_DELETE if hard else Capability.DELETE)

    async def set_read(self, message: ChatMessage, read: bool = True) -> None:
        self.require(Capability.MARK_READ)

    async def ban(
        self, author: Author, *, duration: timedelta | None = None, reason: str = ""
    ) -> None:
        self.require(Capability.TIMEOUT if duration else Capability.BAN)

    async def unban(self, author: Author) -> None:
        self.require(Capability.UNBAN)

    async def flag(self, message: ChatMessage) -> None:
        self.require(Capability.FLAG)

    async def end_chat(self, thread: str) -> None:
        self.require(Capability.END_CHAT)

    async def aclose(self) -> None:
        return None


#: the form's values as typed, by field name
FormValues = Mapping[str, str]
#: opens an address in the moderator's browser
UrlOpener = Callable[[str], object]
#: an ``httpx.AsyncBaseTransport`` or None; core does not import httpx, so it only passes it on
Transport = Any


@dataclass(frozen=True, slots=True)
class BrowserOAuth:
    """Sign in on the platform's own page in the browser; ``run`` gives back the token fields."""

    button: str
    explain: str
    run: Callable[[FormValues, UrlOpener, Transport], Awaitable[dict[str, str]]]


@dataclass(frozen=True, slots=True)
class EmailedCode:
    """Sign in with a one-time code the platform e-mails; ``verify`` gives back the token fields."""

    explain: str
    send_code: Callable[[FormValues, str, Transport], Awaitable[None]]
    verify: Callable[[FormValues, str, str, Transport], Awaitable[dict[str, str]]]


#: how a provider signs in beyond its form: None when the form alone is enough
SignIn = BrowserOAuth | EmailedCode | None


@dataclass(frozen=True, slots=True)
class ProviderSpec:
    """Everything the app knows about one provider: each package's ``spec.py`` exports one."""

    name: str
    display_name: str
    connection: type[Connection]
    #: the client for some settings; the transport reaches a fake in tests (None: the network)
    factory: Callable[[Any, Transport], ChatProvider]
    #: what the platform offers (a connection may narrow it), and why it lacks the others
    capabilities: Capability
    unsupported: Mapping[Capability, str] = field(default_factory=dict)
    sign_in: SignIn = None
    #: one or two sentences on what the moderator needs at hand to connect
    intro: str = ""
    #: seconds between two polls when nothing is waiting (a connection may change it)
    poll_interval: float = 5.0
    #: the shortest poll pause the platform allows (a faster demo never goes below it)
    min_poll_interval: float = 0.0

    def __post_init__(self) -> None:
        if self.connection.provider != self.name:
            raise ValueError(
                f"{self.connection.__name__} is for {self.connection.provider!r}, not {self.name!r}"
            )

    def unsupported_reason(self, capability: Capability) -> str | None:
        """Why ``capability`` is missing (None when offered), as the menus say it."""
        if capability in self.capabilities:
            return None
        return self.unsupported.get(capability, f"{self.display_name} does not offer this.")

    def create(self, settings: Connection, transport: Transport = None) -> ChatProvider:
        if not isinstance(settings, self.connection):
            raise TypeError(
                f"{self.name} needs {self.connection.__name__}, not {type(settings).__name__}"
            )
        return self.factory(settings, transport)


def registry(*specs: ProviderSpec) -> dict[str, ProviderSpec]:
    """The specs by name; a name given twice is a mistake, not an override."""
    found: dict[str, ProviderSpec] = {}
    for spec in specs:
        if spec.name in found:
            raise ValueError(f"two providers are called {spec.name!r}")
        found[spec.name] = spec
    return found
