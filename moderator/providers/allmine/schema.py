"""Allmine API, live stream chat: wire formats (PROVIDERS.md B, seed 001) and settings."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar, Literal

from pydantic import Field, SecretStr

from moderator.core.provider import Connection
from moderator.providers.wire import IdStr, LooseBool, Wire
from moderator.wording import Said

API = "/api/v1"
#: the list endpoint takes limit 1 to 100 (default 30); we ask for the most it gives
MAX_LIMIT = 100

#: PROVIDERS.md marks the list's page order as undocumented [I]; "auto" tells it from the dates
PageOrder = Literal["auto", "newest_first", "oldest_first"]


class AllmineConnection(Connection):
    provider: ClassVar[str] = "allmine"

    base_url: str = Field(
        description="The Allmine API address (no public default; the docs only show example.com)."
    )
    live_stream_id: str = Field(
        description="The live stream whose chat to moderate (its 24-hex streamId)."
    )
    access_token: SecretStr = Field(description="JWT access token, sent as a Bearer token.")
    refresh_token: SecretStr | None = Field(
        default=None, description="Refresh token, to renew the access token when it expires."
    )
    page_order: PageOrder = Field(
        default="auto",
        description="Which end of the chat the first page holds; auto tells it from the dates.",
    )
    page_size: int = Field(
        default=MAX_LIMIT, ge=1, le=MAX_LIMIT, description="Messages per request (1 to 100)."
    )
    label: str = Field(default="", description="Tab title; 'Allmine stream <id>' when empty.")

    def stream_id(self) -> str:
        return self.live_stream_id

    def title(self) -> str:
        return self.label or Said("Allmine stream {id}", id=self.live_stream_id)


class Envelope(Wire):
    """``{isSuccess, statusCode, data, errors, timestamp}``: errors always, success sometimes."""

    isSuccess: LooseBool | None = None
    statusCode: int | None = None
    data: Any = None
    errors: list[Any] | None = None
    timestamp: str | None = None

    def error_text(self) -> str:
        return "; ".join(str(e) for e in self.errors or [] if e)


class ProfilePhoto(Wire):
    id: IdStr | None = Field(default=None, alias="_id")
    url: str | None = None
    type: str | None = None
    #: sizes in pixels ("40", "76") to URLs
    variants: dict[str, str] | None = None


class Sender(Wire):
    id: IdStr = Field(alias="_id")
    username: str | None = None
    name: str | None = None
    surname: str | None = None
    profilePhoto: ProfilePhoto | None = None
    availabilityStatus: str | None = None


class AllmineMessage(Wire):
    id: IdStr = Field(alias="_id")
    streamId: IdStr | None = None
    content: str = ""
    sender: Sender
    createdAt: datetime
    updatedAt: datetime | None = None


class Stamp(Wire):
    """What paging needs of an item that is otherwise unreadable."""

    id: IdStr = Field(alias="_id")
    createdAt: datetime


class MessagePage(Wire):
    """The list answer; items stay raw so each is validated on its own."""

    messages: list[Any] = Field(default_factory=list)
    page: int = 1
    limit: int = MAX_LIMIT
    total: int = 0
    totalPages: int = 0
    hasNextPage: LooseBool = False
    hasPreviousPage: LooseBool = False


class User(Wire):
    id: IdStr = Field(alias="_id")
    username: str | None = None
    name: str | None = None
    surname: str | None = None
    email: str | None = None


class Tokens(Wire):
    """What refresh and OTP sign-in answer (inside the ``{isSuccess:true, data}`` wrapper)."""

    accessToken: str
    refreshToken: str | None = None
    expiresIn: int | None = None
    refreshExpiresIn: int | None = None
    user: User | None = None
