"""Stream Chat's REST half (PROVIDERS.md C): query, send, delete, read, flag, ban.

Every request needs ``?api_key``, ``Authorization: <user token>`` (no "Bearer") and
``stream-auth-type: jwt``; every answer carries X-RateLimit-* headers (60 a minute per user and
endpoint). Errors are ``{code, message, StatusCode, duration, more_info}``. The official SDKs also
send ``user_id`` and ``connection_id`` in the URL and an ``X-Stream-Client`` header on every
request; tests/sdk drives this fake with one of them.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from moderator.fakes.ibmvideo.common import API_KEY, MODERATOR, json_response, stamp, verify_jwt
from moderator.fakes.ibmvideo.platform import FakeChannel, Platform

DEFAULT_LIMIT = 25
MAX_LIMIT = 300
Handler = Callable[[Request, str], Awaitable[Response]]
#: what Stream lets the moderator (a channel_moderator) do, in its capability names; the SDKs
#: check them before acting (the platform's list is longer)
MODERATOR_CAPABILITIES = (
    "ban-channel-members",
    "connect-events",
    "delete-any-message",
    "flag-message",
    "mute-channel",
    "read-events",
    "send-message",
    "update-any-message",
)


class StreamFailure(Exception):
    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def body(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "StatusCode": self.status,
            "duration": "0.42ms",
            "more_info": "https://getstream.io/chat/docs/api_errors_response",
        }


def authenticate(fake: Platform, params: Mapping[str, str], token: str, kind: str) -> str:
    """The user id a request acts as; raises StreamFailure like Stream would."""
    if params.get("api_key") != API_KEY:
        raise StreamFailure(401, 2, "api_key not found")
    if kind != "jwt":
        raise StreamFailure(401, 5, "stream-auth-type header must be jwt")
    claims = verify_jwt(token, fake.jwt_secret)
    if claims is None or not isinstance(claims.get("user_id"), str):
        raise StreamFailure(401, 5, "JWTAuth error: token is malformed or not signed by us")
    with fake.lock:
        if claims.get("jti") not in fake.chat_tokens:
            raise StreamFailure(401, 40, "JWTAuth error: token has expired")
    return str(claims["user_id"])


def stream_routes(fake: Platform) -> list[Route]:
    def guarded(endpoint: str, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        async def run(request: Request) -> Response:
            headers: dict[str, str] = {}
            try:
                user = authenticate(
                    fake,
                    request.query_params,
                    request.headers.get("authorization", ""),
                    request.headers.get("stream-auth-type", ""),
                )
                allowed, headers = fake.limiter.hit(f"stream:{user}:{endpoint}")
                if not allowed:
                    raise StreamFailure(429, 9, "Too many requests, check response headers")
                response = await handler(request, user)
            except StreamFailure as failure:
                response = json_response(failure.body(), failure.status)
            response.headers.update(headers)
            return response

        return run

    channel_path = "/channels/{type}/{id}"
    return [
        Route(f"{channel_path}/query", guarded("query", _query(fake)), methods=["POST"]),
        Route(f"{channel_path}/message", guarded("message", _send(fake)), methods=["POST"]),
        Route(f"{channel_path}/read", guarded("read", _read(fake)), methods=["POST"]),
        Route("/messages/{message_id}", guarded("delete", _delete(fake)), methods=["DELETE"]),
        Route("/moderation/flag", guarded("flag", _flag(fake)), methods=["POST"]),
        Route("/moderation/ban", guarded("ban", _ban(fake)), methods=["POST"]),
        Route("/moderation/ban", guarded("unban", _unban(fake)), methods=["DELETE"]),
    ]


async def _json(request: Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except json.JSONDecodeError:
        raise StreamFailure(400, 4, "the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise StreamFailure(400, 4, "the request body must be a JSON object")
    return body


def _channel(fake: Platform, kind: str, stream_id: str) -> FakeChannel:
    channel = fake.channel_by_stream(kind, stream_id)
    if channel is None:
        raise StreamFailure(404, 16, f"channel {kind}:{stream_id} does not exist")
    return channel


def _window(messages: list[dict[str, Any]], options: dict[str, Any]) -> list[dict[str, Any]]:
    """Stream's id paging: ``id_gt`` reads forward, ``id_lt`` back, neither the newest."""
    try:
        limit = int(options.get("limit", DEFAULT_LIMIT))
    except (TypeError, ValueError):
        raise StreamFailure(400, 4, "messages.limit must be a number") from None
    if not 0 < limit <= MAX_LIMIT:
        raise StreamFailure(400, 4, f"messages.limit must be between 1 and {MAX_LIMIT}")
    ids = [m["id"] for m in messages]
    for key in ("id_gt", "id_lt"):
        # what Stream answers for an id it does not know is undocumented [I]
        if key in options and options[key] not in ids:
            raise StreamFailure(400, 4, f"messages.{key} is not a message of this channel")
    if "id_gt" in options:
        return messages[ids.index(options["id_gt"]) + 1 :][:limit]
    if "id_lt" in options:
        return messages[: ids.index(options["id_lt"])][-limit:]
    return messages[-limit:]


