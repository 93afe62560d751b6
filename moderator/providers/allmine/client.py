"""Allmine live stream chat over httpx (PROVIDERS.md section B, seed 001)."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from collections.abc import Callable
from typing import Any, ClassVar

import httpx
from pydantic import ValidationError

from moderator.core.models import ChatMessage, StreamInfo, StreamRef
from moderator.core.provider import Capability, Page, ProviderBase
from moderator.errors import (
    AuthExpired,
    InvalidRequest,
    MalformedPayload,
    ProviderError,
    SignedOut,
)
from moderator.providers import http
from moderator.providers.allmine import auth, convert, paging
from moderator.providers.allmine.auth import PLATFORM, read_error, unwrap
from moderator.providers.allmine.schema import (
    API,
    AllmineConnection,
    AllmineMessage,
    MessagePage,
    Stamp,
)
from moderator.providers.auth import renewing
from moderator.providers.wire import validate_each
from moderator.wording import Said

log = logging.getLogger(__name__)
ORDERS: dict[str, paging.Order | None] = {
    "auto": None,
    "newest_first": "desc",
    "oldest_first": "asc",
}
NO_BAN = "Allmine has no moderator ban endpoint; a user can only block another user for themselves."


class AllmineClient(ProviderBase):
    name = "allmine"
    display_name = PLATFORM
    capabilities = Capability.SEND
    unsupported: ClassVar[dict[Capability, str]] = {
        Capability.DELETE: "Allmine has no endpoint to delete a chat message.",
        Capability.HARD_DELETE: "Allmine has no endpoint to delete a chat message.",
        Capability.MARK_READ: "Allmine has no read flag for chat messages; "
        "read state is kept on this computer.",
        Capability.BAN: NO_BAN,
        Capability.TIMEOUT: NO_BAN,
        Capability.UNBAN: NO_BAN,
        Capability.FLAG: "Allmine has no endpoint to report a chat message.",
        Capability.END_CHAT: "Allmine has no endpoint to end a chat; it ends with the stream.",
        Capability.REALTIME: "Allmine documents no realtime endpoint; its chat is polled.",
    }
    poll_interval = 4.0
    #: pages one fetch reads at most before handing back with ``more``
    pages_per_fetch = 10

    def __init__(
        self, settings: AllmineConnection, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        super().__init__(StreamRef(self.name, settings.stream_id(), settings.title()))
        self._settings = settings
        self._access = settings.access_token.get_secret_value()
        self._refresh = settings.refresh_token.get_secret_value() if settings.refresh_token else ""
        self._http = http.make_client(
            settings.base_url, transport=transport, timeout=settings.request_timeout
        )
        self._send = http.Sender(
            self._http,
            platform=PLATFORM,
            read_error=read_error,
            credentials=lambda: {"Authorization": f"Bearer {self._access}"},
        )
        self._renewing = asyncio.Lock()
        #: told about renewed tokens (access, refresh) so they can be saved
        self.on_tokens: Callable[[str, str], None] | None = None

    async def aclose(self) -> None:
        await self._http.aclose()

    # -- reading -----------------------------------------------------------------------------

    async def connect(self) -> StreamInfo:
        # Allmine documents no stream-status endpoint: one small chat read proves the token
        # and the stream (a missing stream is 404)
        await self._list(1, limit=1)
        return StreamInfo(self.stream)

    async def fetch(self, cursor: str | None) -> Page:
        state = paging.Cursor.load(cursor, order=ORDERS[self._settings.page_order])
        number: int | None = state.first_page()
        found: dict[str, AllmineMessage] = {}
        rejected = 0
        for _ in range(max(2, self.pages_per_fetch)):
            assert number is not None
            page = await self._list(number, limit=self._settings.page_size)
            good, seen, bad = self._read_items(page.messages)
            step = state.step(number, seen, has_next=page.hasNextPage, total_pages=page.totalPages)
            fresh = {s.id for s in step.fresh}
            found.update((m.id, m) for m in good if m.id in fresh)
            # an unreadable item with a date and id is counted once, like any message
            rejected += bad + sum(1 for s in seen if s.id in fresh and s.id not in found)
            state, number = step.cursor, step.next_page
            if number is None:
                break
        key = self.stream.key
        messages = [convert.to_message(m, stream_key=key) for m in found.values()]
        messages.sort(key=lambda m: (m.sent_at, m.id))
        return Page(messages, cursor=state.dump(), rejected=rejected, more=number is not None)

    @staticmethod
    def _read_items(items: list[Any]) -> tuple[list[AllmineMessage], list[paging.Seen], int]:
        """Readable messages, the date and id of every item that has them, unplaceable count."""
        good, rejected = validate_each(AllmineMessage, items, platform=PLATFORM)
        seen = [paging.Seen(m.id, convert.aware(m.createdAt)) for m in good]
        if not rejected:
            return good, seen, 0
        known = {m.id for m in good}
        stamps, unplaceable = validate_each(Stamp, items, platform=PLATFORM)
        seen += [paging.Seen(s.id, convert.aware(s.createdAt)) for s in stamps if s.id not in known]
        return good, seen, unplaceable

    async def _list(self, number: int, *, limit: int) -> MessagePage:
        response = await self._call(
            "GET", self._chat_path(), params={"page": number, "limit": limit}
        )
        try:
            return MessagePage.model_validate(unwrap(http.json_body(response, platform=PLATFORM)))
        except ValidationError as err:
            raise MalformedPayload(
                Said("Allmine sent a chat page in an unexpected shape."),
                provider=PLATFORM,
                detail=Said("{count} problems", count=err.error_count()),
            ) from err

    # -- actions -----------------------------------------------------------------------------

    @property
    def account_id(self) -> str | None:  # type: ignore[override]
        """The token's subject: Allmine's access token is a JWT naming the user [I]."""
        return jwt_subject(self._access)

    async def send(self, text: str) -> ChatMessage | None:
        if not text.strip():
            raise InvalidRequest(Said("An empty message cannot be sent."), provider=PLATFORM)
        response = await self._call("POST", self._chat_path(), json={"content": text})
        try:
            sent = AllmineMessage.model_validate(
                unwrap(http.json_body(response, platform=PLATFORM))
            )
        except (ValidationError, MalformedPayload):
            # it was sent (a 2xx); the next poll shows it even if the echo is unreadable, and
            # an error here would invite a second, duplicate send
            log.warning("Allmine: the sent message came back in an unexpected shape")
            return None
        return convert.to_message(sent, stream_key=self.stream.key)

    # -- plumbing ----------------------------------------------------------------------------

    def _chat_path(self) -> str:
        return f"{API}/live-stream/{self.stream.stream_id}/chat/messages"

    async def _call(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        used = self._access
        return await renewing(
            lambda: self._send(method, url, **kwargs),
            lambda rejected: self._renew(used, rejected),
            platform=PLATFORM,
            refused_again=Said("Allmine rejected the renewed token; trying again."),
        )

    async def _renew(self, used: str, rejected: AuthExpired) -> None:
        """Refresh once for all requests that failed with the token ``used``."""
        async with self._renewing:
            if self._access != used:
                return  # another request renewed it meanwhile (refresh tokens are single-use)
            if not self._refresh:
                raise SignedOut(
                    Said(
                        "Allmine did not accept the sign-in and there is no refresh token. "
                        "Sign in again."
                    ),
                    provider=PLATFORM,
                    detail=rejected.detail,
                ) from rejected
            try:
                tokens = await auth.refresh(self._http, self._refresh)
            except ProviderError as err:
                if err.transient:  # Allmine is down or busy: the sign-in itself may be fine
                    raise
                raise SignedOut(
                    Said("Allmine would not renew the sign-in. Sign in again."),
                    provider=PLATFORM,
                    detail=err.detail,
                ) from err
            self._access = tokens.accessToken
            self._refresh = tokens.refreshToken or self._refresh
        log.info("Allmine access token renewed for stream %s", self.stream.stream_id)
        if self.on_tokens is not None:
            self.on_tokens(self._access, self._refresh)


def jwt_subject(token: str) -> str | None:
    """The ``sub`` claim of a JWT, unverified: only ever compared with author ids we read."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, UnicodeDecodeError):
        return None
    subject = payload.get("sub") if isinstance(payload, dict) else None
    return str(subject) if subject else None
