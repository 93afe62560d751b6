"""IBM Video Streaming chat, which hands off to Stream Chat (PROVIDERS.md C).

IBM (:mod:`.ibm`) signs in and says where the chat lives; Stream Chat's REST API
(:mod:`.stream`) reads and moderates it; its websocket (:mod:`.realtime`) pushes changes.
"""

from __future__ import annotations

import contextlib
import logging
import math
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import Any, ClassVar

import httpx
from pydantic import ValidationError

from moderator.core.events import MessagesArrived, ProviderEvent
from moderator.core.models import Author, ChatMessage, StreamInfo, StreamRef
from moderator.core.provider import Capability, Page, ProviderBase
from moderator.errors import (
    ActionUnsupported,
    AuthExpired,
    InvalidRequest,
    MalformedPayload,
    NotFound,
    SignedOut,
)
from moderator.providers import http
from moderator.providers.ibmvideo import convert
from moderator.providers.ibmvideo.cursor import Window
from moderator.providers.ibmvideo.ibm import IbmApi
from moderator.providers.ibmvideo.pacing import EndpointLimiter
from moderator.providers.ibmvideo.realtime import Socket, Translator, socket_url
from moderator.providers.ibmvideo.schema import (
    PAGE_LIMIT,
    ChannelState,
    IbmVideoConnection,
    MessageEnvelope,
    ReadState,
    StreamMessage,
)
from moderator.providers.ibmvideo.stream import PLATFORM, StreamApi
from moderator.providers.wire import validate_each
from moderator.wording import Said

log = logging.getLogger(__name__)


