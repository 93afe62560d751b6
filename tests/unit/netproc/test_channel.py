"""The app and its network process write to each other at once, more than a pipe holds: both
go on, nobody waits for good. With ``Connection.send`` on both ends each filled the other's
pipe while waiting for its own write, and neither read again (the demo froze at 200 messages
a second, automod acting on many authors)."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from multiprocessing.connection import Connection as Pipe
from typing import Any

from moderator.fakelink import connections
from moderator.fakes.prism import PrismFake
from moderator.netproc import wire
from moderator.netproc.process import NetworkProcess
from moderator.providers import REGISTRY

BIG = 64 * 1024
COUNT = 64  # 4 MB each way, far more than a socket pair buffers
GIVE_UP_S = 20.0


def floods_then_answers(pipe: Pipe, _options: dict[str, Any]) -> None:
    """A child that writes 4 MB before it reads anything, then answers every call."""
    # a deadlocked pair would wait forever: the child ends itself, and the calls fail
    threading.Timer(GIVE_UP_S, os._exit, args=(9,)).start()
    for _ in range(COUNT):
        pipe.send((wire.LOG, logging.DEBUG, "tests.flood", "x" * BIG))
    while True:
        try:
            message = pipe.recv()
        except EOFError:
            os._exit(0)
        if message[0] == wire.CALL:
            pipe.send((wire.OK, message[1], len(message[4][0]), None))
        elif message[0] == wire.STOP:
            os._exit(0)


async def test_both_ends_writing_more_than_the_pipe_holds_go_on() -> None:
    network = NetworkProcess(target=floods_then_answers, restart_gap=60)
    fake = PrismFake(seed=1, lives=1)
    proxy = network.create(REGISTRY["prism"], connections(fake, "http://127.0.0.1:9")[0])
    network.start()
    try:
        calls = [network.call(proxy, "send", "y" * BIG) for _ in range(COUNT)]
        answers = await asyncio.wait_for(asyncio.gather(*calls), GIVE_UP_S * 2)
        assert answers == [BIG] * COUNT
        assert network.starts == 1
    finally:
        network.stop()