def channel_json(fake: Platform, channel: FakeChannel) -> dict[str, Any]:
    # Stream grants read-events only where the channel's config has read events on
    capabilities = [c for c in MODERATOR_CAPABILITIES if channel.read_events or c != "read-events"]
    return {
        "id": channel.stream_id,
        "type": channel.type,
        "cid": channel.cid,
        "name": channel.title,
        "team": f"team_{channel.ibm_id}",
        "config": {"name": channel.type, "read_events": channel.read_events},
        "own_capabilities": capabilities,
    }


def _read_json(fake: Platform, channel: FakeChannel) -> list[dict[str, Any]]:
    return [
        {
            "user": fake.find_user(user) if user != MODERATOR.id else fake.user_json(MODERATOR),
            "last_read": stamp(at),
            "last_read_message_id": message_id,
            "unread_messages": sum(1 for m in channel.messages if m["created_at"] > stamp(at)),
        }
        for user, (at, message_id) in channel.read.items()
    ]


def _member(fake: Platform, channel: FakeChannel) -> dict[str, Any]:
    """The moderator's membership; Stream's SDKs key members by the nested ``user``."""
    since = channel.messages[0]["created_at"] if channel.messages else stamp(datetime.now(UTC))
    return {
        "user_id": MODERATOR.id,
        "user": fake.user_json(MODERATOR),
        "channel_role": "channel_moderator",
        "banned": False,
        "shadow_banned": False,
        "notifications_muted": False,
        "created_at": since,
        "updated_at": since,
    }


def _query(fake: Platform) -> Handler:
    async def handler(request: Request, user: str) -> Response:
        body = await _json(request)
        options = body.get("messages") or {}
        with fake.lock:
            channel = _channel(fake, request.path_params["type"], request.path_params["id"])
            page = _window(channel.messages, options if isinstance(options, dict) else {})
            if body.get("watch"):
                # Stream takes it "as body or URL parameter"; its SDKs send the URL parameter
                named = request.query_params.get("connection_id") or body.get("connection_id")
                conn = fake.hub.connection(str(named or ""), user)
                if conn is None:
                    raise StreamFailure(
                        400, 4, "watch needs the connection_id of an open websocket"
                    )
                conn.watching.add(channel.cid)
            answer = {
                "channel": channel_json(fake, channel),
                "messages": [dict(m) for m in page],
                "read": _read_json(fake, channel),
                "members": [_member(fake, channel)],
                "duration": "1.02ms",
            }
        return json_response(answer)

    return handler


