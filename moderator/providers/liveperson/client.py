"""LivePerson legacy Chat Agent API over httpx (PROVIDERS.md section E, seed 004).

A connection is one agent's workspace: every chat the agent has accepted. Each ``fetch`` first
accepts the chats ringing for the agent, then reads all open chats in one multi-chat poll. That
resource has no "next" link, so the cursor carries the last event id seen per chat, as JSON
``{chatSessionKey: lastEventId}``; a chat that ended leaves the cursor and is no longer polled.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import ClassVar

import httpx

from moderator.core.models import ChatMessage, StreamInfo, StreamRef
from moderator.core.provider import Capability, Page, ProviderBase
from moderator.errors import (
    InvalidRequest,
    NotFound,
    ProviderError,
    RateLimited,
)
from moderator.providers import http
from moderator.providers.liveperson import convert, cursor
from moderator.providers.liveperson.agent import (
    PLATFORM,
    AgentSession,
    _Tokens,
    floor_rate_limit,
    read_error,
)
from moderator.providers.liveperson.schema import (
    API,
    MIN_POLL_INTERVAL,
    RETRY_5XX_SCHEDULE,
    Chat,
    ChatAccepted,
    Chats,
    Event,
    IncomingRequests,
    LivePersonConnection,
)
from moderator.providers.wire import validate_each
from moderator.wording import Said

log = logging.getLogger(__name__)
#: ringing chats accepted in one fetch at most, so a queue burst cannot stall the poll; high
#: enough that a busy queue (chats ringing every few seconds... or several a second) keeps up
MAX_ACCEPTS_PER_FETCH = 50
#: events read in one turn of the GUI loop at most: an answer after the 2 s poll floor holds
#: thousands in a busy account (~60 ms of validating and converting in one turn, measured);
#: between shares the loop answers (1 ms: Qt 6 runs a 0 ms timer before any other)
EVENTS_PER_TURN = 400
PAUSE_BETWEEN_SHARES = 0.001


@dataclass(slots=True)
class _OpenChat:
    """What ``send`` needs to pick a chat: when it was last active."""

    label: str
    last_active: datetime


class LivePersonClient(AgentSession, ProviderBase):
    name = "liveperson"
    display_name = PLATFORM
    capabilities = Capability.SEND | Capability.END_CHAT
    min_poll_interval = MIN_POLL_INTERVAL
    unsupported: ClassVar[dict[Capability, str]] = {
        Capability.DELETE: "The legacy Chat Agent API cannot delete a visitor's line.",
        Capability.HARD_DELETE: "The legacy Chat Agent API cannot delete a visitor's line.",
        Capability.MARK_READ: "LivePerson keeps no read flag; read state is kept on this computer.",
        Capability.BAN: "LivePerson offers no ban for visitors; end the chat instead.",
        Capability.TIMEOUT: "LivePerson offers no timeout for visitors; end the chat instead.",
        Capability.UNBAN: "LivePerson has no bans to lift.",
        Capability.FLAG: "The legacy Chat Agent API has no flag-for-review.",
        Capability.REALTIME: "The legacy Chat Agent API is read by polling every few seconds.",
    }
    #: [D] 5xx: retry three times, at 5, 10 and 15 s (the session then backs off on its own)
    retry_schedule = RETRY_5XX_SCHEDULE

    def __init__(
        self, settings: LivePersonConnection, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        super().__init__(StreamRef(self.name, settings.stream_id(), settings.title()))
        self._settings = settings
        # the settings model enforces it too; a hand-built model must not poll faster either
        self.poll_interval = max(MIN_POLL_INTERVAL, settings.poll_interval)
        self._http = http.make_client(
            settings.base_url, transport=transport, timeout=settings.request_timeout
        )
        self._sender = http.Sender(
            self._http,
            platform=PLATFORM,
            read_error=read_error,
            credentials=self._bearer,
            refine=floor_rate_limit,
        )
        self._account = f"{API}/{settings.account_id}"
        self.account = settings.username
        self._tokens: _Tokens | None = None
        self._agent_session: str | None = None
        self._open: dict[str, _OpenChat] = {}
        #: chats accepted but not yet in a cursor the session handed back
        self._accepted: set[str] = set()
        #: seconds, monotonic; tests move it to make a refresh due
        self.clock: Callable[[], float] = time.monotonic

    async def aclose(self) -> None:
        await self._http.aclose()

    @property
    def open_chats(self) -> dict[str, str]:
        """Open chats by key, with the visitor's name: where ``send_to`` can write."""
        return {key: chat.label for key, chat in self._open.items()}

    # -- reading -----------------------------------------------------------------------------

    async def connect(self) -> StreamInfo:
        await self._sign_in()
        return StreamInfo(self.stream, live=True)

    async def fetch(self, cursor_text: str | None) -> Page:
        positions = cursor.decode(cursor_text)
        self._accepted -= positions.keys()
        await self._accept_ringing()
        for key in self._accepted:
            positions.setdefault(key, cursor.NEW_CHAT)
        if not positions:
            return Page([], cursor=cursor.encode(positions))
        body = await self._chat_json("GET", "/chat", Chats, params=cursor.query(positions))
        raw = body.chats.chat if body.chats is not None else []
        chats, rejected = validate_each(Chat, raw, platform=PLATFORM)
        reading = self._reading(chats, positions, complete=not rejected)
        try:
            while True:
                next(reading)  # one share of the events read: let the GUI answer
                await asyncio.sleep(PAUSE_BETWEEN_SHARES)
        except StopIteration as done:
            messages, after, bad = done.value
        messages.sort(key=lambda m: m.sent_at)
        return Page(messages, cursor=cursor.encode(after), rejected=rejected + bad)

    def _read_chats(
        self, chats: list[Chat], asked: dict[str, int], *, complete: bool = True
    ) -> tuple[list[ChatMessage], dict[str, int], int]:
        """Messages of every chat asked for, and where each chat's next read starts.

        ``complete``: every chat in the answer could be read. Only then does a chat missing
        from it mean the server forgot it; otherwise it may be the unreadable one.
        """
        reading = self._reading(chats, asked, complete=complete)
        while True:
            try:
                next(reading)
            except StopIteration as done:
                result: tuple[list[ChatMessage], dict[str, int], int] = done.value
                return result

    def _reading(
        self, chats: list[Chat], asked: dict[str, int], *, complete: bool = True
    ) -> Generator[None, None, tuple[list[ChatMessage], dict[str, int], int]]:
        """:meth:`_read_chats`, pausing (a ``yield``) after each ``EVENTS_PER_TURN`` events."""
        read = 0
        messages: list[ChatMessage] = []
        after: dict[str, int] = {}
        ended: set[str] = set()
        rejected = 0
        for chat in chats:
            key = convert.chat_key(chat)
            if key is None:
                rejected += 1
                complete = False
                continue
            if key not in asked:  # not asked for: its events would have no cursor to go to
                continue
            raw = chat.events.event if chat.events is not None else []
            if read >= EVENTS_PER_TURN:
                read = 0
                yield
            read += len(raw)
            events, bad = validate_each(Event, raw, platform=PLATFORM)
            # drop what was seen: correct whether the server reads fromEventIds inclusively or not
            fresh = [e for e in events if e.id > asked[key]]
            messages.extend(self._messages(chat, key, fresh))
            rejected += bad
            after[key] = max([asked[key], *(e.id for e in fresh)])
            if convert.is_ended(chat, fresh):
                self._forget(key)
                del after[key]
                ended.add(key)
        for gone in asked.keys() - after.keys() - ended:
            if complete:  # a chat the server no longer lists is one it no longer knows [I]
                self._forget(gone)
            else:  # perhaps it is the unreadable one: keep asking from where it was
                after[gone] = asked[gone]
        return messages, after, rejected

    def _forget(self, key: str) -> None:
        self._open.pop(key, None)
        self._accepted.discard(key)

    def _messages(self, chat: Chat, key: str, events: list[Event]) -> list[ChatMessage]:
        context = convert.context_for(chat, key)
        now = datetime.now(UTC)
        messages = [
            m
            for e in events
            if (m := convert.to_message(e, context, stream_key=self.stream.key, received_at=now))
        ]
        known = self._open.get(key)
        active = max([m.sent_at for m in messages], default=None)
        if known is None:
            self._open[key] = _OpenChat(context.label, active or now)
        elif active is not None and active > known.last_active:
            known.last_active = active
        return messages

    async def _accept_ringing(self) -> None:
        """Take every chat ringing for this agent (up to a limit) into ``_accepted``.

        Each key is kept the moment its chat is ours: if a later request fails, the chats
        already accepted are still polled. A failed accept leaves its chat ringing; a rate limit
        or a run of failures ends accepting until the next poll, which still reads open chats.
        """
        failures = 0
        for _ in range(min(await self._ringing_count(), MAX_ACCEPTS_PER_FETCH)):
            try:
                if not await self._accept_one():
                    break
                failures = 0
            except ProviderError as err:
                failures += 1
                if not err.transient:
                    raise
                if isinstance(err, RateLimited) or failures >= 3:
                    log.info("LivePerson: accepting chats paused until the next poll (%s)", err)
                    break

    async def _ringing_count(self) -> int:
        try:
            ringing = await self._chat_json("GET", "/incomingRequests", IncomingRequests)
        except ProviderError as err:
            if not err.transient:
                raise
            log.info("LivePerson: not accepting chats this time (%s)", err)
            return 0
        return int(ringing.incomingRequests.ringingCount)

    async def _accept_one(self) -> bool:
        """Accept the next ringing chat; False when there was none left."""
        try:
            taken = await self._chat_json("POST", "/incomingRequests", ChatAccepted, json={})
        except NotFound:  # another agent took it, or the visitor left: nothing to accept
            return False
        key = convert.key_from_href(taken.chatLocation.href())
        if key is not None:
            self._accepted.add(key)
        return True

    # -- actions -----------------------------------------------------------------------------

    async def send(self, text: str) -> ChatMessage | None:
        """Send ``text`` into the most recently active open chat (see :meth:`send_to`).

        LivePerson has no stream-wide chat: a line always goes to one visitor. Without a chat
        chosen, the one with the newest line (or the newest accepted) gets it. The line
        arrives with the next poll, so nothing is returned.
        """
        if not self._open:
            raise InvalidRequest(
                Said("No LivePerson chat is open to send to. Wait for a visitor to start one."),
                provider=PLATFORM,
            )
        newest = max(self._open, key=lambda key: self._open[key].last_active)
        await self.send_to(newest, text)
        return None

    async def send_to(self, thread: str, text: str) -> None:
        """Send ``text`` as a line into the chat ``thread`` (a chat session key)."""
        if not text.strip():
            raise InvalidRequest(Said("An empty message cannot be sent."), provider=PLATFORM)
        event = {"event": {"@type": "line", "text": text, "textType": "plain"}}
        await self._chat_call("POST", f"/chat/{thread}/events", json=event)
        if thread in self._open:
            self._open[thread].last_active = datetime.now(UTC)

    async def end_chat(self, thread: str) -> None:
        event = {"event": {"@type": "state", "state": "ended"}}
        await self._chat_call("POST", f"/chat/{thread}/events", json=event)
        self._open.pop(thread, None)
