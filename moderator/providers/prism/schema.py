"""PRISM Live Studio B2B chat API: wire formats (PROVIDERS.md A, seed 000) and settings."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, ClassVar, NotRequired

from pydantic import Field, SecretStr, Strict, TypeAdapter
from typing_extensions import TypedDict

from moderator.core.provider import Connection
from moderator.providers.wire import IdStr, LooseBool, Wire
from moderator.wording import Said

API = "/prism/v1/service"
#: the platform caps a page at 100; 0 or more also means 100
MAX_RESULTS = 100
ON_AIR = frozenset({"ON_AIR", "ONAIR"})
ENDED = frozenset({"END", "ENDED", "CLOSED", "FINISHED"})


class PrismConnection(Connection):
    provider: ClassVar[str] = "prism"

    base_url: str = Field(description="The PRISM B2B API address your partner account was given.")
    live_id: str = Field(description="The live whose chat to moderate.")
    access_token: SecretStr = Field(description="OAuth access token (x-prism-access-token).")
    refresh_token: SecretStr | None = Field(
        default=None, description="Refresh token, to renew the access token."
    )
    client_id: str = Field(default="", description="Partner client id, needed to refresh tokens.")
    client_secret: SecretStr | None = Field(default=None, description="Partner client secret.")
    label: str = Field(default="", description="Tab title; the live's title when empty.")
    authorize_url: str = Field(
        default="",
        description="Browser sign-in page; empty: {base_url}/prism/v1/service/oauth2/authorize "
        "(not documented by PRISM: an inference).",
    )

    def stream_id(self) -> str:
        return self.live_id

    def title(self) -> str:
        return self.label or Said("PRISM live {id}", id=self.live_id)


class Envelope(Wire):
    """``{success, errorCode, errorName, message, data}`` around every answer."""

    success: LooseBool = False
    errorCode: IdStr | None = None
    errorName: str | None = None
    message: str | None = None
    data: Any = None

    def failed(self) -> bool:
        return not self.success or (self.errorCode not in (None, "0"))

    def error_text(self) -> str:
        parts = [p for p in (self.errorName, self.message) if p]
        if self.errorCode not in (None, "0"):
            parts.append(f"code {self.errorCode}")
        return ", ".join(parts)


class PrismMessage(Wire):
    messageId: IdStr | None = None
    message: str = ""
    messageAt: datetime | None = None
    authorId: IdStr
    authorName: str
    authorProfileThumbnail: str | None = None
    isLiveOwner: LooseBool = False
    isLiveManager: LooseBool = False


class ChatPage(Wire):
    liveId: IdStr | None = None
    nextPageToken: IdStr | None = None
    messages: list[Any] = Field(default_factory=list)


class LiveStat(Wire):
    viewCount: int | None = None
    viewerCount: int | None = None
    likeCount: int | None = None
    chatCount: int | None = None


class Live(Wire):
    liveId: IdStr
    title: str = ""
    status: str = ""
    liveStat: LiveStat | None = None


class LiveData(Wire):
    live: Live


class Token(Wire):
    access_token: str
    refresh_token: str | None = None
    expires_in: int | None = None
    token_type: str = "bearer"


# -- the fast path: a whole chat read checked by pydantic-core alone -----------------------------
# TypedDicts with no Python validators validate ~1.1 M messages/s from bytes, twice as fast as
# the models above. They accept a subset of what the models accept (ids as int or str, booleans
# as pydantic reads them, times as strings); whatever falls outside fails the page, which is
# then read the careful way with the models above. So both paths give the same messages.

#: an id as PRISM sends it: a whole number or a string (never a bool or a fraction)
FastId = Annotated[int, Strict()] | str


class FastMessage(TypedDict):
    messageId: FastId
    message: NotRequired[str]
    messageAt: NotRequired[str | None]
    authorId: FastId
    authorName: str
    authorProfileThumbnail: NotRequired[str | None]
    isLiveOwner: NotRequired[bool]
    isLiveManager: NotRequired[bool]


class FastChatPage(TypedDict):
    nextPageToken: NotRequired[FastId | None]
    messages: list[FastMessage]


class FastEnvelope(TypedDict):
    success: bool
    errorCode: NotRequired[FastId | None]
    data: FastChatPage | None


FAST_ENVELOPE: TypeAdapter[FastEnvelope] = TypeAdapter(FastEnvelope)
#: how the models above read a time (used once per distinct stamp on the fast path)
TIME: TypeAdapter[datetime | None] = TypeAdapter(datetime | None)
