"""A chat past the buffer limit through a tab's real pieces, and what stays alive after it.

The driver feeds a synthetic chat (unique texts, thousands of distinct authors, a few links and
shouts that the starter rules hold, new authors that the dry-run rule marks) into a real
:class:`StreamController` (its StreamState, MessageModel and archive) behind the automod gate,
the way the session hands pages to it: the ids go through the duplicate filter first, then the
page arrives, then the model admits and trims. It counts what is alive by type and the sizes of
the tables that could grow, so a test can compare the counts after 1 x and after N x the limit.
No wall clock: counts only.
"""

from __future__ import annotations

import asyncio
import gc
import random
import tracemalloc
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from moderator.core.automod.rules import RuleSet
from moderator.core.automod.starter import starter_rules
from moderator.core.events import MessagesArrived
from moderator.core.models import Author, ChatMessage
from moderator.fakelink import connections
from moderator.fakes.prism import PrismFake
from moderator.gc_control import GcGovernor
from moderator.providers import create_provider
from moderator.storage.archive import Archive
from moderator.ui.bridge.automod import AutomodGate
from moderator.ui.bridge.controller import StreamController

WORDS = [
    "hello",
    "gg",
    "nice",
    "play",
    "what",
    "was",
    "that",
    "lol",
    "wow",
    "clip",
    "it",
    "again",
    "pog",
    "who",
    "is",
    "winning",
    "when",
    "stream",
    "tomorrow",
    "love",
    "this",
    "song",
    "chat",
    "is",
    "fast",
    "today",
    "streamer",
    "please",
    "check",
    "out",
    "the",
    "map",
    "rate",
    "the",
    "run",
    "that",
    "boss",
    "was",
    "hard",
    "first",
    "time",
    "here",
    "greetings",
    "from",
    "home",
    "any",
    "tips",
    "for",
    "the",
    "build",
]
#: messages per synthetic second (the issue's 1,000 msg/s)
RATE = 1_000
PAGE = 100


