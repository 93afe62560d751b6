"""The network process never outlives the app: stopped at quit, gone when the app crashes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.unit.test_demo import gone, wait_until

CRASHING_APP = """
import asyncio, os, signal
from moderator.netproc.process import NetworkProcess

async def main():
    network = NetworkProcess()
    network.start()
    print(network.process.pid, flush=True)
    await asyncio.sleep(0.5)  # the child is importing, or already waiting on the pipe
    os.kill(os.getpid(), signal.SIGKILL)  # a crash no cleanup code sees

if __name__ == "__main__":
    asyncio.run(main())
"""


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_the_network_process_dies_with_a_crashed_app(tmp_path: Path) -> None:
    script = tmp_path / "crashing_app.py"
    script.write_text(CRASHING_APP)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    with subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    ) as app:
        assert app.stdout is not None
        pid = int(app.stdout.readline())
        assert app.wait(timeout=60) == -signal.SIGKILL
    assert wait_until(lambda: gone(pid)), f"the network process {pid} outlived the app"
