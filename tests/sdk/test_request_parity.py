"""The app's Stream client sends what the official SDK sends where the platform relies on it.

Both drive the same fake; the query parameters of each endpoint's requests are compared. The SDK
sends ``api_key``, ``user_id`` and ``connection_id`` on every request; a watch query without
``connection_id`` in the URL is what a strict server refuses (issue 13, defect 2).
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import AsyncGenerator
from datetime import timedelta
from typing import cast

from moderator.core.events import ProviderEvent
from moderator.core.models import Author
from moderator.fakes.ibmvideo import IbmVideoFake
from tests.sdk.chat import CHANNEL, Chat, app_client, connected
from tests.sdk.node import Sdk
from tests.sdk.wire import Request, Wire

#: the headers Stream needs; the SDK's X-Stream-Client and x-client-request-id only name it
NEEDED_HEADERS = frozenset({"authorization", "stream-auth-type"})


def params_by_endpoint(requests: list[Request]) -> dict[str, set[frozenset[str]]]:
    seen: dict[str, set[frozenset[str]]] = defaultdict(set)
    for request in requests:
        seen[request.endpoint].add(request.params)
    return seen


async def sdk_requests(sdk: Sdk, chat: Chat, fake: IbmVideoFake, wire: Wire) -> list[Request]:
    await connected(sdk, chat)
    newest = fake.message_ids(CHANNEL)[-1]
    await sdk.call("send", text="from the SDK")
    await sdk.call("delete", id=newest, hard=False)
    await sdk.call("delete", id=fake.message_ids(CHANNEL)[-2], hard=True)
    await sdk.call("mark_read")
    await sdk.call("flag", id=fake.message_ids(CHANNEL)[-1])
    await sdk.call("ban", user_id="ibm-viewer", timeout=5, reason="spam")
    await sdk.call("unban", user_id="ibm-viewer")
    return wire.take()


async def app_requests(url: str, wire: Wire) -> list[Request]:
    app = app_client(url)
    try:
        await app.connect()
        events = cast(AsyncGenerator[ProviderEvent, None], app.listen())
        await asyncio.wait_for(anext(events), 20)  # the watch query's page
        await events.aclose()
        sent = await app.send("from the app")
        assert sent is not None
        await app.set_read(sent)
        await app.flag(sent)
        await app.delete(sent)
        await app.delete(sent, hard=True)
        viewer = Author(id="ibm-viewer", name="viewer")
        await app.ban(viewer, duration=timedelta(minutes=5), reason="spam")
        await app.unban(viewer)
    finally:
        await app.aclose()
    return wire.take()


async def test_the_app_sends_the_query_parameters_the_sdk_sends(
    served: tuple[IbmVideoFake, str], sdk: Sdk, chat: Chat, wire: Wire
) -> None:
    fake, url = served
    wire.take()  # IBM's handoff
    by_sdk = params_by_endpoint(await sdk_requests(sdk, chat, fake, wire))
    app = await app_requests(url, wire)
    by_app = params_by_endpoint(app)
    assert set(by_app) == set(by_sdk) == {"query", "send", "read", "delete", "flag", "ban", "unban"}
    for endpoint, sdk_sets in by_sdk.items():
        # the SDK names its websocket everywhere; Stream needs it only to watch
        needed = set.union(*map(set, sdk_sets))
        if endpoint != "query":
            needed.discard("connection_id")
        sent = set.union(*map(set, by_app[endpoint]))
        assert needed <= sent, f"{endpoint}: the app sends {sorted(sent)}, the SDK {sorted(needed)}"
    assert all(request.headers >= NEEDED_HEADERS for request in app)
