"""Moderation use-cases: what can be done to a message, and doing it.

:func:`menu_entries` is a pure function from a message and a provider's capabilities to the
entries of its context menu, so what the UI offers is testable without Qt. :func:`execute`
performs one action against a provider and returns an :class:`ActionResult` instead of raising:
the caller marks the row pending, awaits the result, then confirms or rolls back.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from moderator.core.keymap import binding
from moderator.core.models import ChatMessage, MessageKind
from moderator.core.provider import Capability, ChatProvider
from moderator.errors import ActionUnsupported, MalformedPayload, NotFound, ProviderError

log = logging.getLogger(__name__)


class ActionKind(enum.Enum):
    DELETE = "delete"
    HARD_DELETE = "delete permanently"
    MARK_READ = "mark read"
    MARK_UNREAD = "mark unread"
    BAN = "ban"
    TIMEOUT = "timeout"
    UNBAN = "unban"
    FLAG = "flag"
    END_CHAT = "end chat"


@dataclass(frozen=True, slots=True)
class ActionSpec:
    kind: ActionKind
    label: str
    shortcut: str
    #: the platform capability it needs; None for actions kept on this computer
    capability: Capability | None
    #: works locally when the platform lacks ``capability``
    local_fallback: bool = False


def _spec(
    kind: ActionKind, capability: Capability | None, local_fallback: bool = False
) -> ActionSpec:
    """The action's label and key come from the one keymap (menus, keys, help, README)."""
    bound = binding(kind.value)
    return ActionSpec(kind, bound.label, bound.key, capability, local_fallback)


ACTIONS: Sequence[ActionSpec] = (
    _spec(ActionKind.DELETE, Capability.DELETE),
    _spec(ActionKind.HARD_DELETE, Capability.HARD_DELETE),
    _spec(ActionKind.MARK_READ, Capability.MARK_READ, local_fallback=True),
    _spec(ActionKind.MARK_UNREAD, Capability.MARK_READ, local_fallback=True),
    _spec(ActionKind.TIMEOUT, Capability.TIMEOUT),
    _spec(ActionKind.BAN, Capability.BAN),
    _spec(ActionKind.UNBAN, Capability.UNBAN),
    _spec(ActionKind.FLAG, Capability.FLAG),
    _spec(ActionKind.END_CHAT, Capability.END_CHAT),
)
SPECS = {spec.kind: spec for spec in ACTIONS}
DEFAULT_TIMEOUT = timedelta(minutes=10)
#: actions on the author rather than the message: done once per distinct author
AUTHOR_ACTIONS = frozenset({ActionKind.BAN, ActionKind.TIMEOUT, ActionKind.UNBAN})
#: hard to take back once sent: they wait out the undo delay first
UNDOABLE = frozenset(
    {ActionKind.DELETE, ActionKind.HARD_DELETE, ActionKind.BAN, ActionKind.TIMEOUT}
)
#: asked about before anything happens, naming the platform
CONFIRMED = frozenset({ActionKind.HARD_DELETE, ActionKind.BAN, ActionKind.TIMEOUT})
#: the durations a timeout dialog offers before "custom"
DURATION_PRESETS: Sequence[tuple[str, timedelta]] = (
    ("1 min", timedelta(minutes=1)),
    ("10 min", timedelta(minutes=10)),
    ("1 h", timedelta(hours=1)),
    ("24 h", timedelta(hours=24)),
)


@dataclass(frozen=True, slots=True)
class MenuEntry:
    kind: ActionKind
    label: str
    shortcut: str
    enabled: bool
    #: why it is disabled, or a note on how it works (e.g. "kept on this computer")
    tooltip: str


def menu_entries(
    message: ChatMessage,
    capabilities: Capability,
    reason_for: Callable[[Capability], str | None],
) -> list[MenuEntry]:
    """The context menu for ``message``: every action, disabled with a reason where needed."""
    return [_entry(spec, message, capabilities, reason_for) for spec in ACTIONS]


def _entry(
    spec: ActionSpec,
    message: ChatMessage,
    capabilities: Capability,
    reason_for: Callable[[Capability], str | None],
) -> MenuEntry:
    tooltip = f"{spec.label} ({spec.shortcut})"
    blocked: str | None = None
    if spec.capability is not None and spec.capability not in capabilities:
        # what the platform cannot do at all matters more than this message's state
        if spec.local_fallback:
            tooltip = (
                f"{tooltip}: kept on this computer. {reason_for(spec.capability) or ''}".strip()
            )
        else:
            blocked = reason_for(spec.capability) or "This platform does not offer it."
    blocked = blocked or _state_reason(spec.kind, message)
    if blocked is not None:
        return MenuEntry(spec.kind, spec.label, spec.shortcut, False, blocked)
    return MenuEntry(spec.kind, spec.label, spec.shortcut, True, tooltip)


