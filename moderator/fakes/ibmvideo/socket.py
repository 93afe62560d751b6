"""Stream Chat's websocket: ``/connect``, a first ``health.check``, then events of watched channels.

State changes happen on any thread (tests, the chatter pump), each socket lives on its server's
event loop: events cross over with ``call_soon_threadsafe`` into a per-socket queue.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from starlette.routing import WebSocketRoute
from starlette.websockets import WebSocket, WebSocketDisconnect

from moderator.fakes.ibmvideo.common import stamp
from moderator.fakes.ibmvideo.platform import Platform


@dataclass
class Conn:
    id: str
    user_id: str
    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue[dict[str, Any] | None]
    #: the connected user as Stream describes its own user (``me`` of each health check)
    me: dict[str, Any] = field(default_factory=dict)
    watching: set[str] = field(default_factory=set)

    def put(self, item: dict[str, Any] | None) -> None:
        with contextlib.suppress(RuntimeError):  # the loop is gone: the socket is too
            self.loop.call_soon_threadsafe(self.queue.put_nowait, item)


def health(conn: Conn) -> dict[str, Any]:
    return {
        "type": "health.check",
        "connection_id": conn.id,
        "cid": "*",
        "me": conn.me or {"id": conn.user_id},
        "created_at": stamp(datetime.now(UTC)),
    }


class Hub:
    """The open sockets and the channels each one watches."""

    def __init__(self) -> None:
        self._conns: dict[str, Conn] = {}
        self._lock = threading.Lock()
        #: sockets accepted since the start, refused ones included (tests count reconnects)
        self.opened = 0

    def connection(self, connection_id: str, user_id: str) -> Conn | None:
        with self._lock:
            conn = self._conns.get(connection_id)
        return conn if conn is not None and conn.user_id == user_id else None

    def publish(self, cid: str, event: dict[str, Any]) -> None:
        with self._lock:
            targets = [c for c in self._conns.values() if cid in c.watching]
        for conn in targets:
            conn.put(event)

    def drop_all(self) -> None:
        """Close every socket, as a network hiccup or a Stream deploy would."""
        with self._lock:
            conns = list(self._conns.values())
        for conn in conns:
            conn.put(None)

    def open_count(self) -> int:
        with self._lock:
            return len(self._conns)

    def connection_ids(self) -> list[str]:
        with self._lock:
            return sorted(self._conns)

    def watchers(self, cid: str) -> list[str]:
        """The connections that a ``watch`` query subscribed to the channel's events."""
        with self._lock:
            return sorted(c.id for c in self._conns.values() if cid in c.watching)

    def route(self, fake: Platform) -> WebSocketRoute:
        async def endpoint(websocket: WebSocket) -> None:
            await self._serve(fake, websocket)

        return WebSocketRoute("/connect", endpoint)

    async def _serve(self, fake: Platform, websocket: WebSocket) -> None:
        await websocket.accept()
        with self._lock:
            self.opened += 1
        user_id, error = fake.socket_user(websocket.query_params)
        if error is not None:
            await websocket.send_json({"error": error})
            await websocket.close(code=1000)
            return
        me = fake.own_user(user_id)
        conn = Conn(uuid.uuid4().hex, user_id, asyncio.get_running_loop(), asyncio.Queue(), me)
        with self._lock:
            self._conns[conn.id] = conn
        reader = asyncio.ensure_future(self._read(websocket, conn))
        try:
            await websocket.send_json(health(conn))
            while (item := await conn.queue.get()) is not None:
                await websocket.send_json(item)
        except (WebSocketDisconnect, RuntimeError):
            pass
        finally:
            reader.cancel()
            with self._lock:
                self._conns.pop(conn.id, None)
            with contextlib.suppress(RuntimeError, WebSocketDisconnect):
                await websocket.close()

    async def _read(self, websocket: WebSocket, conn: Conn) -> None:
        """Answer the client's health checks; end the socket when the client goes."""
        try:
            while True:
                frame = json.loads(await websocket.receive_text())
                frames = frame if isinstance(frame, list) else [frame]
                if any(isinstance(f, dict) and f.get("type") == "health.check" for f in frames):
                    conn.queue.put_nowait(health(conn))
        except (WebSocketDisconnect, ValueError, RuntimeError):
            conn.queue.put_nowait(None)
