"""Toy Chat's client: reads after the last number seen, sends with POST; nothing else."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

import httpx
from pydantic import SecretStr

from moderator.core.models import Author, ChatMessage, StreamInfo, StreamRef
from moderator.core.provider import Capability, Connection, Page, ProviderBase
from moderator.providers import http

PLATFORM = "Toy Chat"


class ToyConnection(Connection):
    provider: ClassVar[str] = "toy"

    base_url: str
    room: str
    key: SecretStr

    def stream_id(self) -> str:
        return self.room


def read_error(response: httpx.Response) -> str:
    return str(response.json().get("error", ""))


class ToyClient(ProviderBase):
    name = "toy"
    display_name = PLATFORM
    capabilities = Capability.SEND
    unsupported: ClassVar[dict[Capability, str]] = {
        Capability.DELETE: "Toy Chat keeps every word said.",
        Capability.BAN: "Toy Chat lets everyone in.",
    }
    poll_interval = 3.0

    def __init__(self, settings: ToyConnection, transport: httpx.AsyncBaseTransport | None) -> None:
        super().__init__(StreamRef(self.name, settings.room))
        self._http = http.make_client(settings.base_url, transport=transport)
        self._send = http.Sender(
            self._http,
            platform=PLATFORM,
            read_error=read_error,
            credentials=lambda: {"x-toy-key": settings.key.get_secret_value()},
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def connect(self) -> StreamInfo:
        room = http.json_body(await self._send("GET", self._path()), platform=PLATFORM)
        self._stream = StreamRef(self.name, self.stream.stream_id, str(room["title"]))
        return StreamInfo(self.stream, live=bool(room["live"]))

    async def fetch(self, cursor: str | None) -> Page:
        response = await self._send(
            "GET", f"{self._path()}/messages", params={"after": cursor or "0"}
        )
        rows = http.json_body(response, platform=PLATFORM)["messages"]
        messages = [self._message(row) for row in rows]
        return Page(messages, messages[-1].id if messages else cursor, more=len(rows) == 20)

    async def send(self, text: str) -> ChatMessage | None:
        response = await self._send("POST", f"{self._path()}/messages", json={"text": text})
        return self._message(http.json_body(response, platform=PLATFORM))

    def _path(self) -> str:
        return f"/rooms/{self.stream.stream_id}"

    def _message(self, row: dict[str, Any]) -> ChatMessage:
        author = Author(str(row["who"]), str(row["name"]))
        now = datetime.now(UTC)
        return ChatMessage(str(row["n"]), self.stream.key, author, str(row["text"]), now)
