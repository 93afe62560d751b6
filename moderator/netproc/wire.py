"""What crosses the pipe between the app and its network process.

Every message is a tuple whose first item says what it is (the constants below). Pages go as
compact columns (:mod:`.rows`), not pickled :class:`~moderator.core.provider.Page` objects:
rebuilding a pickled slotted dataclass calls its ``__setstate__`` per message, and the GUI side
must share authors, times and texts among messages anyway (:class:`Decoder`), which a pickle of
each page cannot do across pages.
Errors of :mod:`moderator.errors` cross as (class name, args, attributes): their constructors
take keywords a plain pickle does not give back (``retry_after``), and the sentence must stay
a :class:`~moderator.wording.Said` so the moderator reads it translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from moderator import errors
from moderator.core.models import StreamRef
from moderator.core.provider import Capability, ChatProvider
from moderator.netproc.rows import Decoder as Decoder
from moderator.netproc.rows import EventData as EventData
from moderator.netproc.rows import PageData as PageData
from moderator.netproc.rows import Rows as Rows
from moderator.netproc.rows import encode_event as encode_event
from moderator.netproc.rows import encode_messages as encode_messages
from moderator.netproc.rows import encode_page as encode_page
from moderator.wording import Said

# app -> child
CREATE = "create"  # (CREATE, handle, settings, ca_bundle, overrides, reconnect)
CALL = "call"  # (CALL, call id, handle, method, args, kwargs)
LISTEN = "listen"  # (LISTEN, call id, handle)
CANCEL = "cancel"  # (CANCEL, call id)
SET = "set"  # (SET, handle, attribute, value)
STOP = "stop"  # (STOP,)
PING = "ping"  # (PING,): the app has heard nothing for a while; the child answers at once
# child -> app
OK = "ok"  # (OK, call id, result, state or None)
ERR = "err"  # (ERR, call id, error, state or None)
EVENT = "event"  # (EVENT, call id, event)
END = "end"  # (END, call id)
STATE = "state"  # (STATE, handle, state)
TOKENS = "tokens"  # (TOKENS, handle, access, refresh)
LOG = "log"  # (LOG, level, logger name, text): the app's log file has the child's lines too
PONG = "pong"  # (PONG,): the child's loop is running

#: the calls of :class:`~moderator.core.provider.ChatProvider` the child answers
METHODS = frozenset(
    {"connect", "fetch", "send", "delete", "set_read", "ban", "unban", "flag", "end_chat", "aclose"}
)
#: attributes the app may set on a client (the demo's faster polling, a narrowed capability)
SETTABLE = frozenset({"poll_interval", "min_poll_interval", "capabilities"})
#: the single capabilities, whose reasons for being missing the app asks for synchronously
SINGLE_CAPABILITIES = tuple(c for c in Capability if c.value and c.value & (c.value - 1) == 0)


def lost() -> errors.ProviderUnavailable:
    """A call the network process will never answer: transient, so the session retries and an
    action goes back to the outbox as "unknown" (as after a timeout)."""
    return errors.ProviderUnavailable(Said("The connection to the network process was lost."))


@dataclass(frozen=True, slots=True)
class State:
    """A client's synchronous attributes, as the app reads them without asking the child."""

    name: str
    display_name: str
    capabilities: Capability
    poll_interval: float
    min_poll_interval: float
    account: str
    account_id: str | None
    retry_schedule: tuple[float, ...]
    stream: StreamRef
    #: capability value -> why it is missing (None: offered)
    unsupported: tuple[tuple[int, str | None], ...]


def state_of(provider: ChatProvider) -> State:
    return State(
        name=provider.name,
        display_name=provider.display_name,
        capabilities=provider.capabilities,
        poll_interval=provider.poll_interval,
        min_poll_interval=provider.min_poll_interval,
        account=str(getattr(provider, "account", "") or ""),
        account_id=provider.account_id,
        retry_schedule=tuple(getattr(provider, "retry_schedule", ())),
        stream=provider.stream,
        unsupported=tuple((c.value, _reason(provider, c)) for c in SINGLE_CAPABILITIES),
    )


def _reason(provider: ChatProvider, capability: Capability) -> str | None:
    # offered ones too: the app may narrow the capabilities and must then say why
    reason = provider.unsupported_reason(capability)
    if reason is None:
        reason = getattr(provider, "unsupported", {}).get(capability)
    return reason


# -- errors -------------------------------------------------------------------------------------


def encode_error(err: BaseException) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
    if isinstance(err, errors.ModeratorError) and getattr(errors, type(err).__name__, None) is type(
        err
    ):
        return type(err).__name__, tuple(err.args), dict(vars(err))
    # a bug in a client: the app's session logs it as it logs its own
    return "", (f"{type(err).__name__} in the network process: {err}",), {}


def decode_error(data: tuple[str, tuple[Any, ...], dict[str, Any]]) -> Exception:
    name, args, attributes = data
    kind = getattr(errors, name, None) if name else None
    if not (isinstance(kind, type) and issubclass(kind, errors.ModeratorError)):
        return RuntimeError(*args)
    err = kind.__new__(kind)
    err.args = args
    vars(err).update(attributes)
    return err