def _send(fake: Platform) -> Handler:
    async def handler(request: Request, user: str) -> Response:
        message = (await _json(request)).get("message")
        text = message.get("text") if isinstance(message, dict) else None
        if not isinstance(text, str) or not text.strip():
            raise StreamFailure(400, 4, "message.text is required")
        with fake.lock:
            channel = _channel(fake, request.path_params["type"], request.path_params["id"])
            posted = fake.post(channel, MODERATOR, text)
        return json_response({"message": posted, "duration": "2.10ms"})

    return handler


def _delete(fake: Platform) -> Handler:
    async def handler(request: Request, user: str) -> Response:
        message_id = request.path_params["message_id"]
        hard = request.query_params.get("hard") == "true"
        with fake.lock:
            found = fake.find_message(message_id)
            if found is None:
                raise StreamFailure(404, 16, f"message {message_id} does not exist")
            channel, message = found
            if hard:
                channel.messages.remove(message)
                channel.hard_deleted.add(message_id)
            else:
                message.update(type="deleted", deleted_at=stamp(datetime.now(UTC)))
            event = fake.event("message.deleted", channel, message=message, hard_delete=hard)
            fake.hub.publish(channel.cid, event)
        return json_response({"message": message, "duration": "1.50ms"})

    return handler


def _read(fake: Platform) -> Handler:
    async def handler(request: Request, user: str) -> Response:
        message_id = (await _json(request)).get("message_id")
        with fake.lock:
            channel = _channel(fake, request.path_params["type"], request.path_params["id"])
            if not channel.read_events:
                raise StreamFailure(403, 17, "read events are disabled for this channel")
            target = next((m for m in channel.messages if m["id"] == message_id), None)
            if message_id is not None and target is None:
                raise StreamFailure(404, 16, f"message {message_id} does not exist")
            newest = target or (channel.messages[-1] if channel.messages else None)
            at = datetime.now(UTC)
            if newest is not None:
                at = datetime.fromisoformat(newest["created_at"][:26] + "+00:00")
            last_id = newest["id"] if newest is not None else None
            channel.read[user] = (at, last_id)
            event = fake.event(
                "message.read",
                channel,
                user=fake.user_json(MODERATOR),
                last_read_message_id=last_id,
            )
            fake.hub.publish(channel.cid, event)
        return json_response({"event": event, "duration": "0.90ms"})

    return handler


def _flag(fake: Platform) -> Handler:
    async def handler(request: Request, user: str) -> Response:
        message_id = (await _json(request)).get("target_message_id")
        with fake.lock:
            found = fake.find_message(str(message_id))
            if not message_id or found is None:
                raise StreamFailure(404, 16, f"message {message_id} does not exist")
            found[0].flagged.add(str(message_id))
        flag = {"target_message_id": message_id, "user": {"id": user}}
        return json_response({"flag": flag, "duration": "1.10ms"})

    return handler


def _ban_target(fake: Platform, values: Mapping[str, Any]) -> tuple[FakeChannel, str]:
    target = values.get("target_user_id")
    if not target:
        raise StreamFailure(400, 4, "target_user_id is required")
    return _channel(fake, str(values.get("type", "")), str(values.get("id", ""))), str(target)


def _ban(fake: Platform) -> Handler:
    async def handler(request: Request, user: str) -> Response:
        body = await _json(request)
        timeout = body.get("timeout")
        if timeout is not None and (not isinstance(timeout, int | float) or timeout <= 0):
            raise StreamFailure(400, 4, "timeout must be a positive number of minutes")
        with fake.lock:
            channel, target = _ban_target(fake, body)
            fake.ban(channel, target, timeout, str(body.get("reason", "")))
        return json_response({"duration": "1.30ms"})

    return handler


def _unban(fake: Platform) -> Handler:
    async def handler(request: Request, user: str) -> Response:
        # unban takes query parameters, as Stream's SDKs send it
        with fake.lock:
            channel, target = _ban_target(fake, request.query_params)
            channel.banned.pop(target, None)
            fake.hub.publish(channel.cid, fake.event("user.unbanned", channel, user={"id": target}))
        return json_response({"duration": "0.80ms"})

    return handler
