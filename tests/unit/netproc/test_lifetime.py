"""The network process never outlives the app: stopped at quit, gone when the app crashes."""

from __future__ import annotations

import sys

import pytest

from tests.harness import child_of_crashed_app, gone, wait_until

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
def test_the_network_process_dies_with_a_crashed_app() -> None:
    pid = child_of_crashed_app(CRASHING_APP)
    assert wait_until(lambda: gone(pid)), f"the network process {pid} outlived the app"
