"""``python -m tests.soak --seconds S --rate R --faults F``: every fake, the real app's objects.

Serves all five fakes on loopback with ``R`` chat messages a second in all (R/5 each) and a
share ``F`` of requests failing in every way :mod:`moderator.fakes.faults` knows, "answer lost"
and "applied twice" included. Each stream runs as the app runs it: a real
:class:`~moderator.ui.bridge.controller.StreamController` (session, model, moderation) with an
outbox and an archive on disk, the model trimmed into the archive as a view at the bottom
does. Actions
go through the controller, never around it: sends (each with a unique nonce), deletes and mark
read; the controller and its outbox do every retry.

After ``S`` seconds the chatter stops and everything settles; then the fakes are asked, by id:
each chat message must be in the model or the archive exactly once, each send's nonce must be
in the chat exactly once, each delete applied once (the fake's request log), each action done.
Prints one JSON line; a healthy run has zeros in every count but the totals.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from moderator.core.search import SearchQuery
from moderator.fakes.faults import FaultKind, FaultPlan
from moderator.fakes.liveperson import LivePersonFake
from moderator.fakes.registry import FAKES
from moderator.fakes.server import FakeServer
from moderator.storage.archive import Archive
from moderator.storage.outbox import Outbox
from tests.harness import CrashCounter, until
from tests.soak_streams import Stream, act, counts, open_streams, settled

log = logging.getLogger("soak")
#: seconds between two rounds of actions: a busy moderator, within every platform's limits
ACTION_PAUSE = 1.0
#: rows a tab keeps before the rest goes to the archive (small: the archive must take part)
BUFFER = 300
#: what a request that changes the chat ends with when it is a POST (reads POST too)
WRITES = ("/message", "/messages", "/create", "/events", "/read", "/flag", "/ban")


class SoakPlan(FaultPlan):
    """The fault plan, plus a share ``lost`` of the requests that change the chat (sends,
    deletes, read flags) applied with their answer lost: the case exactly-once is about."""

    def __init__(self, *, lost: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lost = lost

    def choose(self, path: str, method: str = "GET") -> FaultKind | None:
        write = method in ("PUT", "DELETE") or (method == "POST" and path.endswith(WRITES))
        if write and not path.endswith(self.exempt + self.readable):
            with self._lock:
                if self.rng.random() < self.lost:
                    self.injected[FaultKind.LOST] += 1
                    return FaultKind.LOST
        return super().choose(path, method)


async def soak(
    seconds: float, rate: float, faults: float, *, scale: float = 1.0, lost: float = 0.1
) -> dict[str, Any]:
    crashes = CrashCounter()
    logging.getLogger().addHandler(crashes)
    fakes = [FAKES[name](seed=42) for name in FAKES]
    for fake in fakes:
        if isinstance(fake, LivePersonFake):
            # a visitor who leaves makes a reply refused (rightly, with a reason): the soak
            # counts every action not applied as lost, so its visitors stay
            fake.leave_chance = 0.0
        fake.faults = SoakPlan(
            lost=lost,
            rate=faults,
            seed=7,
            exempt=fake.fault_exempt,
            readable=fake.fault_readable,
            delay=3.0,
        )
    server = FakeServer(fakes, rate=0)
    with tempfile.TemporaryDirectory(prefix="soak-") as folder:
        outbox = Outbox(Path(folder) / "outbox.sqlite3")
        archive = Archive(Path(folder) / "archive.sqlite3")
        streams = open_streams(server.start(), fakes, scale, outbox, archive, BUFFER)
        try:
            pause = max(0.25, ACTION_PAUSE * scale)
            return await _run(streams, server, (seconds, pause), rate, crashes, archive)
        finally:
            for s in streams:
                await s.controller.close()
            server.stop()
            archive.close()
            outbox.close()
            logging.getLogger().removeHandler(crashes)


async def _run(
    streams: list[Stream],
    server: FakeServer,
    timing: tuple[float, float],
    rate: float,
    crashes: CrashCounter,
    archive: Archive,
) -> dict[str, Any]:
    # a first read hands out the newest page only: the chatter starts once all have read
    await until(lambda: all(s.controller.session.cursor for s in streams), 60, "first reads")
    server.rate = rate / len(server.fakes)
    seconds, pause = timing
    serial = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:  # a slow action must not hold up the next ones
        for stream in streams:
            act(stream, serial, uuid.uuid4().hex[:10])
            stream.trim()
        serial += 1
        await asyncio.sleep(pause)
    server.rate = 0  # the chatter stops; what was said must still arrive, what was done land
    drain = time.monotonic()
    # Brilliant Directories' key allows 100 requests a minute for reading and acting alike: at
    # 200 messages a second it falls behind while the chatter lasts and catches up afterwards
    done = await until(lambda: settled(streams), max(120.0, seconds * 6), "everything to settle")
    log.info("settled (%s) in %.1f s after the chatter stopped", done, time.monotonic() - drain)
    for stream in streams:
        stream.trim()
    archive.flush()
    archived = archive.search(SearchQuery(limit=10**7))
    result = counts(streams, archived)
    result["crashes"] = crashes.count + sum(not s.controller.session.running for s in streams)
    result["faults_injected"] = sum(f.faults.total() for f in server.fakes)
    return result


def run_in_qt(
    seconds: float, rate: float, faults: float, scale: float, lost: float
) -> dict[str, Any]:
    """Run the soak on a qasync loop inside a (offscreen) QApplication, as the app runs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app, already_running=False)
    asyncio.set_event_loop(loop)
    try:
        result: dict[str, Any] = loop.run_until_complete(
            soak(seconds, rate, faults, scale=scale, lost=lost)
        )
        return result
    finally:
        loop.close()


BAD = (
    "lost",
    "duplicated",
    "actions_lost",
    "sends_lost",
    "sent_twice",
    "applied_twice",
    "crashes",
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.soak", description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--rate", type=float, default=1000.0, help="messages a second, in all")
    parser.add_argument("--faults", type=float, default=0.1, help="share of requests that fail")
    parser.add_argument("--scale", type=float, default=1.0, help="shrink waits (tests only)")
    parser.add_argument(
        "--lost", type=float, default=0.1, help="share of sends and actions whose answer is lost"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    log.setLevel(logging.INFO)
    result = run_in_qt(args.seconds, args.rate, args.faults, args.scale, args.lost)
    print(json.dumps(result), flush=True)
    return 1 if any(result[key] for key in BAD) else 0


if __name__ == "__main__":
    raise SystemExit(main())
