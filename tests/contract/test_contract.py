"""One suite over every provider in the registry, each against its own fake.

Requests go through real httpx transports into the fake's ASGI app: nothing is patched.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from moderator.core.actions import ActionKind, execute, menu_entries
from moderator.core.models import Badge, ChatMessage, MessageKind
from moderator.core.provider import Capability, ChatProvider, Page
from moderator.errors import ActionUnsupported
from moderator.fakes.base import FakeService


async def read_all(
    provider: ChatProvider, cursor: str | None
) -> tuple[list[ChatMessage], str | None]:
    """Fetch until the provider says nothing more is waiting."""
    messages: list[ChatMessage] = []
    for _ in range(50):
        page: Page = await provider.fetch(cursor)
        messages.extend(page.messages)
        cursor = page.cursor
        if not page.more:
            break
    return messages, cursor


def chat_lines(messages: list[ChatMessage]) -> list[ChatMessage]:
    return [m for m in messages if m.kind is MessageKind.CHAT and not m.is_deleted]


async def test_connect_names_the_stream(provider: ChatProvider) -> None:
    info = await provider.connect()
    assert info.ref.provider == provider.name
    assert info.ref.stream_id == provider.stream.stream_id


async def test_first_page_has_the_backlog_with_string_ids(
    provider: ChatProvider, fake: FakeService
) -> None:
    await provider.connect()
    messages, _ = await read_all(provider, None)
    ids = [m.id for m in messages]
    assert all(isinstance(i, str) and i for i in ids)
    assert len(ids) == len(set(ids)), "a message came twice"
    # by id, every one: the chatter repeats ~25 texts, so texts (or "half the backlog") would
    # pass with messages missing
    platform = fake.message_ids(provider.stream.stream_id)
    assert len(platform) >= 3, "the fixture gave this stream too little backlog to check"
    assert sorted(ids) == sorted(platform)


async def test_incremental_poll_skips_nothing_and_repeats_nothing(
    provider: ChatProvider, fake: FakeService
) -> None:
    await provider.connect()
    first, cursor = await read_all(provider, None)
    fake.add_chatter(25)
    second, cursor = await read_all(provider, cursor)
    third, _ = await read_all(provider, cursor)
    seen = [m.id for m in first + second + third]
    assert len(seen) == len(set(seen)), "a message came twice"
    platform = fake.message_ids(provider.stream.stream_id)
    assert len(platform) > len(first), "the new chatter did not reach this stream"
    missing, extra = set(platform) - set(seen), set(seen) - set(platform)
    assert not missing, f"skipped {len(missing)} of {len(platform)}: {sorted(missing)[:5]}"
    assert not extra, f"not on the platform: {sorted(extra)[:5]}"


async def test_send_round_trip(provider: ChatProvider, fake: FakeService) -> None:
    if Capability.SEND not in provider.capabilities:
        with pytest.raises(ActionUnsupported):
            await provider.send("hello")
        return
    await provider.connect()
    _, cursor = await read_all(provider, None)
    text = f"contract {uuid.uuid4().hex[:8]} ✓ 😀"
    await provider.send(text)
    assert text in fake.texts(provider.stream.stream_id)
    arrived, _ = await read_all(provider, cursor)
    assert text in [m.text for m in arrived]


async def _target(provider: ChatProvider) -> ChatMessage:
    messages, _ = await read_all(provider, None)
    # an ordinary chatter: no badge at all, or only the VISITOR badge (a LivePerson visitor)
    candidates = [m for m in chat_lines(messages) if m.author.badges <= {Badge.VISITOR}]
    assert candidates, "the fake's backlog has no viewer message to act on"
    return candidates[-1]


@pytest.mark.parametrize(
    ("kind", "capability"),
    [
        (ActionKind.DELETE, Capability.DELETE),
        (ActionKind.HARD_DELETE, Capability.HARD_DELETE),
        (ActionKind.MARK_READ, Capability.MARK_READ),
        (ActionKind.BAN, Capability.BAN),
        (ActionKind.TIMEOUT, Capability.TIMEOUT),
        (ActionKind.FLAG, Capability.FLAG),
        (ActionKind.END_CHAT, Capability.END_CHAT),
    ],
)
async def test_each_action_round_trips_or_is_refused_with_a_reason(
    provider: ChatProvider, fake: FakeService, kind: ActionKind, capability: Capability
) -> None:
    await provider.connect()
    target = await _target(provider)
    stream = provider.stream.stream_id
    entry = next(
        e
        for e in menu_entries(target, provider.capabilities, provider.unsupported_reason)
        if e.kind is kind
    )
    if capability not in provider.capabilities:
        reason = provider.unsupported_reason(capability)
        assert reason
        if kind is not ActionKind.MARK_READ:  # read state falls back to this computer
            assert not entry.enabled
            assert entry.tooltip == reason
        with pytest.raises(ActionUnsupported):
            await _raw_call(provider, kind, target)
        return
    if kind is not ActionKind.END_CHAT or target.thread:
        assert entry.enabled, entry.tooltip
    result = await execute(
        provider, kind, target, duration=timedelta(minutes=5), reason="contract test"
    )
    assert result.ok, result.error
    assert not result.local
    facts = fake.message_facts(stream, target.id)
    if kind is ActionKind.DELETE:
        assert facts.deleted or not facts.exists
    elif kind is ActionKind.HARD_DELETE:
        assert not facts.exists
    elif kind is ActionKind.MARK_READ:
        assert facts.read
    elif kind is ActionKind.FLAG:
        assert facts.flagged
    elif kind is ActionKind.BAN:
        assert fake.restriction(stream, target.author.id) == "banned"
    elif kind is ActionKind.TIMEOUT:
        assert fake.restriction(stream, target.author.id) == "timeout"


async def _raw_call(provider: ChatProvider, kind: ActionKind, message: ChatMessage) -> None:
    calls = {
        ActionKind.DELETE: lambda: provider.delete(message),
        ActionKind.HARD_DELETE: lambda: provider.delete(message, hard=True),
        ActionKind.MARK_READ: lambda: provider.set_read(message, True),
        ActionKind.BAN: lambda: provider.ban(message.author),
        ActionKind.TIMEOUT: lambda: provider.ban(message.author, duration=timedelta(minutes=5)),
        ActionKind.FLAG: lambda: provider.flag(message),
        ActionKind.END_CHAT: lambda: provider.end_chat(message.thread or "none"),
    }
    await calls[kind]()


async def test_unban_lifts_a_ban(provider: ChatProvider, fake: FakeService) -> None:
    await provider.connect()
    target = await _target(provider)
    if Capability.UNBAN not in provider.capabilities:
        with pytest.raises(ActionUnsupported):
            await provider.unban(target.author)
        return
    await provider.ban(target.author)
    assert fake.restriction(provider.stream.stream_id, target.author.id) == "banned"
    await provider.unban(target.author)
    assert fake.restriction(provider.stream.stream_id, target.author.id) is None
