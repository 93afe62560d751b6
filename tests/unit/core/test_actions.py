from __future__ import annotations

from dataclasses import replace
from typing import Any

from moderator.core.actions import ActionKind, MenuEntry, execute, menu_entries
from moderator.core.models import MessageKind, MessageState
from moderator.core.provider import Capability
from moderator.errors import MalformedPayload
from tests.unit.core.scripted import ScriptedProvider, message


def reasons(cap: Capability) -> str:
    return f"no {cap.name}"


def entry(action: ActionKind, caps: Capability, **changes: Any) -> MenuEntry:
    msg = replace(message(1), **changes)
    return next(e for e in menu_entries(msg, caps, reasons) if e.kind is action)


def test_supported_action_is_enabled_with_its_shortcut() -> None:
    delete = entry(ActionKind.DELETE, Capability.DELETE)
    assert delete.enabled
    assert delete.shortcut == "Del"
    assert "Del" in delete.tooltip


def test_missing_capability_is_disabled_with_the_platform_reason() -> None:
    ban = entry(ActionKind.BAN, Capability.DELETE)
    assert not ban.enabled
    assert ban.tooltip == "no BAN"


def test_read_state_falls_back_to_this_computer() -> None:
    read = entry(ActionKind.MARK_READ, Capability.NONE)
    assert read.enabled
    assert "kept on this computer" in read.tooltip


def test_message_state_rules_out_what_makes_no_sense() -> None:
    assert not entry(ActionKind.DELETE, Capability.DELETE, state=MessageState.DELETED).enabled
    assert not entry(ActionKind.MARK_READ, Capability.MARK_READ, state=MessageState.READ).enabled
    assert entry(ActionKind.MARK_UNREAD, Capability.MARK_READ, state=MessageState.READ).enabled
    pending = entry(ActionKind.DELETE, Capability.DELETE, state=MessageState.PENDING)
    assert not pending.enabled
    assert "in progress" in pending.tooltip
    assert not entry(ActionKind.BAN, Capability.BAN, kind=MessageKind.SYSTEM).enabled


async def test_execute_reports_unsupported_without_raising() -> None:
    result = await execute(ScriptedProvider([]), ActionKind.DELETE, message(1))
    assert not result.ok
    assert "Delete is not available" in result.error


async def test_execute_keeps_read_state_locally_when_the_platform_has_none() -> None:
    result = await execute(ScriptedProvider([]), ActionKind.MARK_READ, message(1))
    assert result.ok
    assert result.local


async def test_an_action_answered_with_an_unreadable_2xx_went_through() -> None:
    class Garbled(ScriptedProvider):
        capabilities = Capability.DELETE

        async def delete(self, message: Any, *, hard: bool = False) -> None:
            raise MalformedPayload("The platform sent an answer that is not valid JSON.")

    result = await execute(Garbled([]), ActionKind.DELETE, message(1))
    assert result.ok  # a platform only garbles a success: an error would invite a resend
