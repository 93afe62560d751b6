"""The fake's state and test knobs: IBM channels whose chats live in a fake Stream Chat.

One app serves IBM's API, its token endpoint and Stream Chat (REST and websocket), so one
transport reaches all three hosts in tests; ``chat.json`` names the app's own address as
Stream's ``api_base_url``.
"""

from __future__ import annotations

import html
import json
import math
import secrets
import time
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from starlette.applications import Starlette

from moderator.fakes.base import FakeService, MessageFacts
from moderator.fakes.chatter import Chatter, Viewer
from moderator.fakes.hostile import PageShape
from moderator.fakes.ibmvideo.common import (
    API_KEY,
    CLIENT_ID,
    CLIENT_SECRET,
    MODERATOR,
    Limiter,
    sign_jwt,
    stamp,
)
from moderator.fakes.ibmvideo.ibm_routes import ibm_routes
from moderator.fakes.ibmvideo.platform import FakeChannel
from moderator.fakes.ibmvideo.socket import Hub
from moderator.fakes.ibmvideo.stream_routes import StreamFailure, authenticate, stream_routes

#: chatter roles as Stream Chat names them
ROLES = {"owner": "admin", "manager": "channel_moderator", "viewer": "user"}


class IbmVideoFake(FakeService):
    name = "ibmvideo"
    fault_exempt = ("/oauth2/token",)
    # [I] Stream Chat's user.image: pictures uploaded through Stream live on its CDN
    picture_host = "https://us-east.stream-io-cdn.com/102399/images"
    page_shape = PageShape(("id",), "text")

    def __init__(self, *, seed: int = 0, channels: int = 2, rate_limit: int = 60) -> None:
        super().__init__(seed=seed)
        self.chatter = Chatter(self.rng, owner="IBM Streamer", id_prefix="ibm")
        self.limiter = Limiter(rate_limit)
        self.hub = Hub()
        self.jwt_secret = secrets.token_bytes(32)
        self.remember(CLIENT_SECRET)
        self.access: dict[str, float] = {}  # IBM access token -> expiry (monotonic)
        self.refresh: set[str] = set()
        self.chat_tokens: set[str] = set()  # jti of user tokens still valid
        self.outage = False  # IBM answers 503 while set
        self.client_revoked = False  # the token endpoint refuses the client while set
        self.channels: dict[str, FakeChannel] = {}
        self._last = datetime.now(UTC) - timedelta(hours=1)
        titles = ("Think 2026 keynote 🎤", "Quarterly town hall 📈", "Product demo day 🚀")
        for i in range(channels):
            channel = FakeChannel(str(23456001 + i), titles[i % len(titles)])
            self.channels[channel.ibm_id] = channel
            self.post(channel, self.chatter.owner, "Welcome to the chat! Be kind. 💬", "system")

    # -- knobs for tests ---------------------------------------------------------------------

    def expire_ibm_tokens(self) -> None:
        with self.lock:
            self.access.clear()

    def expire_chat_tokens(self) -> None:
        """Every Stream user token now fails with code 40 (token expired)."""
        with self.lock:
            self.chat_tokens.clear()

    def revoke_client(self) -> None:
        """Nothing signs in any more: access and refresh tokens die, the secret is refused."""
        with self.lock:
            self.access.clear()
            self.refresh.clear()
            self.client_revoked = True

    def drop_sockets(self) -> None:
        self.hub.drop_all()

    def issue_access(self) -> tuple[str, str]:
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        self.remember(access, refresh)
        self.access[access] = time.monotonic() + 86400
        self.refresh.add(refresh)
        return access, refresh

    def issue_chat_token(self, user_id: str) -> str:
        jti = uuid.uuid4().hex
        self.chat_tokens.add(jti)
        token = sign_jwt({"user_id": user_id, "iat": int(time.time()), "jti": jti}, self.jwt_secret)
        self.remember(token)
        return token

    def chat_init(self, channel: FakeChannel, base_url: str) -> dict[str, Any]:
        """The ``chat.json`` answer; Stream Chat is this very app, at the caller's address."""
        with self.lock:
            token = self.issue_chat_token(MODERATOR.id)
        stream_data = {
            "api_base_url": base_url.rstrip("/"),
            "api_key": API_KEY,
            "channel_id": channel.stream_id,
            "channel_type": channel.type,
            "team": f"team_{channel.ibm_id}",
        }
        user = {
            "id": MODERATOR.id,
            "token": token,
            "default_name": MODERATOR.name,
            "has_verified_user": True,
        }
        return {"chat": {"stream_data": stream_data, "user": user}}

    def socket_user(self, params: Mapping[str, str]) -> tuple[str, dict[str, Any] | None]:
        """Who a ``/connect`` is for, or Stream's error body for a refused one."""
        try:
            user = authenticate(
                self, params, params.get("authorization", ""), params.get("stream-auth-type", "")
            )
            wanted = json.loads(params.get("json", "{}")).get("user_id")
        except StreamFailure as failure:
            return "", failure.body()
        except (ValueError, AttributeError):
            return "", StreamFailure(400, 4, "json must be an object with user_id").body()
        if wanted != user:
            return "", StreamFailure(401, 5, "user_id does not match the token").body()
        return user, None

    # -- chat --------------------------------------------------------------------------------

    def add_chatter(self, count: int = 1) -> None:
        channels = list(self.channels.values())
        with self.lock:
            for _ in range(count):
                channel = self.next_turn(channels)
                speaker = self.chatter.speaker(exclude=self.banned_now(channel))
                self.post(channel, speaker, self.chatter.line())

    def post(
        self, channel: FakeChannel, who: Viewer, text: str, kind: str = "regular"
    ) -> dict[str, Any]:
        # strictly increasing times, so a read marker covers exactly the messages before it
        self._last = max(datetime.now(UTC), self._last + timedelta(microseconds=1))
        message = {
            "id": str(uuid.uuid4()),  # not ordered: paging must go by id_gt, not by sorting
            "text": text,
            "html": f"<p>{html.escape(text)}</p>\n",
            "type": kind,
            "cid": channel.cid,
            "user": self.user_json(who),
            "created_at": stamp(self._last),
            "updated_at": stamp(self._last),
        }
        channel.messages.append(message)
        # the sender rides along: Stream's SDKs tell their own messages from others' by it
        new = self.event("message.new", channel, message=message, user=message["user"])
        self.hub.publish(channel.cid, new)
        return message

    def user_json(self, who: Viewer) -> dict[str, Any]:
        image = None if sum(map(ord, who.id)) % 3 else self.picture_url(f"/{who.id}/avatar.png")
        return {"id": who.id, "name": who.name, "image": image, "role": ROLES[who.role]}

    def own_user(self, user_id: str) -> dict[str, Any]:
        """The ``me`` of a health check: Stream's own-user record, whose mute and block lists
        its SDKs read on every incoming message."""
        with self.lock:
            user = self.user_json(MODERATOR) if user_id == MODERATOR.id else self.find_user(user_id)
        return {
            **user,
            "online": True,
            "banned": False,
            "mutes": [],
            "channel_mutes": [],
            "blocked_user_ids": [],
            "devices": [],
            "unread_count": 0,
            "total_unread_count": 0,
            "unread_channels": 0,
        }

    def event(self, kind: str, channel: FakeChannel, **fields: Any) -> dict[str, Any]:
        return {
            "type": kind,
            "cid": channel.cid,
            "channel_type": channel.type,
            "channel_id": channel.stream_id,
            "created_at": stamp(datetime.now(UTC)),
            **fields,
        }

    def banned_now(self, channel: FakeChannel) -> set[str]:
        now = time.monotonic()
        return {user for user, until in channel.banned.items() if until > now}

    def ban(self, channel: FakeChannel, user_id: str, minutes: float | None, reason: str) -> None:
        until = math.inf if minutes is None else time.monotonic() + minutes * 60
        channel.banned[user_id] = until
        expiration = (
            None if minutes is None else stamp(datetime.now(UTC) + timedelta(minutes=minutes))
        )
        who = self.find_user(user_id)
        self.hub.publish(
            channel.cid,
            self.event("user.banned", channel, user=who, expiration=expiration, reason=reason),
        )

    def find_user(self, user_id: str) -> dict[str, Any]:
        for channel in self.channels.values():
            for message in channel.messages:
                if message["user"]["id"] == user_id:
                    return dict(message["user"])
        return {"id": user_id, "name": user_id, "role": "user"}

    def channel_by_stream(self, kind: str, stream_id: str) -> FakeChannel | None:
        return next(
            (c for c in self.channels.values() if (c.type, c.stream_id) == (kind, stream_id)),
            None,
        )

    def find_message(self, message_id: str) -> tuple[FakeChannel, dict[str, Any]] | None:
        for channel in self.channels.values():
            for message in channel.messages:
                if message["id"] == message_id:
                    return channel, message
        return None

    # -- what the contract tests ask ---------------------------------------------------------

    def message_facts(self, stream_id: str, message_id: str) -> MessageFacts:
        channel = self.channels[stream_id]
        with self.lock:
            if message_id in channel.hard_deleted:
                return MessageFacts(exists=False, deleted=True)
            found = self.find_message(message_id)
            if found is None:
                return MessageFacts(exists=False)
            message = found[1]
            marker = channel.read.get(MODERATOR.id)
            read = marker is not None and stamp(marker[0]) >= message["created_at"]
            return MessageFacts(
                exists=True,
                deleted=message["type"] == "deleted",
                read=read,
                flagged=message_id in channel.flagged,
            )

    def expire_credentials(self) -> None:
        """Both layers expire: the Stream user token (code 40) and the IBM access token."""
        self.expire_chat_tokens()
        self.expire_ibm_tokens()

    def message_ids(self, stream_id: str) -> list[str]:
        with self.lock:
            return [m["id"] for m in self.channels[stream_id].messages]

    def texts(self, stream_id: str) -> list[str]:
        with self.lock:
            return [m["text"] for m in self.channels[stream_id].messages if m["type"] != "deleted"]

    def restriction(self, stream_id: str, author_id: str) -> str | None:
        until = self.channels[stream_id].banned.get(author_id)
        if until is None or until <= time.monotonic():
            return None
        return "banned" if until == math.inf else "timeout"

    def credentials(self, base_url: str) -> list[dict[str, Any]]:
        return [
            {
                "channel_id": channel_id,
                "client_id": CLIENT_ID,
                "client_secret": CLIENT_SECRET,
                "api_base_url": base_url,
                "token_base_url": base_url,
            }
            for channel_id in self.channels
        ]

    def describe(self, base_url: str) -> dict[str, Any]:
        first = next(iter(self.channels))
        return {
            **super().describe(base_url),
            "try": [
                f"curl -u {CLIENT_ID}:{CLIENT_SECRET} -d grant_type=client_credentials "
                f"-d client_id={CLIENT_ID} {base_url}/oauth2/token",
                f"curl -H 'Authorization: Bearer ACCESS' {base_url}/channels/{first}/chat.json",
                f"curl -X POST -H 'Authorization: USER_TOKEN' -H 'stream-auth-type: jwt' "
                f"-d '{{\"state\":true}}' "
                f"'{base_url}/channels/chatroom/channel_{first}/query?api_key={API_KEY}'",
            ],
        }

    def build_app(self) -> Starlette:
        return Starlette(routes=[*ibm_routes(self), *stream_routes(self), self.hub.route(self)])
