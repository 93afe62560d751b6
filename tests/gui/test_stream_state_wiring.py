"""A tab's controller keeps one StreamState: the model's rows and the session's filter."""

from __future__ import annotations

import asyncio

import httpx
from pytestqt.qtbot import QtBot

from moderator.core.provider import ChatProvider
from moderator.fakelink import connections
from moderator.fakes.prism import PrismFake
from moderator.providers import create_provider
from moderator.ui.bridge.controller import StreamController


def test_one_index_serves_the_rows_and_the_sessions_duplicate_filter(qtbot: QtBot) -> None:
    fake = PrismFake(seed=2, lives=1)

    def provider() -> ChatProvider:
        link = connections(fake, "http://prism.test")[0]
        return create_provider(link, httpx.ASGITransport(app=fake.app))

    controller = StreamController(provider())
    assert controller.session.seen is controller.state
    assert controller.model.state is controller.state

    async def signed_in_anew() -> None:
        await controller.reconnect(provider())
        assert controller.session.seen is controller.state
        await controller.close()

    asyncio.run(signed_in_anew())
