"""The GUI tests' loop: a coroutine step that Qt runs between two ``arun`` calls still runs on it.

qasync steps tasks from Qt timers. Between ``arun`` calls the loop is not running, yet Qt still
processes events there: qasync itself once more when ``run_until_complete`` ends, and pytest-qt
after each test phase. A task step fired then found no running loop (``asyncio.timeout`` and
``asyncio.sleep`` raise), which killed stream sessions at random on a loaded machine.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from PySide6.QtWidgets import QApplication

from tests.gui.conftest import Runner


def test_a_step_qt_runs_between_two_aruns_sees_its_running_loop(
    qapp: QApplication, qloop: asyncio.AbstractEventLoop, arun: Runner[Any]
) -> None:
    async def needs_the_loop() -> asyncio.AbstractEventLoop:
        # the next step is a Qt timer, due after this arun has returned
        await asyncio.sleep(0.02)
        return asyncio.get_running_loop()

    async def start() -> asyncio.Task[asyncio.AbstractEventLoop]:
        return asyncio.ensure_future(needs_the_loop())

    task = arun(start())
    assert not task.done()
    deadline = time.monotonic() + 10
    while not task.done() and time.monotonic() < deadline:
        qapp.processEvents()  # what pytest-qt does after each test phase
    assert task.done()
    assert task.result() is qloop
