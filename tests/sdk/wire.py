"""What reaches the fake: the query parameter and header names of each Stream request."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Receive, Scope, Send

from moderator.fakes.ibmvideo import IbmVideoFake

#: Stream's REST paths by endpoint, the ids left out
ENDPOINTS = {
    ("POST", re.compile(r"/channels/[^/]+/[^/]+/query")): "query",
    ("POST", re.compile(r"/channels/[^/]+/[^/]+/message")): "send",
    ("POST", re.compile(r"/channels/[^/]+/[^/]+/read")): "read",
    ("DELETE", re.compile(r"/messages/[^/]+")): "delete",
    ("POST", re.compile(r"/moderation/flag")): "flag",
    ("POST", re.compile(r"/moderation/ban")): "ban",
    ("DELETE", re.compile(r"/moderation/ban")): "unban",
}


@dataclass(frozen=True)
class Request:
    endpoint: str
    params: frozenset[str]
    headers: frozenset[str]


@dataclass
class Wire:
    """An ASGI layer in front of a fake that notes each Stream REST request's shape."""

    requests: list[Request] = field(default_factory=list)
    _app: ASGIApp | None = None

    def record(self, fake: IbmVideoFake) -> None:
        """Put this recorder in front of the fake's app (before the fake is served)."""
        self._app = fake.app
        fake.app = self

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            endpoint = next(
                (
                    name
                    for (method, path), name in ENDPOINTS.items()
                    if scope["method"] == method and path.fullmatch(scope["path"])
                ),
                None,
            )
            if endpoint is not None:
                query = parse_qsl(scope["query_string"].decode(), keep_blank_values=True)
                headers = (name.decode().lower() for name, _ in scope["headers"])
                self.requests.append(
                    Request(endpoint, frozenset(k for k, _ in query), frozenset(headers))
                )
        assert self._app is not None
        await self._app(scope, receive, send)

    def take(self) -> list[Request]:
        """The requests so far, forgotten here."""
        taken, self.requests = self.requests, []
        return taken
