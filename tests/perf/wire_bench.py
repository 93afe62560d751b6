"""What a page costs to cross from the network process: ``python -m tests.perf.wire_bench``.

Three ways, per 1,000 messages of realistic PRISM pages (70 % of texts their own): reading the
wire bytes in the GUI process as before (JSON, validation, conversion: what the network process
now does), a pickled :class:`~moderator.core.provider.Page` rebuilt, and the compact columns of
:mod:`moderator.netproc.rows` rebuilt and interned (the fake stamps its whole chatter with one
time, so once more with a time per message, as a busy chat has). Only the GUI side's share is
timed; the last line is the child's (encoding and pickling).
"""

from __future__ import annotations

import pickle
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

from moderator.core.intern import Interner
from moderator.core.provider import Page
from moderator.netproc import wire
from moderator.providers.prism import convert
from tests.perf.pages import STREAM_KEY, make_pages

MESSAGES = 20_000


def timed(work: Callable[[], object], rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    bodies = make_pages(MESSAGES, unique=0.7)
    interner = Interner()
    pages: list[Page] = []
    for body in bodies:
        page = convert.read_page(body, stream_key=STREAM_KEY, interner=interner)
        assert page is not None
        pages.append(Page(page.messages, page.next_token, more=True))
    per = 1000.0 / MESSAGES
    pickled = [pickle.dumps(p, pickle.HIGHEST_PROTOCOL) for p in pages]
    compact = [pickle.dumps(wire.encode_page(p), pickle.HIGHEST_PROTOCOL) for p in pages]

    def read_json() -> None:
        fresh = Interner()
        for body in bodies:
            convert.read_page(body, stream_key=STREAM_KEY, interner=fresh)

    def read_pickled() -> None:
        for data in pickled:
            pickle.loads(data)

    def read_compact() -> None:
        decoder = wire.Decoder(STREAM_KEY)
        for data in compact:
            decoder.page(pickle.loads(data))

    # the fake stamps the whole chatter with one time; a real busy chat has a time per message
    stamped = [
        Page(
            [
                replace(m, sent_at=m.sent_at + timedelta(milliseconds=n))
                for n, m in enumerate(p.messages)
            ],
            p.cursor,
            more=True,
        )
        for p in pages
    ]
    timed_apart = [pickle.dumps(wire.encode_page(p), pickle.HIGHEST_PROTOCOL) for p in stamped]

    def read_timed_apart() -> None:
        decoder = wire.Decoder(STREAM_KEY)
        for data in timed_apart:
            decoder.page(pickle.loads(data))

    rows = [
        ("wire bytes read in the GUI process", sum(map(len, bodies)), timed(read_json)),
        ("pickled Page", sum(map(len, pickled)), timed(read_pickled)),
        ("compact tuples, interned", sum(map(len, compact)), timed(read_compact)),
        ("  the same, a time per message", sum(map(len, timed_apart)), timed(read_timed_apart)),
    ]
    encode = timed(lambda: [pickle.dumps(wire.encode_page(p), 5) for p in pages])
    plain = timed(lambda: [pickle.dumps(p, 5) for p in pages])
    print(f"per 1,000 messages ({MESSAGES:,} in pages of 100):")
    for name, size, seconds in rows:
        print(f"  {name:<36} {size * per / 1024:8.1f} kB  {seconds * per * 1000:6.2f} ms GUI side")
    print(
        f"  child side: pickle Page {plain * per * 1000:.2f} ms,"
        f" compact {encode * per * 1000:.2f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
