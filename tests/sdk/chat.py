"""IBM's chat handoff as a Stream client gets it, and the SDK's first steps with it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
from pydantic import SecretStr

from moderator.fakes.ibmvideo.common import CLIENT_ID, CLIENT_SECRET
from moderator.providers.ibmvideo import IbmVideoClient, IbmVideoConnection
from tests.sdk.node import Sdk

CHANNEL = "23456001"


@dataclass(frozen=True)
class Chat:
    """What IBM's ``chat.json`` hands a Stream client."""

    base_url: str
    api_key: str
    channel_type: str
    channel_id: str
    user_id: str
    token: str

    @property
    def cid(self) -> str:
        return f"{self.channel_type}:{self.channel_id}"


def ibm_chat_init(url: str) -> Chat:
    """IBM's half, as the docs have it: a client-credentials token, then the chat handoff."""
    with httpx.Client(base_url=url, timeout=10) as ibm:
        granted = ibm.post(
            "/oauth2/token",
            data={"grant_type": "client_credentials", "client_id": CLIENT_ID},
            auth=(CLIENT_ID, CLIENT_SECRET),
        )
        granted.raise_for_status()
        access = granted.json()["access_token"]
        answer = ibm.get(
            f"/channels/{CHANNEL}/chat.json", headers={"Authorization": f"Bearer {access}"}
        )
        answer.raise_for_status()
    data, user = answer.json()["chat"]["stream_data"], answer.json()["chat"]["user"]
    return Chat(
        base_url=data["api_base_url"],
        api_key=data["api_key"],
        channel_type=data["channel_type"],
        channel_id=data["channel_id"],
        user_id=user["id"],
        token=user["token"],
    )


def app_client(url: str) -> IbmVideoClient:
    """The app's own client for the same channel, signing in with the same API client."""
    settings = IbmVideoConnection(
        channel_id=CHANNEL,
        client_id=CLIENT_ID,
        client_secret=SecretStr(CLIENT_SECRET),
        api_base_url=url,
        token_base_url=url,
    )
    return IbmVideoClient(settings)


async def connected(sdk: Sdk, chat: Chat) -> dict[str, Any]:
    """connectUser, then channel.watch(): the state the SDK holds after watching."""
    await sdk.call(
        "connect",
        api_key=chat.api_key,
        base_url=chat.base_url,
        user_id=chat.user_id,
        token=chat.token,
    )
    return await sdk.call("watch", type=chat.channel_type, id=chat.channel_id)
