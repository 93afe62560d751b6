"""The session under faults: re-reads of garbled pages, the reject count, retry schedules."""

from __future__ import annotations

from moderator.core.events import MessagesRejected
from moderator.core.provider import Page
from moderator.core.session import REREADS
from moderator.errors import ProviderUnavailable
from tests.unit.core.scripted import ScriptedProvider, message
from tests.unit.core.test_session import Recorder, run_script


async def test_a_page_with_unreadable_items_is_read_again_before_moving_on() -> None:
    provider = ScriptedProvider(
        [
            Page([message(1)], cursor="c2", rejected=1),  # item 2 garbled on the way
            Page([message(1), message(2)], cursor="c2"),
        ]
    )
    recorder = Recorder()
    session = await run_script(provider, recorder)
    assert provider.cursors == [None, None, "c2"]
    assert recorder.ids() == ["1", "2"]
    assert session.rejected_total == 0
    assert session.last_message_at is not None


async def test_items_unreadable_on_every_read_are_skipped_and_counted() -> None:
    broken = [Page([message(1)], cursor="c2", rejected=2) for _ in range(REREADS + 1)]
    provider = ScriptedProvider([*broken, Page([message(3)], cursor="c3")])
    recorder = Recorder()
    session = await run_script(provider, recorder)
    assert provider.cursors == [None] * (REREADS + 1) + ["c2", "c3"]
    assert session.rejected_total == 2
    rejected = [e for e in recorder.events if isinstance(e, MessagesRejected)]
    assert rejected == [MessagesRejected(2, 2)]
    assert recorder.ids() == ["1", "3"]


async def test_a_providers_retry_schedule_comes_before_the_backoff() -> None:
    down = ProviderUnavailable("down")
    provider = ScriptedProvider([down, down, down, down, Page([message(1)], cursor="c")])
    provider.retry_schedule = (5.0, 10.0, 15.0)
    recorder = Recorder()
    await run_script(provider, recorder)
    # the schedule, then the session's own backoff (base 1 s, rng 0.5: 0.75 s)
    assert recorder.sleeps[:4] == [5.0, 10.0, 15.0, 0.75]
