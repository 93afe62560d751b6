"""Brilliant Directories API v2 site chat over httpx (PROVIDERS.md section D).

Reading new messages is a filtered list: ``message_id gt <last id>`` ordered by ``message_id``
ascending. Pages past the first are reached only through the opaque ``next_page`` cursor the
previous page returned (a numeric ``page=2`` silently gives page 1 again), and the walk stops at
``current_page >= total_pages``. Every request first takes a slot of the client-side rate
limiter, so the key's 100 requests a minute are kept, not discovered.
"""

from __future__ import annotations

import html
import json
import logging
import uuid
from collections import OrderedDict
from datetime import UTC, datetime
from typing import Any, ClassVar

import httpx
from pydantic import ValidationError

from moderator.core.models import ChatMessage, MessageState, StreamInfo, StreamRef
from moderator.core.provider import Capability, Page, ProviderBase
from moderator.errors import (
    AuthExpired,
    InvalidRequest,
    MalformedPayload,
    PermissionDenied,
    ProviderError,
    RateLimited,
)
from moderator.providers import http
from moderator.providers.brilliant import convert, refusals
from moderator.providers.brilliant.schema import (
    MAX_LIMIT,
    MESSAGES,
    THREADS,
    VERIFY,
    BrilliantConnection,
    BrilliantMessage,
    Envelope,
    KeyInfo,
    format_site_time,
)
from moderator.providers.brilliant.threads import ThreadDirectory
from moderator.providers.pacing import SlidingWindow
from moderator.providers.wire import validate_each
from moderator.wording import Said

log = logging.getLogger(__name__)
PLATFORM = "Brilliant Directories"
#: list pages walked within one fetch before handing back with ``more=True``
PAGES_PER_FETCH = 3
#: every this many polls the newest 100 messages are read again for read flags and deletions
RECHECK_EVERY = 6
#: how many recent messages are remembered for that re-check
RECENT = 300
#: after a 429 without Retry-After, the platform's window is a minute [D]
WINDOW = 60.0


def read_error(response: httpx.Response) -> str:
    try:
        return Envelope.model_validate(response.json()).error_text()
    except (ValueError, ValidationError):
        return response.text[:200]


def encode_cursor(after: str) -> str:
    return json.dumps({"after": after})


def decode_cursor(cursor: str | None) -> str | None:
    if not cursor:
        return None
    try:
        after = json.loads(cursor).get("after")
    except (ValueError, AttributeError):
        return None  # a cursor from an older version: start again from the newest page
    return str(after) if after is not None else None


def _id_key(message_id: str) -> tuple[int, str]:
    # ids are numeric strings; compare them as numbers ("10" after "9")
    return (int(message_id), "") if message_id.isdigit() else (-1, message_id)


