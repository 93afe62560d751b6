"""The demo's fakes run in a child process that the app starts, waits for, and always stops."""

from __future__ import annotations

import asyncio
import os
import sys

import pytest

from moderator.demo import spawn_demo
from tests.harness import child_of_crashed_app, gone, wait_until

CRASHING_APP = """
import asyncio, os, signal
from moderator.demo import spawn_demo
child = spawn_demo(rate=1.0, backlog=5, prism_lives=1)
demo = asyncio.run(child.ready())
print(child.process.pid, flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # a crash no cleanup code sees
"""


async def test_the_demo_serves_from_a_child_process_and_stops_with_the_app() -> None:
    child = spawn_demo(rate=1.0, backlog=5, prism_lives=1)
    try:
        demo = await child.ready()
        assert child.process.pid != os.getpid()
        providers = demo.providers()
        assert {p.name for p in providers} >= {"prism", "liveperson"}
        prism = next(p for p in providers if p.name == "prism")
        assert demo.cursor_for(prism) is not None  # the backlog is replayed from its start
        assert demo.examples()["prism"]
        info = await asyncio.wait_for(prism.connect(), 20)  # served over loopback by the child
        assert info.ref.stream_id == prism.stream.stream_id
        for provider in providers:
            await provider.aclose()
    finally:
        child.stop()
    assert not child.process.is_alive()


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_the_demo_child_dies_with_a_crashed_app() -> None:
    pid = child_of_crashed_app(CRASHING_APP)
    assert wait_until(lambda: gone(pid)), f"the demo's child {pid} outlived the app"


async def test_a_child_that_cannot_start_is_reported() -> None:
    child = spawn_demo(names=["no-such-platform"])
    with pytest.raises(RuntimeError, match="did not start"):
        await child.ready(patience=60)
    assert not child.process.is_alive()
