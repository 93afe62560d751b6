"""Toy Chat's platform: rooms of numbered messages, read after a number, written by POST."""

from __future__ import annotations

from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from moderator.fakes.base import FakeService, MessageFacts

ROOM = "lobby"
KEY = "toy-key"


class ToyFake(FakeService):
    name = "toy"

    def __init__(self, *, seed: int = 0) -> None:
        super().__init__(seed=seed)
        self.rooms: dict[str, list[dict[str, Any]]] = {ROOM: []}
        self.remember(KEY)

    def build_app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/rooms/{room}", self._room),
                Route("/rooms/{room}/messages", self._read, methods=["GET"]),
                Route("/rooms/{room}/messages", self._write, methods=["POST"]),
            ]
        )

    def _known(self, request: Request) -> list[dict[str, Any]] | JSONResponse:
        if request.headers.get("x-toy-key") != KEY:
            return JSONResponse({"error": "bad key"}, status_code=401)
        room = self.rooms.get(request.path_params["room"])
        return JSONResponse({"error": "no such room"}, status_code=404) if room is None else room

    async def _room(self, request: Request) -> JSONResponse:
        room = self._known(request)
        if isinstance(room, JSONResponse):
            return room
        return JSONResponse({"title": "The lobby", "live": True})

    async def _read(self, request: Request) -> JSONResponse:
        room = self._known(request)
        if isinstance(room, JSONResponse):
            return room
        after = int(request.query_params.get("after", "0"))
        with self.lock:
            return JSONResponse({"messages": [m for m in room if m["n"] > after][:20]})

    async def _write(self, request: Request) -> JSONResponse:
        room = self._known(request)
        if isinstance(room, JSONResponse):
            return room
        body = await request.json()
        return JSONResponse(self._post(room, "mod", "Moderator", str(body["text"])))

    def _post(self, room: list[dict[str, Any]], who: str, name: str, text: str) -> dict[str, Any]:
        with self.lock:
            message = {"n": len(room) + 1, "who": who, "name": name, "text": text}
            room.append(message)
            return message

    def add_chatter(self, count: int = 1) -> None:
        for _ in range(count):
            viewer = self.rng.randrange(5)
            self._post(self.rooms[ROOM], f"v{viewer}", f"Viewer {viewer}", "hello there")

    def expire_credentials(self) -> None:
        """A toy key never expires."""

    def credentials(self, base_url: str) -> list[dict[str, Any]]:
        return [{"base_url": base_url, "room": ROOM, "key": KEY}]

    def message_ids(self, stream_id: str) -> list[str]:
        return [str(m["n"]) for m in self.rooms[stream_id]]

    def texts(self, stream_id: str) -> list[str]:
        return [m["text"] for m in self.rooms[stream_id]]

    def message_facts(self, stream_id: str, message_id: str) -> MessageFacts:
        return MessageFacts(exists=message_id in self.message_ids(stream_id))

    def restriction(self, stream_id: str, author_id: str) -> str | None:
        return None