class BrilliantClient(ProviderBase):
    name = "brilliant"
    display_name = PLATFORM
    capabilities = Capability.SEND | Capability.DELETE | Capability.MARK_READ
    unsupported: ClassVar[dict[Capability, str]] = {
        Capability.HARD_DELETE: (
            "Brilliant Directories has a single delete, which already removes the message."
        ),
        Capability.BAN: "Brilliant Directories chat has no way to ban a site visitor.",
        Capability.TIMEOUT: "Brilliant Directories chat has no timeouts.",
        Capability.UNBAN: "Brilliant Directories chat bans no one, so there is nothing to lift.",
        Capability.FLAG: "Brilliant Directories has no flag-for-review for chat messages.",
        Capability.END_CHAT: (
            "The API cannot close a chat thread; close it in the site's admin panel."
        ),
        Capability.REALTIME: "Brilliant Directories chat is read by polling about every 5 s.",
    }
    poll_interval = 5.0

    def __init__(
        self,
        settings: BrilliantConnection,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        limiter: SlidingWindow | None = None,
    ) -> None:
        super().__init__(StreamRef(self.name, settings.stream_id(), settings.title()))
        self._settings = settings
        self.account_id = settings.owner_token  # the site owner writes the replies
        self._zone = settings.zone()
        self._http = http.make_client(
            settings.site_url,
            headers={"X-Api-Key": settings.api_key.get_secret_value()},
            transport=transport,
            timeout=settings.request_timeout,
        )
        self._sender = http.Sender(
            self._http, platform=PLATFORM, read_error=read_error, refine=self._refine
        )
        self.limiter = limiter or SlidingWindow(
            settings.requests_per_minute, WINDOW, platform=PLATFORM
        )
        self.threads = ThreadDirectory(self._list_threads, platform=PLATFORM)
        #: recent messages by id, to notice read flags and deletions made on the site
        self._recent: OrderedDict[str, ChatMessage] = OrderedDict()
        self._last_visitor_thread = ""
        self._polls = 0

    async def aclose(self) -> None:
        await self._http.aclose()

    # -- reading -----------------------------------------------------------------------------

    async def connect(self) -> StreamInfo:
        key = KeyInfo.model_validate(_as_dict((await self._checked("GET", VERIFY)).message))
        await self.threads.load_recent()
        live = True
        if self._settings.thread_token:
            await self.threads.learn([self._settings.thread_token])
            thread = self.threads.get(self._settings.thread_token)
            if thread is None:
                raise InvalidRequest(
                    Said("This site has no chat thread with that token; check the connection."),
                    provider=PLATFORM,
                )
            live = thread.thread_status and not convert.is_deleted(thread)
        if not self._settings.label and key.website:
            title = key.website.split("://")[-1].rstrip("/")
            self._stream = StreamRef(self.name, self.stream.stream_id, f"{title} chat")
        return StreamInfo(self.stream, live=live)

    async def fetch(self, cursor: str | None) -> Page:
        after = decode_cursor(cursor)
        if after is None:
            rows, more = await self._newest(), False
        else:
            rows, more = await self._after(after)
        good, rejected = validate_each(BrilliantMessage, rows, platform=PLATFORM)
        good.sort(key=lambda m: _id_key(m.message_id))
        next_after = _newest_id(rows, after)
        if next_after is None:
            # the first read found an empty chat: from now on everything is new (else the next
            # read counted as a first one and took only the newest page of a burst)
            next_after = "0"
        wanted = [m for m in good if self._wanted(m)]
        await self.threads.learn(m.thread_token for m in wanted)
        messages = [self._convert(m) for m in wanted]
        self._remember(messages)
        self._polls += 1
        updates = await self._recheck() if self._polls % RECHECK_EVERY == 0 else []
        return Page(
            messages=messages,
            cursor=encode_cursor(next_after) if next_after is not None else cursor,
            rejected=rejected,
            updates=updates,
            more=more,
        )

    def _wanted(self, raw: BrilliantMessage) -> bool:
        token = self._settings.thread_token
        return not token or raw.thread_token == token

    def _base_query(self) -> dict[str, str]:
        if self._settings.thread_token:
            return {
                "property": "thread_token",
                "property_operator": "eq",
                "property_value": self._settings.thread_token,
            }
        return {}

    async def _newest(self) -> list[Any]:
        """The latest page of messages: the backlog a new tab starts with."""
        params = {
            **self._base_query(),
            "order_column": "message_id",
            "order_type": "DESC",
            "limit": str(MAX_LIMIT),
        }
        return (await self._checked("GET", f"{MESSAGES}/get", params=params)).rows()

    async def _after(self, after: str) -> tuple[list[Any], bool]:
        """Messages after id ``after``, oldest first, walking ``next_page`` cursors."""
        params = {
            "property": "message_id",
            "property_operator": "gt",
            "property_value": after,
            "order_column": "message_id",
            "order_type": "ASC",
            "limit": str(MAX_LIMIT),
        }
        rows: list[Any] = []
        for _ in range(PAGES_PER_FETCH):
            envelope = await self._checked("GET", f"{MESSAGES}/get", params=params)
            rows.extend(envelope.rows())
            if envelope.last_page():
                return rows, False
            params = {**params, "page": str(envelope.next_page)}
        return rows, True

    def _convert(self, raw: BrilliantMessage) -> ChatMessage:
        if raw.message_owner != self._settings.owner_token:
            self._last_visitor_thread = raw.thread_token or self._last_visitor_thread
        return convert.to_message(
            raw,
            stream_key=self.stream.key,
            owner_token=self._settings.owner_token,
            zone=self._zone,
            thread_label=self.threads.label(raw.thread_token),
        )

    def _remember(self, messages: list[ChatMessage]) -> None:
        for message in messages:
            self._recent[message.id] = message
            self._recent.move_to_end(message.id)
        while len(self._recent) > RECENT:
            self._recent.popitem(last=False)

    async def _recheck(self) -> list[ChatMessage]:
        """Read flags and deletions made on the site since the messages arrived (one request)."""
        if not self._recent:
            return []
        rows = await self._newest()
        good, _ = validate_each(BrilliantMessage, rows, platform=PLATFORM)
        now = {m.message_id: m for m in good}
        # a known id inside the window the server returned but missing from it was deleted
        floor = min((_id_key(i) for i in now), default=(-1, "")) if len(rows) >= MAX_LIMIT else None
        updates: list[ChatMessage] = []
        for message_id, known in list(self._recent.items()):
            current = now.get(message_id)
            if current is None:
                if floor is None or _id_key(message_id) >= floor:
                    updates.append(known.with_state(add=MessageState.DELETED))
                    del self._recent[message_id]
                continue
            changed = known.with_state(
                add=MessageState.READ if current.message_status else MessageState.NONE,
                remove=MessageState.NONE if current.message_status else MessageState.READ,
            )
            if changed is not known:
                updates.append(changed)
                self._recent[message_id] = changed
        return updates

    async def _list_threads(self, params: dict[str, str]) -> list[Any]:
        return (await self._checked("GET", f"{THREADS}/get", params=params)).rows()

    # -- actions -----------------------------------------------------------------------------

    async def send(self, text: str) -> ChatMessage | None:
        if not text.strip():
            raise InvalidRequest(Said("An empty message cannot be sent."), provider=PLATFORM)
        thread = self.reply_thread()
        if not thread:
            raise InvalidRequest(
                Said(
                    "No visitor has written yet, so there is no thread to answer. "
                    "Choose a reply thread in the connection settings."
                ),
                provider=PLATFORM,
            )
        return await self.reply(thread, text)

    def reply_thread(self) -> str:
        """Where :meth:`send` writes: the configured thread, else the last visitor's thread."""
        s = self._settings
        return s.reply_thread or s.thread_token or self._last_visitor_thread

    async def reply(self, thread_token: str, text: str) -> ChatMessage | None:
        """Write ``text`` (plain text, escaped here) into one thread as the site owner."""
        paragraphs = html.escape(text.strip()).replace("\n", "<br>")
        form = {
            "message_token": uuid.uuid4().hex,
            "thread_token": thread_token,
            "message_status": "0",
            "message_owner": self._settings.owner_token,
            "message_content": f"<p>{paragraphs}</p>",
            "created_at": format_site_time(datetime.now(UTC), self._zone),
        }
        try:
            envelope = await self._checked("POST", f"{MESSAGES}/create", data=form)
        except MalformedPayload:
            # a 2xx: it was written, and the next poll shows it; an error here would invite a
            # second, duplicate reply
            log.warning("%s: a sent reply came back in an unexpected shape", PLATFORM)
            return None
        good, _ = validate_each(BrilliantMessage, envelope.rows(), platform=PLATFORM)
        return self._convert(good[0]) if good else None

    async def delete(self, message: ChatMessage, *, hard: bool = False) -> None:
        self.require(Capability.HARD_DELETE if hard else Capability.DELETE)
        await self._checked("DELETE", f"{MESSAGES}/delete", data={"message_id": message.id})
        self._recent.pop(message.id, None)

    async def set_read(self, message: ChatMessage, read: bool = True) -> None:
        form = {"message_id": message.id, "message_status": "1" if read else "0"}
        await self._checked("PUT", f"{MESSAGES}/update", data=form)
        if message.id in self._recent:
            flag = MessageState.READ
            known = self._recent[message.id]
            self._recent[message.id] = (
                known.with_state(add=flag) if read else known.with_state(remove=flag)
            )

    # -- plumbing ----------------------------------------------------------------------------

    async def _checked(self, method: str, url: str, **kwargs: Any) -> Envelope:
        """One request whose answer is an envelope that may still say ``status: error``."""
        response = await self._send(method, url, **kwargs)
        try:
            envelope = Envelope.model_validate(http.json_body(response, platform=PLATFORM))
        except ValidationError as err:
            raise MalformedPayload(
                Said("{platform} sent an answer without its envelope.", platform=PLATFORM),
                provider=PLATFORM,
            ) from err
        if envelope.status.lower() not in ("success", "error"):
            # a 2xx whose envelope says neither: unreadable, not a refusal
            raise MalformedPayload(
                Said("{platform} sent an answer without its status.", platform=PLATFORM),
                provider=PLATFORM,
            )
        if envelope.failed():
            raise ProviderError(
                Said("{platform} refused the request.", platform=PLATFORM),
                provider=PLATFORM,
                detail=envelope.error_text(),
            )
        return envelope

    async def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        await self.limiter.acquire()
        return await self._sender(method, url, **kwargs)

    def _refine(self, err: ProviderError) -> ProviderError:
        """The site's own reading of a refusal; a 429 also holds the key's window off."""
        if isinstance(err, AuthExpired):
            # an API key is not renewed: a rejected key stays rejected until it is replaced
            return refusals.key_rejected(err, PLATFORM)
        if isinstance(err, PermissionDenied):
            return refusals.key_denied(err, PLATFORM)
        if isinstance(err, RateLimited):
            # no Retry-After is documented: without one, a full window always frees the key's
            # slots; with one (a proxy in front of the site, say) the server knows best
            wait = err.retry_after if err.hinted else max(err.retry_after, WINDOW)
            self.limiter.hold_off(wait)
            return refusals.key_too_busy(err, PLATFORM, wait)
        return err


def _newest_id(rows: list[Any], after: str | None) -> str | None:
    """The highest numeric id on the page, unreadable rows included, so none is read twice."""
    ids = [str(r.get("message_id", "")) for r in rows if isinstance(r, dict)]
    numeric = [int(i) for i in ids if i.isdigit()]
    if after is not None and after.isdigit():
        numeric.append(int(after))
    return str(max(numeric)) if numeric else after


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