def _state_reason(kind: ActionKind, message: ChatMessage) -> str | None:
    """Why this message's own state rules the action out, if it does."""
    if message.kind is MessageKind.MODERATION:
        return "This line was written by Moderator, not sent on the platform."
    if message.is_pending:
        return "An action on this message is still in progress."
    author_action = kind in (ActionKind.BAN, ActionKind.TIMEOUT, ActionKind.UNBAN)
    if author_action and message.kind is MessageKind.SYSTEM:
        return "System messages have no author to act on."
    if kind is ActionKind.DELETE and message.is_deleted:
        return "This message is already deleted."
    if kind is ActionKind.MARK_READ and message.is_read:
        return "This message is already read."
    if kind is ActionKind.MARK_UNREAD and not message.is_read:
        return "This message is not read yet."
    if kind is ActionKind.END_CHAT and not message.thread:
        return "This message belongs to no chat that could be ended."
    return None


@dataclass(frozen=True, slots=True)
class ActionResult:
    kind: ActionKind
    message: ChatMessage
    ok: bool
    #: the platform was not asked (read state kept on this computer)
    local: bool = False
    error: str = ""
    transient: bool = False
    #: the platform no longer has the message (a delete that already went through, say)
    not_found: bool = False
    at: datetime = field(default_factory=lambda: datetime.now(UTC))


async def execute(
    provider: ChatProvider,
    kind: ActionKind,
    message: ChatMessage,
    *,
    duration: timedelta | None = None,
    reason: str = "",
) -> ActionResult:
    """Perform one action; never raises for a platform error, the result says what happened."""
    spec = SPECS[kind]
    if spec.local_fallback and spec.capability and spec.capability not in provider.capabilities:
        return ActionResult(kind, message, ok=True, local=True)
    try:
        await _call(provider, kind, message, duration=duration, reason=reason)
    except ActionUnsupported as err:
        return ActionResult(kind, message, ok=False, error=str(err))
    except NotFound as err:
        return ActionResult(kind, message, ok=False, error=err.sentence(), not_found=True)
    except MalformedPayload as err:
        # only a 2xx gets as far as being read: the platform did it, whatever it wrote back,
        # and calling it a failure would invite a second, repeated attempt
        log.warning(
            "%s on %s went through; its answer was unreadable: %s", kind.value, message.id, err
        )
        return ActionResult(kind, message, ok=True)
    except ProviderError as err:
        return ActionResult(kind, message, ok=False, error=err.sentence(), transient=err.transient)
    return ActionResult(kind, message, ok=True)


async def _call(
    provider: ChatProvider,
    kind: ActionKind,
    message: ChatMessage,
    *,
    duration: timedelta | None,
    reason: str,
) -> None:
    match kind:
        case ActionKind.DELETE:
            await provider.delete(message)
        case ActionKind.HARD_DELETE:
            await provider.delete(message, hard=True)
        case ActionKind.MARK_READ:
            await provider.set_read(message, True)
        case ActionKind.MARK_UNREAD:
            await provider.set_read(message, False)
        case ActionKind.BAN:
            await provider.ban(message.author, reason=reason)
        case ActionKind.TIMEOUT:
            await provider.ban(message.author, duration=duration or DEFAULT_TIMEOUT, reason=reason)
        case ActionKind.UNBAN:
            await provider.unban(message.author)
        case ActionKind.FLAG:
            await provider.flag(message)
        case ActionKind.END_CHAT:
            await provider.end_chat(message.thread)


def describe_duration(duration: timedelta) -> str:
    """ "10 minutes", "1 hour", "90 seconds": for sentences, not for parsing."""
    seconds = int(duration.total_seconds())
    for unit, size in (("day", 86_400), ("hour", 3_600), ("minute", 60)):
        if seconds >= size and seconds % size == 0:
            count = seconds // size
            return f"{count} {unit}{'' if count == 1 else 's'}"
    return f"{seconds} second{'' if seconds == 1 else 's'}"


def confirmation(
    kind: ActionKind,
    messages: Sequence[ChatMessage],
    platform: str,
    duration: timedelta | None = None,
) -> str:
    """The question asked before ``kind``: what will happen to whom, on which platform."""
    if kind in AUTHOR_ACTIONS:
        names = list(dict.fromkeys(m.author.name for m in messages))
        who = names[0] if len(names) == 1 else f"{len(names)} authors ({_listed(names)})"
        if kind is ActionKind.TIMEOUT:
            length = describe_duration(duration or DEFAULT_TIMEOUT)
            return f"Time out {who} on {platform} for {length}?"
        if kind is ActionKind.UNBAN:
            return f"Unban {who} on {platform}?"
        return f"Ban {who} on {platform} permanently?"
    count = len(messages)
    what = f"{messages[0].author.name}'s message" if count == 1 else f"{count} messages"
    if kind is ActionKind.HARD_DELETE:
        return f"Delete {what} on {platform} permanently? This cannot be undone."
    return f"{SPECS[kind].label} {what} on {platform}?"


def _listed(names: Sequence[str], most: int = 3) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")