@dataclass
class Chat:
    """The synthetic chat: a deterministic stream of messages."""

    stream_key: str
    authors: int = 20_000
    seed: int = 7
    sent: int = 0
    _random: random.Random = field(init=False)
    _authors: dict[int, Author] = field(default_factory=dict)
    _start: datetime = datetime(2026, 1, 1, tzinfo=UTC)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)
        # every author exists from the start: a provider shares one Author per author
        # (core/intern.py), so only the messages come and go
        for who in range(self.authors):
            self._authors[who] = Author(f"u{who}", f"viewer_{who}")

    def page(self, size: int = PAGE) -> list[ChatMessage]:
        return [self._next() for _ in range(size)]

    def _next(self) -> ChatMessage:
        n, rnd = self.sent, self._random
        self.sent += 1
        who = rnd.randrange(self.authors)
        author = self._authors[who]
        words = rnd.choices(WORDS, k=rnd.randrange(3, 12))
        if n % 97 == 0:
            text = f"see https://spam{n}.example/offer now"  # held: a link
        elif n % 89 == 0:
            text = f"WHY IS NOBODY ANSWERING {n}"  # held: shouting
        else:
            text = " ".join(words) + f" {n}"
        sent = self._start + timedelta(seconds=n // RATE)
        return ChatMessage(f"m{n}", self.stream_key, author, text, sent)


@dataclass
class Tab:
    controller: StreamController
    gate: AutomodGate
    archive: Archive
    chat: Chat

    def feed(self, messages: int) -> None:
        """``messages`` more arrive, a page at a time, admitted and trimmed as the tab does."""
        controller, state = self.controller, self.controller.state
        for _ in range(messages // PAGE):
            fresh = state.keep_new(self.chat.page())
            controller._on_event(MessagesArrived(tuple(fresh)))
            drain()
            controller.model.flush()
            controller.model.trim()
        self.archive.flush()

    def close(self) -> None:
        self.archive.close()


def drain() -> None:
    """Run what the gate put on the loop (its actions after the tab queued the kept ones)."""
    loop = asyncio.get_event_loop()
    loop.call_soon(loop.stop)
    loop.run_forever()


def open_tab(folder: Path, limit: int) -> Tab:
    fake = PrismFake(seed=2, lives=1)
    link = connections(fake, "http://prism.test")[0]
    provider = create_provider(link, httpx.ASGITransport(app=fake.app))
    archive = Archive(folder / "archive.sqlite3")
    controller = StreamController(provider, limit=limit, archive=archive)
    gate = AutomodGate(every_starter_rule(), clock=lambda: 0.0)
    gate.attach(controller)
    return Tab(controller, gate, archive, Chat(provider.stream.key))


def tables(tab: Tab) -> dict[str, int]:
    """Sizes of the per-stream tables that could grow with the chat."""
    state, gate = tab.controller.state, tab.gate
    return {
        "stream index": len(state._index),
        "remembered ids": len(state._remembered),
        "automod marks": len(gate.marks),
        "review queue": len(gate.queue),
        "archive pending": tab.archive.pending,
    }


def alive() -> Counter[str]:
    """GC-tracked objects alive now, by type name (after a full collection)."""
    gc.collect()
    return Counter(type(o).__name__ for o in gc.get_objects())


def growth(before: Counter[str], after: Counter[str], floor: int) -> Iterator[tuple[str, int, int]]:
    """(type, before, after) for types that grew by more than ``floor`` objects."""
    for name, count in after.items():
        if count - before.get(name, 0) > floor:
            yield name, before.get(name, 0), count


def traced_after(tab: Tab, messages: int, governor: GcGovernor) -> int:
    """Feed ``messages`` more with the GC governor ticking as in the app (every page: its
    young collections and freezes, never a reclaim); the bytes traced then."""
    for _ in range(messages // PAGE):
        tab.feed(PAGE)
        governor.tick()
    gc.collect()  # what is garbage and not frozen goes; frozen garbage stays, as in the app
    return tracemalloc.get_traced_memory()[0]


def main() -> None:
    """``python -m tests.gui.growth [limit [warm]]``: the figures, the app's own table sizes.

    Traced bytes (tracemalloc, from before the tab opens) after ``warm`` (3) x the buffer (buffer,
    remembered ids and automod's tables full), then after 1 x and 5 x more; the GC governor
    ticks every page as in the app and never reclaims.
    """
    import json
    import sys
    import tempfile

    from PySide6.QtWidgets import QApplication

    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    warm = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    app = QApplication.instance() or QApplication([])
    asyncio.set_event_loop(asyncio.new_event_loop())
    tracemalloc.start()
    with tempfile.TemporaryDirectory() as folder:
        tab = open_tab(Path(folder), limit)
        governor = GcGovernor(clock=lambda: 0.0)
        governor.install()
        traced_after(tab, warm * limit, governor)
        once, at_once = traced_after(tab, limit, governor), tables(tab)
        five, at_five = traced_after(tab, 5 * limit, governor), tables(tab)
        governor.stop()
        tab.close()
    figures = {
        "limit": limit,
        "warm": warm,
        "traced_mb_after_1x": round(once / 1e6, 2),
        "traced_mb_after_5x": round(five / 1e6, 2),
        "growth_pct": round(100.0 * (five - once) / once, 1),
        "tables_after_1x": at_once,
        "tables_after_5x": at_five,
    }
    print(json.dumps(figures))
    del app


if __name__ == "__main__":
    main()


def every_starter_rule() -> RuleSet:
    """The starter set with its rules off by default switched on too (the dry-run rule for new
    authors marks thousands of rows: the marks must stay bounded)."""
    rules = starter_rules()
    return rules.model_copy(
        update={"rules": tuple(r.model_copy(update={"enabled": True}) for r in rules.rules)}
    )
