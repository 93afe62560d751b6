"""The Stream Chat websocket: frames in, core events out.

The URL carries the user token, so it is never logged and never put in an exception.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import OrderedDict
from collections.abc import AsyncGenerator
from urllib.parse import urlencode

from pydantic import ValidationError
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import InvalidHandshake, InvalidURI, WebSocketException

from moderator.core.events import (
    MessageRemoved,
    MessagesArrived,
    MessageUpdated,
    ProviderEvent,
    SessionStatus,
    StatusChanged,
)
from moderator.core.models import ChatMessage, MessageState
from moderator.errors import MalformedPayload, ProviderError, ProviderUnavailable, shown
from moderator.providers import http
from moderator.providers.ibmvideo import convert, stream
from moderator.providers.ibmvideo.schema import ChatInit, SocketEvent, StreamMessage
from moderator.providers.jsonread import parse_json
from moderator.wording import Said

log = logging.getLogger(__name__)
PLATFORM = stream.PLATFORM
#: characters of a user's name shown in a status line
NAME_SHOWN = 80
#: websockets logs the request line at DEBUG, and ours carries the user token in its query:
#: its own logger never goes below WARNING, whatever the app's log level
_socket_log = logging.getLogger(f"{__name__}.socket")
_socket_log.setLevel(logging.WARNING)


def socket_url(init: ChatInit, user_id: str) -> str:
    base = init.stream_data.api_base_url.rstrip("/")
    scheme, _, rest = base.partition("://")
    ws_scheme = "wss" if scheme == "https" else "ws"
    query = urlencode(
        {
            "json": json.dumps({"user_id": user_id, "user_details": {"id": user_id}}),
            "api_key": init.stream_data.api_key,
            "authorization": init.user.token,
            "stream-auth-type": "jwt",
        }
    )
    return f"{ws_scheme}://{rest}/connect?{query}"


class Socket:
    """One websocket at a time: yields frames until it drops, then ProviderUnavailable."""

    def __init__(self, *, health_interval: float = 25.0, silence_timeout: float = 35.0) -> None:
        self.health_interval = health_interval
        self.silence_timeout = silence_timeout

    async def frames(self, url: str) -> AsyncGenerator[SocketEvent, None]:
        """The first frame is the ``health.check`` that names the connection."""
        # the same trust as every HTTP request: certifi plus any CA the moderator added
        options = {"ssl": http.tls_context()} if url.startswith("wss://") else {}
        try:
            async with connect(url, ping_interval=None, logger=_socket_log, **options) as ws:  # type: ignore[arg-type]
                first = await self._receive(ws)
                if first.error is not None:
                    detail = f"code {first.error.code}: {first.error.message}"
                    refused = ProviderError(
                        Said("Stream Chat refused the connection."),
                        provider=PLATFORM,
                        detail=detail,
                    )
                    raise stream.refine(refused)
                if first.type != "health.check" or not first.connection_id:
                    raise MalformedPayload(
                        Said("Stream Chat opened the connection without naming it."),
                        provider=PLATFORM,
                    )
                yield first
                pinger = asyncio.ensure_future(self._health_checks(ws, first.connection_id))
                try:
                    while True:
                        yield await self._receive(ws)
                finally:
                    pinger.cancel()
        except (OSError, InvalidURI, InvalidHandshake, WebSocketException) as err:
            certificate = http.untrusted(err, PLATFORM)
            if certificate is not None:
                raise certificate from err
            raise ProviderUnavailable(
                Said("The Stream Chat connection dropped; catching up and reconnecting."),
                provider=PLATFORM,
                detail=type(err).__name__,
            ) from err

    async def _receive(self, ws: ClientConnection) -> SocketEvent:
        try:
            raw = await asyncio.wait_for(ws.recv(), self.silence_timeout)
        except TimeoutError as err:
            raise ProviderUnavailable(
                Said(
                    "Stream Chat said nothing for {seconds} s; reconnecting.",
                    seconds=f"{self.silence_timeout:.0f}",
                ),
                provider=PLATFORM,
            ) from err
        body = raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass")
        try:
            # parse_json survives bad bytes, deep nesting and giant numbers (json.loads raised
            # RecursionError, which ended the whole session)
            return SocketEvent.model_validate(parse_json(body, platform=PLATFORM))
        except (MalformedPayload, ValidationError):
            log.warning("ibmvideo: skipped an unreadable websocket frame")
            return SocketEvent()

    async def _health_checks(self, ws: ClientConnection, connection_id: str) -> None:
        frame = json.dumps([{"type": "health.check", "client_id": connection_id}])
        with contextlib.suppress(WebSocketException, OSError):
            while True:
                await asyncio.sleep(self.health_interval)
                await ws.send(frame)


class Translator:
    """Websocket events to core events; remembers recent messages to resolve read markers."""

    def __init__(self, stream_key: str, cid: str, user_id: str, capacity: int = 1000) -> None:
        self.stream_key = stream_key
        self.cid = cid
        self.user_id = user_id
        self._recent: OrderedDict[str, ChatMessage] = OrderedDict()
        self._capacity = capacity

    def remember(self, messages: list[ChatMessage]) -> None:
        # a message seen again keeps its place: the order is the chat's, for read markers
        for message in messages:
            self._recent[message.id] = message
        while len(self._recent) > self._capacity:
            self._recent.popitem(last=False)

    def translate(self, event: SocketEvent) -> list[ProviderEvent]:
        if event.cid is not None and event.cid != self.cid:
            return []
        if event.type == "message.read":
            return self._read(event)
        if event.type == "user.banned" and event.user is not None:
            until = f" until {event.expiration:%H:%M}" if event.expiration else ""
            who = shown(event.user.name or event.user.id, NAME_SHOWN)  # a server's words
            return [StatusChanged(SessionStatus.LIVE, f"{who} was banned{until}.")]
        if event.type not in ("message.new", "message.updated", "message.deleted"):
            return []
        message = self._message(event)
        if message is None:
            return []
        if event.type == "message.deleted" and event.hard_delete:
            self._recent.pop(message.id, None)
            return [MessageRemoved(message.id)]
        self.remember([message])
        if event.type == "message.new":
            return [MessagesArrived((message,))]
        return [MessageUpdated(message)]

    def _message(self, event: SocketEvent) -> ChatMessage | None:
        try:
            raw = StreamMessage.model_validate(event.message)
        except ValidationError:
            log.warning("ibmvideo: skipped an unreadable message in a %s event", event.type)
            return None
        message = convert.to_message(raw, stream_key=self.stream_key)
        known = self._recent.get(message.id)
        if known is not None and known.is_read:  # an edit or delete does not unread a message
            message = message.with_state(add=MessageState.READ)
        return message

    def _read(self, event: SocketEvent) -> list[ProviderEvent]:
        if event.user is None or event.user.id != self.user_id:
            return []  # other people's read markers are theirs, not the moderator's
        ids = list(self._recent)
        up_to = event.last_read_message_id
        if up_to is not None and up_to in self._recent:
            covered = ids[: ids.index(up_to) + 1]
        elif event.created_at is not None:
            at = convert.aware(event.created_at)
            covered = [i for i in ids if self._recent[i].sent_at <= at]
        else:
            return []
        updates: list[ProviderEvent] = []
        for message_id in covered:
            message = self._recent[message_id]
            if not message.is_read:
                self._recent[message_id] = message.with_state(add=MessageState.READ)
                updates.append(MessageUpdated(self._recent[message_id]))
        return updates
