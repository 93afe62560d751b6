"""A provider that plays back a script: for testing the session's logic, not any platform."""

from __future__ import annotations

import asyncio
from collections import deque
from datetime import UTC, datetime

from moderator.core.models import Author, ChatMessage, StreamInfo, StreamRef
from moderator.core.provider import Capability, Page, ProviderBase


def message(i: int | str, text: str = "hi") -> ChatMessage:
    return ChatMessage(
        id=str(i),
        stream_key="test:1",
        author=Author("a", "A"),
        text=text,
        sent_at=datetime(2026, 1, 1, tzinfo=UTC),
    )


class ScriptedProvider(ProviderBase):
    name = "test"
    display_name = "Test"
    capabilities = Capability.SEND

    def __init__(
        self, script: list[Page | Exception], *, connect: list[Exception] | None = None
    ) -> None:
        super().__init__(StreamRef("test", "1", "Test stream"))
        self.script: deque[Page | Exception] = deque(script)
        self.connect_failures = deque(connect or [])
        self.cursors: list[str | None] = []
        self.exhausted = asyncio.Event()
        self.poll_interval = 0.0

    async def connect(self) -> StreamInfo:
        if self.connect_failures:
            raise self.connect_failures.popleft()
        return StreamInfo(self.stream)

    async def fetch(self, cursor: str | None) -> Page:
        self.cursors.append(cursor)
        if not self.script:
            self.exhausted.set()
            await asyncio.Event().wait()  # nothing more to say: block until cancelled
        step = self.script.popleft()
        if isinstance(step, Exception):
            raise step
        return step
