"""PRISM Live Studio B2B chat over httpx (PROVIDERS.md section A)."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any, ClassVar

import httpx
from pydantic import ValidationError

from moderator.core.intern import Interner
from moderator.core.models import Author, ChatMessage, StreamInfo, StreamRef
from moderator.core.provider import Capability, Page, ProviderBase
from moderator.errors import (
    ActionUnsupported,
    AuthExpired,
    InvalidRequest,
    MalformedPayload,
    ProviderError,
    SignedOut,
)
from moderator.providers import http
from moderator.providers.auth import renewing
from moderator.providers.prism import convert, renewals
from moderator.providers.prism.schema import (
    API,
    ENDED,
    MAX_RESULTS,
    ON_AIR,
    ChatPage,
    Envelope,
    LiveData,
    PrismConnection,
    PrismMessage,
    Token,
)
from moderator.providers.wire import validate_each
from moderator.wording import Said, Word

log = logging.getLogger(__name__)
PLATFORM = "PRISM"
#: how many chat polls between two looks at the live's status (about a minute at 5 s)
STATUS_EVERY = 12


def read_error(response: httpx.Response) -> str:
    try:
        return Envelope.model_validate(response.json()).error_text()
    except (ValueError, ValidationError):
        return response.text[:200]


class PrismClient(ProviderBase):
    name = "prism"
    display_name = PLATFORM
    capabilities = (
        Capability.SEND | Capability.DELETE | Capability.BAN | Capability.TIMEOUT | Capability.UNBAN
    )
    unsupported: ClassVar[dict[Capability, str]] = {
        Capability.HARD_DELETE: "PRISM deletes in one step; it has no permanent delete.",
        Capability.MARK_READ: "PRISM keeps no read flag; read state is kept on this computer.",
        Capability.FLAG: "PRISM has no flag-for-review endpoint.",
        Capability.END_CHAT: "A PRISM chat ends with its live, not from here.",
        Capability.REALTIME: "PRISM chat is read by polling about every 5 seconds.",
    }
    poll_interval = 5.0

    def __init__(
        self, settings: PrismConnection, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        super().__init__(StreamRef(self.name, settings.live_id, settings.title()))
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
            credentials=lambda: {"x-prism-access-token": self._access},
        )
        self._polls = 0
        self._interner = Interner()

    async def aclose(self) -> None:
        await self._http.aclose()

    # -- reading -----------------------------------------------------------------------------

    async def connect(self) -> StreamInfo:
        live = (await self._data("GET", f"{API}/live/{self.stream.stream_id}", LiveData)).live
        if not self._settings.label and live.title:
            self._stream = StreamRef(self.name, self.stream.stream_id, live.title)
        viewers = live.liveStat.viewerCount if live.liveStat else None
        if self.account_id is None:
            self.account_id = await self._own_id()
        return StreamInfo(self.stream, live=live.status.upper() in ON_AIR, viewers=viewers)

    async def fetch(self, cursor: str | None) -> Page:
        body: dict[str, Any] = {"maxResults": MAX_RESULTS}
        if cursor is not None:
            body["pageToken"] = cursor
        response = await self._call("POST", self._chat_path(), json=body)
        # the fast path validates a clean page in one pass; anything unusual (an error, one
        # broken message) takes the careful path, so a bad message never costs the page
        key, interner = self.stream.key, self._interner
        fast = convert.read_page(response.content, stream_key=key, interner=interner)
        if fast is not None:
            messages, token, size, rejected = fast.messages, fast.next_token, fast.size, 0
        else:
            items, token, unreadable = self._chat_page(self._envelope(response).data)
            raw, rejected = validate_each(PrismMessage, items, platform=PLATFORM)
            messages = [convert.to_message(m, stream_key=key, interner=interner) for m in raw]
            size, rejected = len(items), rejected + unreadable
        self._polls += 1
        ended = self._polls % STATUS_EVERY == 0 and await self._has_ended()
        return Page(
            messages=messages,
            cursor=token if token is not None else cursor,
            ended=ended,
            rejected=rejected,
            more=size >= MAX_RESULTS,
        )

    async def _own_id(self) -> str | None:
        """The signed-in account's user id (its own chat lines carry it as ``authorId``)."""
        try:
            data = (await self._checked("GET", f"{API}/user")).data
        except (AuthExpired, SignedOut):
            raise  # the sign-in itself is the problem: the connect must say so
        except ProviderError as err:
            # not knowing it only makes the outbox more careful: no reason to fail the connect
            log.info("PRISM: could not read the signed-in user (%s)", err)
            return None
        user = data.get("user") if isinstance(data, dict) else None
        own = user.get("userId") if isinstance(user, dict) else None
        return str(own) if own is not None else None

    def _chat_page(self, data: Any) -> tuple[list[Any], str | None, int]:
        """The raw messages, next token and unreadable count of a chat page.

        A page whose message list cannot be read at all still names the next page: it is
        counted as one unreadable item (the session shows it) and the stream moves on, instead
        of failing the same read forever.
        """
        try:
            page = ChatPage.model_validate(data)
            return page.messages, page.nextPageToken, 0
        except ValidationError as err:
            problem = err
        token = data.get("nextPageToken") if isinstance(data, dict) else None
        if isinstance(token, bool) or not isinstance(token, str | int):
            raise MalformedPayload(
                Said("PRISM sent an answer in an unexpected shape."),
                provider=PLATFORM,
                detail=Said("{count} problems", count=problem.error_count()),
            ) from problem
        items = data.get("messages") if isinstance(data, dict) else None
        if isinstance(items, list):  # only a field we do not need was odd
            return items, str(token), 0
        log.warning("PRISM: skipped a chat page whose message list is unreadable")
        return [], str(token), 1

    async def _has_ended(self) -> bool:
        live = (await self._data("GET", f"{API}/live/{self.stream.stream_id}", LiveData)).live
        return live.status.upper() in ENDED

    # -- actions -----------------------------------------------------------------------------

    async def send(self, text: str) -> ChatMessage | None:
        if not text.strip():
            raise InvalidRequest(Said("An empty message cannot be sent."), provider=PLATFORM)
        # PRISM sends with PUT (not POST: POST reads) and answers nothing: any 2xx is success
        await self._call("PUT", self._chat_path(), json={"message": text})
        return None

    async def delete(self, message: ChatMessage, *, hard: bool = False) -> None:
        self.require(Capability.HARD_DELETE if hard else Capability.DELETE)
        if convert.is_synthetic(message):
            raise ActionUnsupported(
                Word("Capability", "Delete"),
                Said("PRISM sent this message without an id, so it cannot be deleted."),
            )
        await self._checked("DELETE", f"{self._chat_path()}/{message.id}")

    async def ban(
        self, author: Author, *, duration: timedelta | None = None, reason: str = ""
    ) -> None:
        live = self.stream.stream_id
        if duration is None:
            await self._checked("PUT", f"{API}/live/{live}/ban/{author.id}")
            return
        seconds = int(duration.total_seconds())
        if seconds <= 0:
            raise InvalidRequest(
                Said("A timeout must last at least one second."), provider=PLATFORM
            )
        await self._checked(
            "PUT", f"{API}/live/{live}/timedBan/{author.id}", json={"banTime": seconds}
        )

    async def unban(self, author: Author) -> None:
        await self._checked("PUT", f"{API}/live/{self.stream.stream_id}/unban/{author.id}")

    # -- plumbing ----------------------------------------------------------------------------

    def _chat_path(self) -> str:
        return f"{API}/live/{self.stream.stream_id}/chat"

    async def _data(self, method: str, url: str, model: type[Any], **kwargs: Any) -> Any:
        envelope = await self._checked(method, url, **kwargs)
        return self._model(model, envelope.data)

    def _model(self, model: type[Any], data: Any) -> Any:
        try:
            return model.model_validate(data)
        except ValidationError as err:
            raise MalformedPayload(
                Said("PRISM sent an answer in an unexpected shape."),
                provider=PLATFORM,
                detail=Said("{count} problems", count=err.error_count()),
            ) from err

    async def _checked(self, method: str, url: str, **kwargs: Any) -> Envelope:
        """A call whose 2xx body, if any, is an envelope that may still say it failed."""
        return self._envelope(await self._call(method, url, **kwargs))

    def _envelope(self, response: httpx.Response) -> Envelope:
        if not response.content.strip():
            return Envelope(success=True)
        try:
            envelope = Envelope.model_validate(http.json_body(response, platform=PLATFORM))
        except ValidationError as err:
            raise MalformedPayload(
                Said("PRISM sent an answer without its envelope."), provider=PLATFORM
            ) from err
        if envelope.failed():
            raise ProviderError(
                Said("PRISM refused the request."), provider=PLATFORM, detail=envelope.error_text()
            )
        return envelope

    async def _call(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        used = self._access

        async def renew(rejected: AuthExpired) -> None:
            if not await self._renew(used):
                raise rejected  # nothing to trade for a new token: the refusal stands

        return await renewing(
            lambda: self._send(method, url, **kwargs),
            renew,
            platform=PLATFORM,
            refused_again=Said("PRISM rejected the renewed token; trying again."),
        )

    async def _renew(self, used: str) -> bool:
        """A new access token for the rejected ``used``; False if there is nothing to trade."""
        async with renewals.lock():
            if self._access != used:
                return True  # renewed meanwhile by another request of this client
            known = renewals.latest(self._refresh)
            if known is not None:  # another client spent our refresh token: take its result
                self._adopt(*known)
                return True
            return await self._exchange()

    def _adopt(self, access: str, refresh: str) -> None:
        self._access, self._refresh = access, refresh
        log.info("PRISM access token renewed for live %s", self.stream.stream_id)
        if self.on_tokens is not None:
            self.on_tokens(self._access, self._refresh)

    async def _exchange(self) -> bool:
        """Trade the refresh token for new tokens at PRISM's token endpoint."""
        secret = self._settings.client_secret
        if not (self._refresh and self._settings.client_id and secret):
            return False
        headers = {
            "x-prism-client-id": self._settings.client_id,
            "x-prism-client-secret": secret.get_secret_value(),
        }
        params = {"grant_type": "refresh_token", "refresh_token": self._refresh}
        try:
            response = await http.send(
                self._http,
                "GET",
                f"{API}/oauth2/token",
                platform=PLATFORM,
                read_error=read_error,
                headers=headers,
                params=params,
            )
        except (AuthExpired, InvalidRequest) as err:
            raise SignedOut(
                Said("PRISM would not renew the sign-in."), provider=PLATFORM, detail=err.detail
            ) from err
        envelope = Envelope.model_validate(http.json_body(response, platform=PLATFORM))
        if envelope.failed():
            raise SignedOut(
                Said("PRISM would not renew the sign-in."),
                provider=PLATFORM,
                detail=envelope.error_text(),
            )
        token = Token.model_validate(envelope.data)
        spent = self._refresh
        self._adopt(token.access_token, token.refresh_token or spent)
        renewals.record(spent, self._access, self._refresh)
        return True
