"""Every stream the demo opens gets chat over time, read through its real client over HTTP."""

from __future__ import annotations

import asyncio

from moderator.core.provider import ChatProvider
from moderator.demo import DEMO_POLL_SECONDS, start_demo
from moderator.providers import REGISTRY

DEADLINE = 30.0


async def first_messages(provider: ChatProvider) -> int:
    """Polls until the stream shows a message; how many the first non-empty read had."""
    await provider.connect()
    cursor = None
    while True:
        page = await provider.fetch(cursor)
        if page.messages:
            return len(page.messages)
        cursor = page.cursor
        await asyncio.sleep(0.05)  # a real poll pause between reads, not a wait for a test


async def test_every_demo_stream_receives_messages() -> None:
    demo = start_demo(rate=1.0, backlog=0)  # the demo's own rate: one message a tick
    providers = demo.providers()
    try:
        assert len(providers) == 6  # two PRISM lives and one stream of every other provider
        counts = await asyncio.wait_for(
            asyncio.gather(*(first_messages(p) for p in providers)), DEADLINE
        )
        assert all(count > 0 for count in counts)
    finally:
        for provider in providers:
            await provider.aclose()
        demo.stop()


async def test_demo_streams_poll_faster_but_never_below_a_platforms_minimum() -> None:
    demo = start_demo(rate=1.0, backlog=0)
    providers = demo.providers()
    try:
        pauses = {p.name: p.poll_interval for p in providers}
        assert pauses["liveperson"] == REGISTRY["liveperson"].min_poll_interval == 2.0
        assert pauses["prism"] == DEMO_POLL_SECONDS
    finally:
        for provider in providers:
            await provider.aclose()
        demo.stop()
