"""What the fake's routes and socket need of the fake, so they need not import it.

:class:`~moderator.fakes.ibmvideo.service.IbmVideoFake` builds its app from the route modules;
they in turn only see the fake through :class:`Platform` (checked by mypy where the fake hands
itself over), so the package has no import cycle.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from moderator.fakes.chatter import Viewer
from moderator.fakes.ibmvideo.common import Limiter


@dataclass
class FakeChannel:
    ibm_id: str
    title: str
    messages: list[dict[str, Any]] = field(default_factory=list)
    #: user id -> (read time, last read message id)
    read: dict[str, tuple[datetime, str | None]] = field(default_factory=dict)
    flagged: set[str] = field(default_factory=set)
    hard_deleted: set[str] = field(default_factory=set)
    banned: dict[str, float] = field(default_factory=dict)  # user id -> until (inf: ban)
    #: the account has the Stream Chat benefit (else chat.json answers 402)
    benefit: bool = True
    #: the API client may manage the channel (else 403 lack_of_ownership)
    owned: bool = True
    read_events: bool = True

    @property
    def type(self) -> str:
        return "chatroom"

    @property
    def stream_id(self) -> str:
        return f"channel_{self.ibm_id}"

    @property
    def cid(self) -> str:
        return f"{self.type}:{self.stream_id}"


class Watcher(Protocol):
    """An open websocket, as the REST routes see it."""

    @property
    def watching(self) -> set[str]: ...


class Sockets(Protocol):
    def connection(self, connection_id: str, user_id: str) -> Watcher | None: ...

    def publish(self, cid: str, event: dict[str, Any]) -> None: ...


class Platform(Protocol):
    """The fake's state and helpers the routes use (IBM's API, Stream Chat, the socket)."""

    @property
    def lock(self) -> AbstractContextManager[Any]: ...
    @property
    def limiter(self) -> Limiter: ...
    @property
    def hub(self) -> Sockets: ...
    @property
    def channels(self) -> dict[str, FakeChannel]: ...
    @property
    def access(self) -> dict[str, float]: ...
    @property
    def refresh(self) -> set[str]: ...
    @property
    def chat_tokens(self) -> set[str]: ...
    @property
    def jwt_secret(self) -> bytes: ...
    @property
    def outage(self) -> bool: ...
    @property
    def client_revoked(self) -> bool: ...

    def issue_access(self) -> tuple[str, str]: ...
    def chat_init(self, channel: FakeChannel, base_url: str) -> dict[str, Any]: ...
    def socket_user(self, params: Mapping[str, str]) -> tuple[str, dict[str, Any] | None]: ...
    def own_user(self, user_id: str) -> dict[str, Any]: ...
    def post(
        self, channel: FakeChannel, who: Viewer, text: str, kind: str = "regular"
    ) -> dict[str, Any]: ...
    def user_json(self, who: Viewer) -> dict[str, Any]: ...
    def event(self, kind: str, channel: FakeChannel, **fields: Any) -> dict[str, Any]: ...
    def ban(
        self, channel: FakeChannel, user_id: str, minutes: float | None, reason: str
    ) -> None: ...
    def find_user(self, user_id: str) -> dict[str, Any]: ...
    def channel_by_stream(self, kind: str, stream_id: str) -> FakeChannel | None: ...
    def find_message(self, message_id: str) -> tuple[FakeChannel, dict[str, Any]] | None: ...
