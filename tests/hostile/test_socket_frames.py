"""Hostile Stream Chat websocket frames, from a real websocket server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from websockets.asyncio.server import ServerConnection, serve

from moderator.errors import UntrustedCertificate
from moderator.providers import http
from moderator.providers.ibmvideo.realtime import Socket
from tests.hostile.certs import make_pki

HELLO = json.dumps({"type": "health.check", "connection_id": "c1"})
GOOD = json.dumps({"type": "message.new", "cid": "x", "message": {"id": "m2", "text": "fine"}})
HOSTILE = [
    b"[" * 100_000 + b"]" * 100_000,
    b'{"type": "message.new", "cid": ' + b"9" * 100_000 + b"}",
    b'{"type": "message.new", "message": {"id": "m1", "text": "caf\xc3 \xff"}}',
]


async def test_a_hostile_frame_is_skipped_and_the_socket_goes_on() -> None:
    async def handler(ws: ServerConnection) -> None:
        await ws.send(HELLO)
        for frame in HOSTILE:
            await ws.send(frame)  # bytes: a binary frame, as a broken proxy might send
        await ws.send(GOOD)
        await ws.wait_closed()

    async with serve(handler, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        frames = Socket(health_interval=60, silence_timeout=10).frames(f"ws://127.0.0.1:{port}/")
        seen = []
        async with asyncio.timeout(20):
            async for event in frames:
                seen.append(event)
                if event.type == "message.new" and event.message.get("id") == "m2":
                    break
        await frames.aclose()  # type: ignore[attr-defined]
    assert seen[0].connection_id == "c1"
    assert seen[-1].message == {"id": "m2", "text": "fine"}
    # the invalid UTF-8 frame was read with U+FFFD, not dropped
    assert any(e.message and "\ufffd" in e.message.get("text", "") for e in seen)


async def test_an_untrusted_socket_certificate_is_named_as_such(tmp_path: Path) -> None:
    pki = make_pki(tmp_path)

    async def handler(ws: ServerConnection) -> None:
        await ws.send(HELLO)

    async with serve(handler, "127.0.0.1", 0, ssl=pki.server_context()) as server:
        port = server.sockets[0].getsockname()[1]
        frames = Socket().frames(f"wss://127.0.0.1:{port}/")
        with pytest.raises(UntrustedCertificate):
            async with asyncio.timeout(20):
                await anext(frames)


async def test_a_socket_trusts_the_added_ca(tmp_path: Path) -> None:
    pki = make_pki(tmp_path)

    async def handler(ws: ServerConnection) -> None:
        await ws.send(HELLO)
        await ws.wait_closed()

    http.use_ca_bundle(str(pki.ca_file))
    try:
        async with serve(handler, "127.0.0.1", 0, ssl=pki.server_context()) as server:
            port = server.sockets[0].getsockname()[1]
            frames = Socket().frames(f"wss://127.0.0.1:{port}/")
            async with asyncio.timeout(20):
                first = await anext(frames)
            await frames.aclose()  # type: ignore[attr-defined]
    finally:
        http.use_ca_bundle("")
    assert first.connection_id == "c1"


def test_a_ban_event_with_a_giant_name_gives_a_short_status() -> None:
    from moderator.core.events import StatusChanged
    from moderator.providers.ibmvideo.realtime import Translator
    from moderator.providers.ibmvideo.schema import SocketEvent

    name = "token=abcdefgh " + "n" * 1_000_000
    event = SocketEvent.model_validate(
        {"type": "user.banned", "cid": "c", "user": {"id": "u", "name": name}}
    )
    (status,) = Translator("ibmvideo:c", "c", "me").translate(event)
    assert isinstance(status, StatusChanged)
    assert len(status.detail) <= 200
    assert status.detail.endswith("was banned.")
    assert "abcdefgh" not in status.detail
