"""IBM Video chat and Stream Chat: wire formats (PROVIDERS.md C, seed 002) and settings."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any, ClassVar

from pydantic import BeforeValidator, Field, SecretStr

from moderator.core.provider import Connection
from moderator.providers.wire import IdStr, LooseBool, Wire
from moderator.wording import Said

#: Stream Chat returns at most 300 messages per query and 25 when no limit is given
MAX_LIMIT = 300
DEFAULT_LIMIT = 25
#: what this client asks for per query: big enough to catch up fast, small enough to be quick
PAGE_LIMIT = 100
#: Stream user roles that moderate a channel
MODERATOR_ROLES = frozenset({"moderator", "channel_moderator"})
ADMIN_ROLES = frozenset({"admin"})

_FRACTION = re.compile(r"(\.\d{6})\d+")


def _rfc3339(value: Any) -> Any:
    # Stream's servers write nanoseconds ("…12.123456789Z"); Python keeps microseconds
    if isinstance(value, str):
        return _FRACTION.sub(r"\1", value)
    return value


Rfc3339 = Annotated[datetime, BeforeValidator(_rfc3339)]


class IbmVideoConnection(Connection):
    provider: ClassVar[str] = "ibmvideo"

    channel_id: str = Field(description="The IBM Video channel whose chat to moderate.")
    client_id: str = Field(description="API client id from the IBM Video dashboard.")
    client_secret: SecretStr = Field(description="API client secret (sent as HTTP Basic).")
    api_base_url: str = Field(
        default="https://api.video.ibm.com", description="IBM Video API address."
    )
    token_base_url: str = Field(
        default="https://video.ibm.com",
        description="Where the OAuth token endpoint (/oauth2/token) lives.",
    )
    refresh_token: SecretStr | None = Field(
        default=None,
        description="Refresh token from an earlier sign-in; client credentials are used without.",
    )
    label: str = Field(default="", description="Tab title; 'IBM Video channel …' when empty.")

    def stream_id(self) -> str:
        return self.channel_id

    def title(self) -> str:
        return self.label or Said("IBM Video channel {id}", id=self.channel_id)


# -- IBM layer ------------------------------------------------------------------------------


class IbmError(Wire):
    """``{"error": "<value>", "error_description": "…"}``: undocumented, inferred [I]."""

    error: str = ""
    error_description: str = ""


class IbmToken(Wire):
    access_token: str
    refresh_token: str | None = None
    token_type: str = "bearer"
    expires_in: int | None = None


class StreamData(Wire):
    api_base_url: str
    api_key: str
    channel_id: IdStr
    channel_type: str
    team: str = ""


class ChatUser(Wire):
    id: IdStr
    token: str
    default_name: str | None = None
    has_verified_user: LooseBool = False


class ChatInit(Wire):
    stream_data: StreamData
    user: ChatUser


class ChatInitEnvelope(Wire):
    chat: ChatInit


# -- Stream Chat layer ----------------------------------------------------------------------


class StreamErrorBody(Wire):
    code: int | None = None
    message: str = ""
    StatusCode: int | None = None
    duration: str = ""
    more_info: str = ""


class StreamUser(Wire):
    id: IdStr
    name: str | None = None
    image: str | None = None
    role: str = "user"


class StreamMessage(Wire):
    id: IdStr
    text: str = ""
    html: str | None = None
    type: str = "regular"
    user: StreamUser | None = None
    created_at: Rfc3339
    updated_at: Rfc3339 | None = None
    deleted_at: Rfc3339 | None = None


class ChannelConfig(Wire):
    read_events: LooseBool = True


class ChannelInfo(Wire):
    id: IdStr | None = None
    type: str = ""
    cid: str = ""
    name: str = ""
    config: ChannelConfig = Field(default_factory=ChannelConfig)


class ReadState(Wire):
    user: StreamUser
    last_read: Rfc3339 | None = None
    last_read_message_id: IdStr | None = None
    unread_messages: int = 0


class ChannelState(Wire):
    """The answer to a channel query; messages stay raw so each is validated on its own."""

    channel: ChannelInfo = Field(default_factory=ChannelInfo)
    messages: list[Any] = Field(default_factory=list)
    read: list[Any] = Field(default_factory=list)
    members: list[Any] = Field(default_factory=list)


class MessageEnvelope(Wire):
    message: StreamMessage


class SocketEvent(Wire):
    """One websocket frame; which fields are present depends on ``type``."""

    type: str = ""
    connection_id: str | None = None
    cid: str | None = None
    message: Any = None
    user: StreamUser | None = None
    hard_delete: LooseBool = False
    last_read_message_id: IdStr | None = None
    created_at: Rfc3339 | None = None
    expiration: Rfc3339 | None = None
    reason: str | None = None
    error: StreamErrorBody | None = None
