"""LivePerson legacy Chat Agent API: wire formats (PROVIDERS.md E, seed 004) and settings.

The JSON is a mapping of the XML API, which leaves three quirks every model here absorbs:
attributes are spelled ``@id``/``@type``/``@href`` in most resources but bare ``id``/``type``/
``href`` in the multi-chat example; a list with one element arrives as a bare object (and an
empty one as nothing at all); numbers often arrive as strings.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, ClassVar

from pydantic import AliasChoices, BeforeValidator, Field, SecretStr

from moderator.core.provider import Connection
from moderator.providers.wire import IdStr, Wire
from moderator.wording import Said

API = "/api/account"
#: the login resource's own API version (chat resources use CHAT_PARAMS)
LOGIN_VERSION = "1.3"
#: every chat call carries these; NC=true asks the server not to cache the answer
CHAT_PARAMS: dict[str, str] = {"v": "1", "NC": "true"}
#: the platform asks integrations to poll no faster than this [D]
MIN_POLL_INTERVAL = 2.0
#: after a 429 wait at least this long [D]
MIN_RATE_LIMIT_WAIT = 1.0
#: after a 5xx retry three times, waiting these seconds [D]; for the session layer to adopt
RETRY_5XX_SCHEDULE: tuple[float, ...] = (5.0, 10.0, 15.0)


def as_list(value: Any) -> Any:
    """One element arrives as a bare object and none as nothing: always give a list back."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    return [value]


#: a list the XML mapping may have collapsed to one bare object
OneOrMany = Annotated[list[Any], BeforeValidator(as_list)]


def _either(name: str) -> AliasChoices:
    # the XML attribute spelling and the bare one, as the docs show both
    return AliasChoices(f"@{name}", name)


class LivePersonConnection(Connection):
    provider: ClassVar[str] = "liveperson"

    base_url: str = Field(
        description="Your account's LivePerson server, e.g. https://sales.liveperson.net."
    )
    account_id: str = Field(description="The LivePerson account (site) number.")
    username: str = Field(description="The agent's login name.")
    password: SecretStr = Field(description="The agent's password.")
    poll_interval: float = Field(
        default=3.0,
        ge=MIN_POLL_INTERVAL,
        description="Seconds between two polls; LivePerson allows no less than 2.",
    )
    refresh_interval: float = Field(
        default=240.0,
        gt=0,
        description="Seconds between session refreshes; LivePerson asks for every few minutes.",
    )
    label: str = Field(default="", description="Tab title; made from the user name when empty.")

    def stream_id(self) -> str:
        return f"{self.account_id}/{self.username}"

    def title(self) -> str:
        return self.label or Said("LivePerson chats of {user}", user=self.username)


class Link(Wire):
    href: str = Field(validation_alias=_either("href"))
    rel: str = Field(default="", validation_alias=_either("rel"))


Links = Annotated[list[Link], BeforeValidator(as_list)]


class Location(Wire):
    """``{link: {"@href": …}}``: where a created resource lives."""

    link: Links = Field(default_factory=list)

    def href(self) -> str | None:
        return self.link[0].href if self.link else None


class Login(Wire):
    csrf: str
    bearer: str
    #: milliseconds, sent as a string
    sessionTTl: int | None = None


class Refreshed(Wire):
    """The refresh answer is not documented: take new tokens if it carries any [I]."""

    csrf: str | None = None
    bearer: str | None = None


class AgentSessionCreated(Wire):
    agentSessionLocation: Location


class Ringing(Wire):
    ringingCount: int = 0
    link: Links = Field(default_factory=list)


class IncomingRequests(Wire):
    incomingRequests: Ringing


class ChatAccepted(Wire):
    chatLocation: Location


class ErrorInfo(Wire):
    time: str | None = None
    message: str = ""
    internalCode: IdStr | None = None
    responseStatus: IdStr | None = None


class ErrorBody(Wire):
    error: ErrorInfo

    def text(self) -> str:
        parts = [self.error.message] if self.error.message else []
        if self.error.internalCode is not None:
            parts.append(f"code {self.error.internalCode}")
        return ", ".join(parts)


class Event(Wire):
    id: int = Field(validation_alias=_either("id"))
    type: str = Field(validation_alias=_either("type"))
    time: datetime | None = None
    text: str = ""
    textType: str = "plain"
    by: str = ""
    source: str = ""
    state: str = ""
    systemMessageId: IdStr | None = None
    subType: str = ""


class Events(Wire):
    link: Links = Field(default_factory=list)
    #: raw items, validated one by one
    event: OneOrMany = Field(default_factory=list)


class ChatInfo(Wire):
    state: str = ""
    chatSessionKey: str = ""
    agentName: str = ""
    agentId: IdStr | None = None
    startTime: datetime | None = None
    lastUpdate: datetime | None = None
    visitorId: IdStr | None = None
    visitorName: str = ""


class Chat(Wire):
    link: Links = Field(default_factory=list)
    events: Events | None = None
    info: ChatInfo | None = None

    def link_to(self, rel: str) -> str | None:
        return next((link.href for link in self.link if link.rel == rel), None)


def _blank_to_none(value: Any) -> Any:
    return None if value == "" else value


class ChatList(Wire):
    #: raw chats, validated one by one
    chat: OneOrMany = Field(default_factory=list)


class Chats(Wire):
    """The multi-chat answer; an empty ``<chats/>`` may map to ``""`` or nothing."""

    chats: Annotated[ChatList | None, BeforeValidator(_blank_to_none)] = None
