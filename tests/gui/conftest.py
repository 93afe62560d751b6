"""GUI tests run coroutines on one qasync loop for the whole session.

Each test is a plain function that calls ``arun(coro)``: the loop runs inside Qt's exec() until
the coroutine is done, so Qt events and asyncio tasks both progress. The loop is never stopped
from outside exec() (that makes later Qt waits return at once) and never closed mid-session.
Inside a coroutine, wait with :func:`until` / :func:`signal_once`, never qtbot.wait.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterator
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QApplication

from moderator.ui.kit import messages
from tests.gui.message_mock import MessageMock

T = TypeVar("T")
Runner = Callable[[Coroutine[Any, Any, T]], T]


class TestLoop(qasync.QEventLoop):  # type: ignore[misc]
    """A qasync loop whose callbacks always run with it as the running loop.

    qasync runs callbacks from Qt timers, and Qt also fires them when the loop is not running:
    qasync's own last ``processEvents`` in ``run_until_complete`` and pytest-qt's after every
    test phase. There ``asyncio.get_running_loop()`` raised, and the stream session whose step it
    was died ("no running event loop"), so chat stopped at random in a loaded run. The app never
    sees this: its whole life runs inside one ``run_until_complete``.
    """

    def _add_callback(self, handle: asyncio.Handle, delay: float = 0) -> asyncio.Handle:
        callback = handle._callback  # type: ignore[attr-defined]

        def run_on_this_loop(*args: Any) -> Any:
            if asyncio._get_running_loop() is not None:
                return callback(*args)
            asyncio._set_running_loop(self)
            try:
                return callback(*args)
            finally:
                asyncio._set_running_loop(None)

        handle._callback = run_on_this_loop  # type: ignore[attr-defined]
        return super()._add_callback(handle, delay)  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    loop: asyncio.AbstractEventLoop = TestLoop(qapp, already_running=False)
    yield loop
    loop.close()  # at the very end, while Qt still exists (no Qt wait can follow it)


@pytest.fixture(autouse=True)
def fresh_messages() -> Iterator[messages.MessageBridge]:
    """Each test its own message bridge: no display of an earlier test's window is told."""
    bridge = messages.MessageBridge()
    old = messages.install(bridge)
    yield bridge
    messages.install(old)


@pytest.fixture
def message_mock(fresh_messages: messages.MessageBridge) -> MessageMock:
    """What the moderator was told or asked during the test."""
    return MessageMock(fresh_messages)


@pytest.fixture
def arun(qloop: asyncio.AbstractEventLoop) -> Runner[Any]:
    def run(coro: Coroutine[Any, Any, T], timeout: float = 60.0) -> T:
        asyncio.set_event_loop(qloop)
        return qloop.run_until_complete(asyncio.wait_for(coro, timeout))

    return run


async def until(
    condition: Callable[[], bool], timeout: float = 20.0, what: str = "condition"
) -> None:
    """Wait, while the loop runs, until ``condition()`` holds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


async def signal_once(signal: SignalInstance, timeout: float = 10.0) -> tuple[Any, ...]:
    """The arguments of the next emission of ``signal``."""
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def fire(*args: Any) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(fire)
    try:
        return await asyncio.wait_for(future, timeout)
    finally:
        signal.disconnect(fire)
