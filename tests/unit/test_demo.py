"""The demo's fakes run in a child process that the app starts, waits for, and always stops."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from moderator.demo import spawn_demo

CRASHING_APP = """
import asyncio, os, signal
from moderator.demo import spawn_demo
child = spawn_demo(rate=1.0, backlog=5, prism_lives=1)
demo = asyncio.run(child.ready())
print(child.process.pid, flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # a crash no cleanup code sees
"""


def gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state == "Z"  # exited, not yet reaped by its new parent


def wait_until(condition: object, seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.05)
    return False


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
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    with subprocess.Popen(
        [sys.executable, "-c", CRASHING_APP],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    ) as app:
        assert app.stdout is not None
        pid = int(app.stdout.readline())  # the child holds a copy of stdout: read one line only
        assert app.wait(timeout=60) == -signal.SIGKILL
    assert wait_until(lambda: gone(pid)), f"the demo's child {pid} outlived the app"


async def test_a_child_that_cannot_start_is_reported() -> None:
    child = spawn_demo(names=["no-such-platform"])
    with pytest.raises(RuntimeError, match="did not start"):
        await child.ready(patience=60)
    assert not child.process.is_alive()
