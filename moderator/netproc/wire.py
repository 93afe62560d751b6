"""What crosses the pipe between the app and its network process.

Every message is a tuple whose first item says what it is (the constants below). Pages go as
compact tuples, not pickled :class:`~moderator.core.provider.Page` objects: rebuilding a
pickled slotted dataclass calls its ``__setstate__`` per message, and the GUI side must share
authors, times and texts among messages anyway (:class:`Decoder`, with
:class:`~moderator.core.intern.Interner`), which a pickle of each page cannot do across pages.
Errors of :mod:`moderator.errors` cross as (class name, args, attributes): their constructors
take keywords a plain pickle does not give back (``retry_after``), and the sentence must stay
a :class:`~moderator.wording.Said` so the moderator reads it translated.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from moderator import errors
from moderator.core.events import MessagesArrived, MessageUpdated, ProviderEvent
from moderator.core.intern import Interner
from moderator.core.models import Author, Badge, ChatMessage, MessageKind, MessageState, StreamRef
from moderator.core.provider import Capability, ChatProvider, Page
from moderator.wording import Said

# app -> child
CREATE = "create"  # (CREATE, handle, settings, ca_bundle, overrides, reconnect)
CALL = "call"  # (CALL, call id, handle, method, args, kwargs)
LISTEN = "listen"  # (LISTEN, call id, handle)
CANCEL = "cancel"  # (CANCEL, call id)
SET = "set"  # (SET, handle, attribute, value)
STOP = "stop"  # (STOP,)
# child -> app
OK = "ok"  # (OK, call id, result, state or None)
ERR = "err"  # (ERR, call id, error, state or None)
EVENT = "event"  # (EVENT, call id, event)
END = "end"  # (END, call id)
STATE = "state"  # (STATE, handle, state)
TOKENS = "tokens"  # (TOKENS, handle, access, refresh)
LOG = "log"  # (LOG, level, logger name, text): the app's log file has the child's lines too

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


# -- messages and pages -------------------------------------------------------------------------

#: (id, author index, text, sent_at, html, kind, state, thread, thread_label, time_known)
Row = tuple[str, int, str, datetime, str | None, str, int, str, str, bool]
AuthorRow = tuple[str, str, str | None, tuple[str, ...]]
#: (authors, rows): each author once however many of the rows name it
Rows = tuple[list[AuthorRow], list[Row]]


def encode_messages(messages: Iterable[ChatMessage]) -> Rows:
    authors: list[AuthorRow] = []
    index: dict[int, int] = {}
    rows: list[Row] = []
    for m in messages:
        author = m.author
        at = index.get(id(author))
        if at is None:
            at = index[id(author)] = len(authors)
            badges = tuple(sorted(b.value for b in author.badges))
            authors.append((author.id, author.name, author.avatar_url, badges))
        kind, state = m.kind.value, m.state.value
        rows.append(
            (
                m.id,
                at,
                m.text,
                m.sent_at,
                m.html,
                kind,
                state,
                m.thread,
                m.thread_label,
                m.time_known,
            )
        )
    return authors, rows


PageData = tuple[Rows, Rows, str | None, bool, int, bool]


def encode_page(page: Page) -> PageData:
    return (
        encode_messages(page.messages),
        encode_messages(page.updates),
        page.cursor,
        page.ended,
        page.rejected,
        page.more,
    )


EventData = tuple[str, Any]


def encode_event(event: ProviderEvent) -> EventData:
    if isinstance(event, MessagesArrived):
        return "arrived", encode_messages(event.messages)
    if isinstance(event, MessageUpdated):
        return "updated", encode_messages((event.message,))
    return "other", event


#: distinct texts remembered per stream before the table starts afresh
TEXTS = 8_192
_KINDS = {k.value: k for k in MessageKind}
_BADGES = {b.value: b for b in Badge}


class Decoder:
    """Rebuilds one stream's messages, sharing equal authors, times and texts across pages (as
    the client's own interning did in the app's process)."""

    #: messages rebuilt by every decoder of this process: how busy the chat is (the GC
    #: governor waits for a quiet second before a full collection)
    arrivals = 0

    def __init__(self, stream_key: str) -> None:
        self.stream_key = stream_key
        self._interner = Interner()
        self._texts: dict[str, str] = {}
        self._states: dict[int, MessageState] = {}

    def messages(self, data: Rows) -> list[ChatMessage]:
        author_rows, rows = data
        Decoder.arrivals += len(rows)
        authors = [self._author(row) for row in author_rows]
        time, text, state = self._interner.time, self._text, self._state
        key, kinds = self.stream_key, _KINDS
        return [
            ChatMessage(
                mid,
                key,
                authors[at],
                text(body),
                time(sent),
                html,
                kinds[kind],
                state(flags),
                thread,
                label,
                known,
            )
            for mid, at, body, sent, html, kind, flags, thread, label, known in rows
        ]

    def page(self, data: PageData) -> Page:
        messages, updates, cursor, ended, rejected, more = data
        return Page(self.messages(messages), cursor, ended, rejected, self.messages(updates), more)

    def event(self, data: EventData) -> ProviderEvent:
        kind, body = data
        if kind == "arrived":
            return MessagesArrived(tuple(self.messages(body)))
        if kind == "updated":
            return MessageUpdated(self.messages(body)[0])
        event: ProviderEvent = body
        return event

    def _author(self, row: AuthorRow) -> Author:
        def build() -> Author:
            ident, name, avatar, badges = row
            return Author(ident, name, avatar, frozenset(_BADGES[b] for b in badges))

        return self._interner.author(row, build)

    def _text(self, text: str) -> str:
        texts = self._texts
        found = texts.get(text)
        if found is None:
            if len(texts) >= TEXTS:
                texts.clear()
            found = texts[text] = text
        return found

    def _state(self, value: int) -> MessageState:
        found = self._states.get(value)
        if found is None:
            found = self._states[value] = MessageState(value)
        return found
