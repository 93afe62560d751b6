"""The outbox drain, without Qt: what waits goes out oldest first, once the chat was read far
enough to tell whether an earlier attempt got through, never twice, less and less often while
the platform still refuses, and not at all while the stream is not live."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from moderator.core.delivery import Delivery, Received
from moderator.core.models import Author, ChatMessage
from moderator.core.outbox_drain import DRAIN_MOST, DRAIN_SOON, SOCKET_GRACE, OutboxDrain
from moderator.core.outcome import Outcome
from moderator.core.provider import Capability
from moderator.errors import ProviderUnavailable
from moderator.storage.outbox import Outbox
from tests.unit.core.scripted import ScriptedProvider, message

KEY = "test:1"


class Platform(ScriptedProvider):
    capabilities = Capability.SEND | Capability.DELETE

    def __init__(self) -> None:
        super().__init__([])
        self.down = False
        self.deleted: list[str] = []
        self.sent: list[str] = []

    async def delete(self, message: ChatMessage, *, hard: bool = False) -> None:
        if self.down:
            raise ProviderUnavailable("down")
        self.deleted.append(message.id)

    async def send(self, text: str) -> ChatMessage | None:
        if self.down:
            raise ProviderUnavailable("down")
        self.sent.append(text)
        return None


class Realtime(Platform):
    capabilities = Capability.SEND | Capability.DELETE | Capability.REALTIME


@dataclass
class Session:
    reads: int = 0
    behind: bool = False


@dataclass
class Timer:
    delay: float
    callback: Callable[[], None]
    cancelled: bool = False

    def cancel(self) -> None:
        self.cancelled = True


@dataclass
class Rig:
    """A drain with a hand-driven clock, scheduler and task runner."""

    provider: Platform
    outbox: Outbox
    session: Session = field(default_factory=Session)
    live: bool = True
    now: float = 0.0
    timers: list[Timer] = field(default_factory=list)
    tasks: list[Coroutine[Any, Any, None]] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)
    received: Received = field(default_factory=lambda: Received("me"))

    def __post_init__(self) -> None:
        self.drain = OutboxDrain(
            self.provider,
            self.session,
            self.outbox,
            self.received,
            spawn=self.tasks.append,
            is_live=lambda: self.live,
            delivered=self.deliveries.append,
            waiting_changed=self.counts.append,
            schedule=self.schedule,
            clock=lambda: self.now,
        )

    def schedule(self, delay: float, callback: Callable[[], None]) -> Timer:
        self.timers.append(Timer(delay, callback))
        return self.timers[-1]

    async def run(self) -> None:
        """Run what the drain spawned, until it spawns nothing more."""
        while self.tasks:
            await self.tasks.pop(0)

    def fire(self) -> Timer:
        """Let the one pending timer go off."""
        (timer,) = [t for t in self.timers if not t.cancelled]
        self.timers.remove(timer)
        timer.callback()
        return timer

    def outcomes(self) -> list[Outcome]:
        return [d.outcome for d in self.deliveries]


@pytest.fixture
def rig(tmp_path: Path) -> Rig:
    return Rig(Platform(), Outbox(tmp_path / "outbox.sqlite3"))


def read(rig: Rig, pages: int = 2) -> None:
    rig.session.reads += pages


async def test_a_waiting_delete_waits_for_two_reads_then_goes_out_once(rig: Rig) -> None:
    rig.outbox.add_action("delete", message(1))
    rig.drain.deliver_waiting()
    await rig.run()
    assert rig.provider.deleted == [] and rig.drain.waiting_count() == 1
    assert rig.counts == [1] and rig.fire().delay == DRAIN_SOON
    read(rig, 1)
    await rig.run()
    assert rig.provider.deleted == [], "one read may have begun before the attempt"
    read(rig, 1)
    rig.fire()
    await rig.run()
    assert rig.provider.deleted == ["1"] and rig.outcomes() == [Outcome.DONE]
    assert rig.counts[-1] == 0 and rig.timers == []


async def test_nothing_goes_out_while_a_page_is_left_to_read(rig: Rig) -> None:
    rig.outbox.add_action("delete", message(1))
    rig.drain.ready(rig.outbox.waiting(KEY)[0])
    read(rig)
    rig.session.behind = True
    rig.drain.deliver_waiting()
    await rig.run()
    assert rig.provider.deleted == []
    rig.session.behind = False
    rig.fire()
    await rig.run()
    assert rig.provider.deleted == ["1"]


async def test_a_realtime_stream_waits_for_its_socket_grace_instead(tmp_path: Path) -> None:
    rig = Rig(Realtime(), Outbox(tmp_path / "o.sqlite3"))
    entry = rig.outbox.add_action("delete", message(1))
    assert entry is not None
    rig.now = entry.created_at + SOCKET_GRACE / 2
    assert not rig.drain.ready(entry)
    rig.now = entry.created_at + SOCKET_GRACE
    assert rig.drain.ready(entry)


async def test_the_oldest_blocks_the_rest_so_they_keep_their_order(rig: Rig) -> None:
    rig.outbox.add_action("delete", message(1))
    read(rig)  # the first is seen now; the second only after the next reads
    rig.drain.ready(rig.outbox.waiting(KEY)[0])
    rig.outbox.add_action("delete", message(2))
    read(rig)
    rig.drain.deliver_waiting()
    await rig.run()
    assert rig.provider.deleted == ["1"], "the second was first seen after the drain began"
    read(rig)
    rig.fire()
    await rig.run()
    assert rig.provider.deleted == ["1", "2"]


async def test_a_later_entry_never_overtakes_one_not_ready_yet(rig: Rig) -> None:
    rig.outbox.add_action("delete", message(1))
    rig.outbox.add_action("delete", message(2))
    rig.drain.ready(rig.outbox.waiting(KEY)[1])  # the second was seen earlier
    read(rig)
    rig.drain.deliver_waiting()
    await rig.run()
    assert rig.provider.deleted == [], "the first is not ready: the second waits behind it"
    read(rig)
    rig.fire()
    await rig.run()
    assert rig.provider.deleted == ["1", "2"]


async def test_an_unreachable_platform_is_tried_less_and_less_often(rig: Rig) -> None:
    rig.outbox.add_action("delete", message(1))
    rig.drain.ready(rig.outbox.waiting(KEY)[0])
    read(rig)
    rig.provider.down = True
    delays = []
    for _ in range(8):
        rig.drain.deliver_waiting()
        await rig.run()
        delays.append(rig.fire().delay)
    assert delays[:3] == [2 * DRAIN_SOON, 4 * DRAIN_SOON, 8 * DRAIN_SOON]
    assert delays[-1] == DRAIN_MOST
    assert set(rig.outcomes()) == {Outcome.WAITING}
    rig.provider.down = False
    rig.drain.deliver_waiting()
    await rig.run()
    assert rig.provider.deleted == ["1"] and rig.drain.delay == DRAIN_SOON


async def test_a_send_that_arrived_meanwhile_is_not_sent_again(rig: Rig) -> None:
    entry = rig.outbox.add_send(KEY, "hello")
    again = Rig(rig.provider, rig.outbox)  # the next start: the waiting send is expected
    echo = ChatMessage(
        id="9",
        stream_key=KEY,
        author=Author("me", "Mod"),
        text="hello",
        sent_at=datetime.fromtimestamp(entry.created_at + 1, UTC),
    )
    again.received.add([echo])
    again.drain.ready(entry)
    read(again)
    again.drain.deliver_waiting()
    await again.run()
    assert again.provider.sent == [] and again.outcomes() == [Outcome.DONE]
    assert again.drain.waiting_count() == 0


async def test_an_unexpected_echo_is_not_kept(rig: Rig) -> None:
    rig.outbox.add_send(KEY, "hello")
    fresh = Received("me")
    fresh.add([ChatMessage("9", KEY, Author("me", "Mod"), "hello", message(1).sent_at)])
    assert len(fresh) == 0 and len(Rig(rig.provider, rig.outbox).received) == 0
    kept = Rig(rig.provider, rig.outbox).received
    kept.add([ChatMessage("9", KEY, Author("me", "Mod"), "hello", message(1).sent_at)])
    assert len(kept) == 1, "a send waiting from before is expected from the start"


async def test_not_live_it_only_keeps_an_eye_on_the_outbox(rig: Rig) -> None:
    rig.outbox.add_action("delete", message(1))
    rig.live = False
    rig.drain.announce()
    for _ in range(3):
        rig.fire()
        await rig.run()
    assert rig.provider.deleted == [] and rig.deliveries == []
    assert len([t for t in rig.timers if not t.cancelled]) == 1


async def test_a_reconnect_counts_reads_again_and_a_close_stops_looking(rig: Rig) -> None:
    rig.outbox.add_action("delete", message(1))
    entry = rig.outbox.waiting(KEY)[0]
    read(rig, 5)
    rig.drain.ready(entry)
    fresh = Session()
    rig.drain.follow(rig.provider, fresh)
    assert not rig.drain.ready(entry), "marked again, at 0 reads of the new session"
    fresh.reads = 2
    assert rig.drain.ready(entry)
    rig.drain.announce()
    rig.drain.close()
    assert all(t.cancelled for t in rig.timers)
    rig.drain.announce()
    assert not [t for t in rig.timers if not t.cancelled]


async def test_without_an_outbox_nothing_waits() -> None:
    spawned: list[Coroutine[Any, Any, None]] = []
    drain = OutboxDrain(
        Platform(),
        Session(),
        None,
        Received(),
        spawn=spawned.append,
        is_live=lambda: True,
        delivered=lambda _d: None,
        waiting_changed=lambda _n: None,
    )
    drain.deliver_waiting()
    assert drain.waiting_count() == 0 and not drain.draining and spawned == []
