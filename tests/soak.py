"""``python -m tests.soak --seconds S --rate R --faults F``: every fake, real sessions, faults.

Serves all five fakes on loopback with ``R`` chat messages a second in all (R/5 each) and a
share ``F`` of requests failing in every way :mod:`moderator.fakes.faults` knows; runs a real
:class:`StreamSession` per stream (Brilliant: the site-wide one) and, meanwhile, moderation
actions through :func:`moderator.core.actions.execute` (delete, mark read, send where
supported), retrying transient failures. After ``S`` seconds the chatter stops and the sessions
drain. Prints one JSON line; a healthy run has zero ``lost``, ``duplicated``, ``actions_lost``
and ``crashes``. Documented rate limits stay on: they are what a real account gets.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from moderator.core.actions import ActionKind, execute
from moderator.core.models import ChatMessage, MessageKind
from moderator.core.provider import Capability, ChatProvider
from moderator.core.session import StreamSession
from moderator.errors import ProviderError, RateLimited
from moderator.fakelink import connections
from moderator.fakes.base import FakeService
from moderator.fakes.faults import FaultPlan
from moderator.fakes.liveperson import LivePersonFake
from moderator.fakes.registry import FAKES
from moderator.fakes.server import FakeServer
from tests.harness import Watch, make_provider, start_session

log = logging.getLogger("soak")
ATTEMPTS = 8
REPLY = "soak reply"
#: seconds between two rounds of actions: a busy moderator, within every platform's limits
ACTION_PAUSE = 1.0
#: seconds an idempotent action keeps being retried
PATIENCE = 120.0


@dataclass
class Stream:
    fake: FakeService
    provider: ChatProvider
    watch: Watch
    session: StreamSession
    deleted: set[str] = field(default_factory=set)
    done: list[tuple[ActionKind | str, str]] = field(default_factory=list)


class CrashCounter(logging.Handler):
    """Counts errors with a traceback from our own code: the session's catch-all and worse."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("moderator") and record.exc_info:
            self.count += 1


def open_streams(urls: dict[str, str], fakes: Sequence[FakeService], scale: float) -> list[Stream]:
    streams = []
    for fake in fakes:
        count = 1 if fake.name == "brilliant" else len(connections(fake, urls[fake.name]))
        for index in range(count):
            provider = make_provider(
                fake, urls[fake.name], timeout=2.0, scale=scale, limits=True, index=index
            )
            watch = Watch()
            streams.append(
                Stream(fake, provider, watch, start_session(provider, watch, scale=scale))
            )
    return streams


async def act(stream: Stream, serial: int) -> None:
    """One action on a message already received (or a send), retried while it may work later."""
    caps = stream.provider.capabilities
    chat = [i for i in stream.watch.ids if i not in stream.deleted]
    if not chat:  # as in the app: moderating starts once the chat is there
        return
    if serial % 3 == 0 and Capability.SEND in caps:
        await _send(stream, f"{REPLY} {serial} {time.monotonic_ns()}")
        return
    kind = ActionKind.DELETE if Capability.DELETE in caps else ActionKind.MARK_READ
    if (kind is ActionKind.MARK_READ and Capability.MARK_READ not in caps) or not chat:
        return
    message = stream.watch.messages[chat[-(serial % min(len(chat), 20)) - 1]]
    # our own replies stay: whether a send arrived is checked by its text at the end
    if message.kind is not MessageKind.CHAT or message.text.startswith(REPLY):
        return
    stream.done.append((kind, message.id))
    if kind is ActionKind.DELETE:
        stream.deleted.add(message.id)
    await _until_done(stream, kind, message)


async def _until_done(stream: Stream, kind: ActionKind, message: ChatMessage) -> None:
    """Delete and mark read are idempotent: retry any failure, a rate limit for as long as the
    platform asks (Brilliant's key is shared by reading and acting: 100 requests a minute)."""
    deadline = time.monotonic() + PATIENCE
    attempts = 0
    while time.monotonic() < deadline:
        result = await execute(stream.provider, kind, message)
        if result.ok:
            return
        attempts += 1
        if not result.transient and attempts >= ATTEMPTS:
            break
        await asyncio.sleep(1.0 if result.transient else 0.2)
    log.info("%s gave up: %s", kind.value, result.error)


