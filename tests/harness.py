"""Real sessions against fakes on loopback sockets: shared by the fault tests and the soak.

Time is shrunk, not skipped: a session sleeps ``scale`` of what it would (poll pauses, retry
waits, Retry-After), and clients time out after ``request_timeout``. Nothing waits with a fixed
sleep: :meth:`Watch.until` waits on a condition the events make true.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from moderator.core.events import (
    MessagesArrived,
    MessagesRejected,
    ProviderEvent,
    SessionStatus,
    StatusChanged,
)
from moderator.core.models import ChatMessage
from moderator.core.provider import ChatProvider
from moderator.core.session import Backoff, StreamSession
from moderator.fakelink import connections
from moderator.fakes.base import FakeService
from moderator.fakes.brilliant import BrilliantFake
from moderator.fakes.ibmvideo import IbmVideoFake
from moderator.fakes.server import FakeServer
from moderator.providers import create_provider
from moderator.providers.brilliant import BrilliantClient
from moderator.providers.ibmvideo import IbmVideoClient
from moderator.providers.pacing import SlidingWindow

#: what tests allow a platform where its documented limits would make them take minutes
TEST_LIMIT = 1_000_000


def gone(pid: int) -> bool:
    """Whether process ``pid`` has exited (Linux: reads /proc)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state == "Z"  # exited, not yet reaped by its new parent


def wait_until(condition: Callable[[], bool], seconds: float = 30.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def child_of_crashed_app(script: str) -> int:
    """Runs ``script``, an app that prints its child's pid and then SIGKILLs itself; the pid."""
    root = Path(__file__).resolve().parents[1]
    with subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    ) as app:
        assert app.stdout is not None
        pid = int(app.stdout.readline())  # the child holds a copy of stdout: read one line only
        assert app.wait(timeout=60) == -signal.SIGKILL
    return pid


@contextlib.contextmanager
def served(fake: FakeService) -> Iterator[str]:
    """``fake`` served on 127.0.0.1 in a thread, with no chatter of its own; its base URL."""
    server = FakeServer([fake], rate=0)
    try:
        yield server.start()[fake.name]
    finally:
        server.stop()


def unlimit(fake: FakeService) -> None:
    """Lift a fake's own rate limits (the fault plan's 429s are what is tested)."""
    if isinstance(fake, BrilliantFake):
        fake.rate.limit = TEST_LIMIT
    if isinstance(fake, IbmVideoFake):
        fake.limiter.limit = TEST_LIMIT


def make_provider(
    fake: FakeService,
    base_url: str,
    *,
    timeout: float,
    scale: float,
    limits: bool = False,
    index: int = 0,
) -> ChatProvider:
    """The client for one of the fake's streams, with its waits shrunk by ``scale``.

    ``limits``: keep the client's documented rate limits (else they are lifted for speed).
    """
    settings = connections(fake, base_url)[index].model_copy(update={"request_timeout": timeout})
    provider = create_provider(settings)
    provider.poll_interval *= scale
    schedule = getattr(provider, "retry_schedule", ())
    if schedule:
        provider.retry_schedule = tuple(s * scale for s in schedule)  # type: ignore[attr-defined]
    if not limits and isinstance(provider, BrilliantClient):
        provider.limiter = SlidingWindow(TEST_LIMIT, platform="test")
    if not limits and isinstance(provider, IbmVideoClient):
        provider.limiter.limit = TEST_LIMIT
    return provider


@dataclass
class Watch:
    """Records what a session emits and wakes waiters when it changes."""

    ids: Counter[str] = field(default_factory=Counter)
    messages: dict[str, ChatMessage] = field(default_factory=dict)
    statuses: list[SessionStatus] = field(default_factory=list)
    rejected: int = 0
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    def __call__(self, event: ProviderEvent) -> None:
        if isinstance(event, MessagesArrived):
            self.ids.update(m.id for m in event.messages)
            self.messages.update((m.id, m) for m in event.messages)
        elif isinstance(event, StatusChanged):
            self.statuses.append(event.status)
        elif isinstance(event, MessagesRejected):
            self.rejected = event.total
        self.changed.set()

    async def until(self, condition: Callable[[], bool], timeout: float) -> bool:
        """Wait until ``condition()`` holds (checked on each event and every 50 ms)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not condition():
            left = deadline - loop.time()
            if left <= 0:
                return False
            self.changed.clear()
            # events come from this loop; the fake changes from another thread, hence the tick
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed.wait(), min(left, 0.05))
        return True

    def duplicates(self) -> list[str]:
        return [i for i, n in self.ids.items() if n > 1]


def start_session(provider: ChatProvider, watch: Watch, *, scale: float) -> StreamSession:
    async def sleep(seconds: float) -> None:
        await asyncio.sleep(seconds * scale)

    session = StreamSession(provider, watch, sleep=sleep, backoff=Backoff(base=1.0, cap=16.0))
    session.start()
    return session


class CrashCounter(logging.Handler):
    """Counts errors with a traceback from our own code: the session's catch-all and worse."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("moderator") and record.exc_info:
            self.count += 1


async def until(condition: Callable[[], bool], timeout: float, what: str = "") -> bool:
    """Poll ``condition`` every 20 ms while the loop runs; False if ``timeout`` passed first."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            logging.getLogger("soak").warning("gave up waiting for %s", what or "a condition")
            return False
        await asyncio.sleep(0.02)
    return True