class IbmVideoClient(ProviderBase):
    name = "ibmvideo"
    display_name = "IBM Video"
    capabilities = (
        Capability.SEND
        | Capability.DELETE
        | Capability.HARD_DELETE
        | Capability.MARK_READ
        | Capability.BAN
        | Capability.TIMEOUT
        | Capability.UNBAN
        | Capability.FLAG
        | Capability.REALTIME
        | Capability.BAN_REASON
    )
    unsupported: ClassVar[dict[Capability, str]] = {
        Capability.END_CHAT: "IBM Video has one chat room per channel; there is no chat to end.",
        Capability.MARK_READ: "This channel's Stream Chat settings turn read events off, "
        "so read state is kept on this computer.",
    }

    def __init__(
        self,
        settings: IbmVideoConnection,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        health_interval: float = 25.0,
        silence_timeout: float = 35.0,
    ) -> None:
        super().__init__(StreamRef(self.name, settings.channel_id, settings.title()))
        self._settings = settings
        self._http = http.make_client(
            settings.api_base_url, transport=transport, timeout=settings.request_timeout
        )
        self.ibm = IbmApi(self._http, settings)
        self.ibm.on_tokens = self._tokens_renewed
        self._api = StreamApi(self._http, self.ibm.chat_init)
        self._socket = Socket(health_interval=health_interval, silence_timeout=silence_timeout)
        self._translator: Translator | None = None

    def _tokens_renewed(self, access: str, refresh: str) -> None:
        # the app sets ``on_tokens`` after creating the provider: look it up at each renewal
        if self.on_tokens is not None:
            self.on_tokens(access, refresh)

    @property
    def limiter(self) -> EndpointLimiter:
        """Stream Chat's per-endpoint request budget, kept on this side."""
        return self._api.limiter

    async def aclose(self) -> None:
        await self._http.aclose()

    # -- reading -----------------------------------------------------------------------------

    async def connect(self) -> StreamInfo:
        self._api.use(await self.ibm.chat_init())
        user = self._api.init.user
        self.account = user.default_name or user.id
        state = await self._api.query({"limit": 1})
        if not state.channel.config.read_events:
            self.capabilities = self.capabilities & ~Capability.MARK_READ
        if not self._settings.label and state.channel.name:
            self._stream = StreamRef(self.name, self.stream.stream_id, state.channel.name)
        data = self._api.init.stream_data
        cid = state.channel.cid or f"{data.channel_type}:{data.channel_id}"
        self._translator = Translator(self.stream.key, cid, self._api.user_id)
        self.account_id = self._api.user_id
        return StreamInfo(self.stream)

    async def fetch(self, cursor: str | None) -> Page:
        window = Window.decode(cursor)
        anchor, state = await self._read_after(window)
        messages, rejected = self._convert(state)
        fresh, updates = window.split(messages)
        return Page(
            messages=fresh,
            cursor=window.advance(anchor, messages).encode(),
            rejected=rejected,
            updates=updates,
            more=len(state.messages) >= PAGE_LIMIT,
        )

    async def _read_after(self, window: Window) -> tuple[str | None, ChannelState]:
        """Read forward from the oldest window id that Stream still knows (a hard delete
        may have removed some); the newest page when none is left."""
        for anchor in window.ids():
            try:
                return anchor, await self._api.query({"limit": PAGE_LIMIT, "id_gt": anchor})
            except (InvalidRequest, NotFound):
                continue
        return None, await self._api.query({"limit": PAGE_LIMIT})

    def _convert(self, state: ChannelState) -> tuple[list[ChatMessage], int]:
        raw, rejected = validate_each(StreamMessage, state.messages, platform=PLATFORM)
        last_read = self._last_read(state)
        key = self.stream.key
        messages = [convert.to_message(m, stream_key=key, last_read=last_read) for m in raw]
        if self._translator is not None:
            self._translator.remember(messages)
        return messages, rejected

    def _last_read(self, state: ChannelState) -> datetime | None:
        if Capability.MARK_READ not in self.capabilities:
            return None
        reads, _ = validate_each(ReadState, state.read, platform=PLATFORM)
        mine = [r.last_read for r in reads if r.user.id == self._api.user_id and r.last_read]
        return mine[0] if mine else None

    async def listen(self) -> AsyncIterator[ProviderEvent]:
        """Events until the socket drops (then ProviderUnavailable); a stale chat token is
        renewed once through IBM, then SignedOut."""
        self.require(Capability.REALTIME)
        for attempt in (1, 2):
            try:
                async for event in self._listen_once():
                    yield event
                return
            except AuthExpired as err:
                if attempt == 2:
                    raise SignedOut(
                        Said("Stream Chat refused a freshly issued chat token."),
                        provider=PLATFORM,
                        detail=err.detail,
                    ) from err
                self._api.use(await self.ibm.chat_init())

    async def _listen_once(self) -> AsyncIterator[ProviderEvent]:
        translator = self._translator
        if translator is None:
            raise RuntimeError("connect() first")
        watching = False
        frames = self._socket.frames(socket_url(self._api.init, self._api.user_id))
        # closed here, on this task, when listening ends: left to the garbage collector, the
        # socket's generator would be finalized later, on whatever loop is current then
        async with contextlib.aclosing(frames):
            async for frame in frames:
                if not watching:
                    # the first frame names the connection; channel events only flow once a
                    # query with watch=true passes that name. Its page covers what came in
                    # meanwhile.
                    watching = True
                    state = await self._api.query({"limit": PAGE_LIMIT}, frame.connection_id or "")
                    yield MessagesArrived(tuple(self._convert(state)[0]))
                    continue
                for event in translator.translate(frame):
                    yield event

    # -- actions -----------------------------------------------------------------------------

    async def send(self, text: str) -> ChatMessage | None:
        if not text.strip():
            raise InvalidRequest(Said("An empty message cannot be sent."), provider=PLATFORM)
        try:
            raw = await self._api.call(
                "POST", f"{self._api.channel_path}/message", json={"message": {"text": text}}
            )
            message = MessageEnvelope.model_validate(raw).message
        except (ValidationError, MalformedPayload):
            # a 2xx: it was sent, and the socket or the next read shows it; an error here
            # would invite a second, duplicate send
            log.warning("Stream Chat confirmed a sent message in an unexpected shape")
            return None
        return convert.to_message(message, stream_key=self.stream.key)

    async def delete(self, message: ChatMessage, *, hard: bool = False) -> None:
        self.require(Capability.HARD_DELETE if hard else Capability.DELETE)
        params = {"hard": "true"} if hard else {}
        await self._api.call("DELETE", f"/messages/{message.id}", params=params)

    async def set_read(self, message: ChatMessage, read: bool = True) -> None:
        self.require(Capability.MARK_READ)
        if not read:
            raise ActionUnsupported(
                Said("Mark as unread"),
                Said("Stream Chat keeps one read marker per moderator that only moves forward."),
            )
        await self._api.call(
            "POST", f"{self._api.channel_path}/read", json={"message_id": message.id}
        )

    async def ban(
        self, author: Author, *, duration: timedelta | None = None, reason: str = ""
    ) -> None:
        self.require(Capability.TIMEOUT if duration else Capability.BAN)
        body: dict[str, Any] = {**self._target(author), "reason": reason}
        if duration is not None:
            # Stream counts a timeout in whole minutes: round up so it is never shorter
            body["timeout"] = max(1, math.ceil(duration.total_seconds() / 60))
        await self._api.call("POST", "/moderation/ban", json=body)

    async def unban(self, author: Author) -> None:
        # Stream's SDKs send an unban as DELETE with query parameters, not a body
        await self._api.call("DELETE", "/moderation/ban", params=self._target(author))

    async def flag(self, message: ChatMessage) -> None:
        await self._api.call("POST", "/moderation/flag", json={"target_message_id": message.id})

    def _target(self, author: Author) -> dict[str, str]:
        data = self._api.init.stream_data
        return {"target_user_id": author.id, "type": data.channel_type, "id": data.channel_id}
