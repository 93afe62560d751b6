"""Brilliant Directories API v2 chat: wire formats (PROVIDERS.md D, seed 003) and settings.

Every value on the wire is a string (``"message_status": "0"``), the paging numbers excepted.
``created_at`` is ``YYYYMMDDHHmmss`` without a zone: it is the site's local time [I], so the
site's zone is a connection setting (UTC unless told otherwise).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from typing import Any, ClassVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator

from moderator.core.provider import Connection
from moderator.providers.wire import IdStr, LooseBool, Wire
from moderator.wording import Said

API = "/api/v2"
MESSAGES = f"{API}/chat_message_items"
THREADS = f"{API}/chat_message_threads"
VERIFY = f"{API}/token/verify"
#: the platform pages 25 rows by default and at most 100
DEFAULT_LIMIT = 25
MAX_LIMIT = 100
#: 100 requests per 60 s per key by default; a site admin may raise it up to 1000 [D]
DEFAULT_REQUESTS_PER_MINUTE = 100
TIME_FORMAT = "%Y%m%d%H%M%S"
_OFFSET = re.compile(r"^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$")


def site_zone(name: str) -> tzinfo:
    """``"UTC"``, an offset like ``"+02:00"`` or an IANA name like ``"America/Chicago"``."""
    text = name.strip()
    if text.upper() in ("", "UTC", "GMT", "Z"):
        return UTC
    match = _OFFSET.match(text.upper())
    if match:
        sign, hours, minutes = match.groups()
        delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
        return timezone(-delta if sign == "-" else delta)
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError) as err:
        unknown = Said("unknown time zone {name}; use an offset like +02:00", name=repr(name))
        raise ValueError(unknown) from err


class BrilliantConnection(Connection):
    provider: ClassVar[str] = "brilliant"

    site_url: str = Field(description="The directory website, e.g. https://www.yourdomain.com.")
    api_key: SecretStr = Field(
        description="API key from the site's Admin Panel, Developer Hub → Generate API Key."
    )
    owner_token: str = Field(
        description="The message_owner token your replies are written as (the site owner's)."
    )
    thread_token: str = Field(
        default="", description="Moderate only this chat thread; empty for every thread."
    )
    reply_thread: str = Field(
        default="",
        description="Thread your messages go to; empty: the thread a visitor wrote in last.",
    )
    timezone: str = Field(
        default="UTC",
        description="The site's time zone: created_at carries none (an inference: site-local).",
    )
    requests_per_minute: int = Field(
        default=DEFAULT_REQUESTS_PER_MINUTE,
        ge=1,
        le=1000,
        description="The key's rate limit as set in the Admin Panel (100 unless raised).",
    )
    label: str = Field(default="", description="Tab title; the site's name when empty.")

    @field_validator("site_url")
    @classmethod
    def _site_has_a_host(cls, value: str) -> str:
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(Said("the site address must start with https:// and name the site"))
        return f"{parts.scheme}://{parts.netloc}"

    @field_validator("timezone")
    @classmethod
    def _zone_is_known(cls, value: str) -> str:
        site_zone(value)
        return value

    def zone(self) -> tzinfo:
        return site_zone(self.timezone)

    def host(self) -> str:
        return urlsplit(self.site_url).netloc

    def stream_id(self) -> str:
        return self.thread_token or self.host()

    def title(self) -> str:
        if self.label:
            return self.label
        if self.thread_token:
            return Said("{site} thread chat", site=self.host())
        return Said("{site} chat", site=self.host())


class Envelope(Wire):
    """``{status, message, total, current_page, total_pages, next_page, prev_page}``."""

    status: str = ""
    #: rows on a list, one object on create/update, a sentence on delete and on errors
    message: Any = None
    total: IdStr | None = None
    current_page: IdStr | None = None
    total_pages: IdStr | None = None
    next_page: IdStr | None = None
    prev_page: IdStr | None = None

    def failed(self) -> bool:
        return self.status.lower() != "success"

    def error_text(self) -> str:
        if isinstance(self.message, str):
            return self.message
        return "" if self.message is None else str(self.message)[:200]

    def rows(self) -> list[Any]:
        if isinstance(self.message, list):
            return self.message
        return [self.message] if isinstance(self.message, dict) else []

    def last_page(self) -> bool:
        """Whether nothing follows: ``current_page >= total_pages`` (or no cursor to go on)."""
        try:
            current, pages = int(self.current_page or 1), int(self.total_pages or 1)
        except ValueError:
            return True
        return current >= pages or not self.next_page


class BrilliantMessage(Wire):
    message_id: IdStr
    message_token: str = ""
    thread_token: str = ""
    message_status: LooseBool = False
    message_owner: IdStr = ""
    message_content: str = ""
    created_at: str = ""


class BrilliantThread(Wire):
    thread_id: IdStr
    thread_status: LooseBool = True
    thread_token: str
    thread_owner: IdStr = ""
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None


class KeyInfo(Wire):
    website: str = ""
    key: str = ""


def parse_site_time(value: str, zone: tzinfo) -> datetime | None:
    """``YYYYMMDDHHmmss`` in the site's zone; None when empty or unreadable."""
    try:
        return datetime.strptime(value.strip(), TIME_FORMAT).replace(tzinfo=zone)
    except ValueError:
        return None


def format_site_time(moment: datetime, zone: tzinfo) -> str:
    return moment.astimezone(zone).strftime(TIME_FORMAT)