async def _send(stream: Stream, text: str) -> None:
    stream.done.append(("send", text))
    for _ in range(ATTEMPTS):
        try:
            await stream.provider.send(text)
            return
        except ProviderError as err:
            if not err.transient:  # it may have gone through: a resend could duplicate it
                log.info("send failed for good: %r", err)
                return
            await asyncio.sleep(_wait(err))
    log.info("send gave up after %d attempts", ATTEMPTS)


def _wait(err: ProviderError | None) -> float:
    """Before retrying: what a rate limit asks (bounded), else a short pause."""
    return min(10.0, err.retry_after) if isinstance(err, RateLimited) else 0.2


def applied(stream: Stream, kind: ActionKind | str, target: str) -> bool:
    sid = stream.provider.stream.stream_id
    if kind == "send":
        return target in stream.fake.texts(sid)
    facts = stream.fake.message_facts(sid, target)
    if kind is ActionKind.DELETE:
        return facts.deleted or not facts.exists
    return facts.read


def report(streams: list[Stream], crashes: int) -> dict[str, int]:
    totals = dict.fromkeys(
        ("sent", "received", "lost", "duplicated", "actions_sent", "actions_applied"), 0
    )
    for s in streams:
        expected = set(s.fake.message_ids(s.provider.stream.stream_id)) | s.deleted
        totals["sent"] += len(expected)
        totals["received"] += len(expected & s.watch.ids.keys())
        totals["lost"] += len(expected - s.watch.ids.keys())
        missing = [(str(k), t) for k, t in s.done if not applied(s, k, t)]
        log.info(
            "%s: %d sent, %d lost %s; actions not applied %s",
            s.provider.stream.key,
            len(expected),
            len(expected - s.watch.ids.keys()),
            sorted(expected - s.watch.ids.keys())[:3],
            missing[:3],
        )
        totals["duplicated"] += sum(n - 1 for n in s.watch.ids.values())
        totals["actions_sent"] += len(s.done)
        totals["actions_applied"] += sum(applied(s, k, t) for k, t in s.done)
    totals["actions_lost"] = totals["actions_sent"] - totals["actions_applied"]
    totals["crashes"] = crashes + sum(not s.session.running for s in streams)
    return totals


def all_in(streams: list[Stream]) -> bool:
    return all(
        set(s.fake.message_ids(s.provider.stream.stream_id)) <= s.watch.ids.keys() for s in streams
    )


async def soak(seconds: float, rate: float, faults: float, *, scale: float = 1.0) -> dict[str, int]:
    crashes = CrashCounter()
    logging.getLogger().addHandler(crashes)
    fakes = [FAKES[name](seed=42) for name in FAKES]
    for fake in fakes:
        if isinstance(fake, LivePersonFake):
            # a visitor who leaves makes a reply refused (rightly, with a reason): the soak
            # counts every action not applied as lost, so its visitors stay
            fake.leave_chance = 0.0
        fake.faults = FaultPlan(
            rate=faults, seed=7, exempt=fake.fault_exempt, readable=fake.fault_readable, delay=3.0
        )
    server = FakeServer(fakes, rate=0)
    streams = open_streams(server.start(), fakes, scale)
    try:
        # a first read hands out the newest page only: the chatter starts once all have read
        await streams[0].watch.until(lambda: all(s.session.cursor for s in streams), 60)
        server.rate = rate / len(fakes)
        actions: list[asyncio.Future[None]] = []
        serial = 0
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:  # a slow action must not hold up the next ones
            actions += [asyncio.ensure_future(act(s, serial)) for s in streams]
            serial += 1
            await asyncio.sleep(ACTION_PAUSE)
        server.rate = 0  # the chatter stops; what was said must still arrive
        await asyncio.gather(*actions)
        drain = time.monotonic()
        await streams[0].watch.until(lambda: all_in(streams), max(60.0, seconds * 2))
        log.info("drained in %.1f s after the chatter stopped", time.monotonic() - drain)
        return report(streams, crashes.count)
    finally:
        for s in streams:
            await s.session.stop()
            await s.provider.aclose()
        server.stop()
        logging.getLogger().removeHandler(crashes)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.soak", description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--rate", type=float, default=1000.0, help="messages a second, in all")
    parser.add_argument("--faults", type=float, default=0.1, help="share of requests that fail")
    parser.add_argument("--scale", type=float, default=1.0, help="shrink waits (tests only)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    log.setLevel(logging.INFO)
    result = asyncio.run(soak(args.seconds, args.rate, args.faults, scale=args.scale))
    print(json.dumps(result), flush=True)
    bad = result["lost"] + result["duplicated"] + result["actions_lost"] + result["crashes"]
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
