"""LIVE is announced only once the first page after a (re)connect is stored: the outbox drains
on LIVE, and must see the echo of a send that went through before it tries that send again."""

from __future__ import annotations

from moderator.core.events import MessagesArrived, ProviderEvent, SessionStatus, StatusChanged
from moderator.core.provider import Page
from moderator.errors import ProviderUnavailable
from tests.unit.core.scripted import ScriptedProvider, message
from tests.unit.core.test_session import Recorder, run_script


def first_live_after(events: list[ProviderEvent], start: int) -> int:
    return next(
        i
        for i, e in enumerate(events)
        if i > start and isinstance(e, StatusChanged) and e.status is SessionStatus.LIVE
    )


def arrival_of(events: list[ProviderEvent], message_id: str) -> int:
    return next(
        i
        for i, e in enumerate(events)
        if isinstance(e, MessagesArrived) and message_id in {m.id for m in e.messages}
    )


async def test_live_after_an_outage_comes_after_the_page_read_on_recovery() -> None:
    provider = ScriptedProvider(
        [
            Page([message(1)], cursor="c1"),
            ProviderUnavailable("down"),
            Page([message(2, "the echo")], cursor="c2"),
        ]
    )
    recorder = Recorder()
    await run_script(provider, recorder)
    events = recorder.events
    retrying = next(
        i
        for i, e in enumerate(events)
        if isinstance(e, StatusChanged) and e.status is SessionStatus.RETRYING
    )
    assert arrival_of(events, "2") < first_live_after(events, retrying)


async def test_live_at_the_start_comes_after_the_first_page() -> None:
    provider = ScriptedProvider([Page([message(1)], cursor="c1")])
    recorder = Recorder()
    await run_script(provider, recorder)
    assert arrival_of(recorder.events, "1") < first_live_after(recorder.events, -1)
    assert recorder.statuses()[:2] == [SessionStatus.CONNECTING, SessionStatus.LIVE]
