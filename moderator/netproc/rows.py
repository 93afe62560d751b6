"""Chat messages across the pipe: columns the child writes, and the GUI's cheap rebuild.

The GUI thread rebuilds every message of every stream, so its share is what is made small
(profiled at five tabs of 1,000 msg/s: the dataclass ``__init__``s, unpickling and interning
times were ~37 % of its busy time):

- a page of messages goes as columns (one list per field), and a column whose values are all
  equal as that one value (a one-item list): fewer objects to unpickle, and a field such as
  ``kind`` or ``thread`` is converted once per page, not once per message;
- a time goes as whole microseconds since the Unix epoch in UTC (the zone the GUI keeps every
  time in, see :func:`~moderator.core.models.in_utc`), rebuilt once per distinct value through
  a dict keyed by that int: pickling a zoned datetime and interning it (``utcoffset`` per
  message) was the dearest part; a time that cannot be said so (one ``in_utc`` cannot move to
  UTC, a subclass) goes as itself and is interned as before;
- a message is built without the frozen dataclass's ``__init__`` (eleven ``object.__setattr__``
  calls through a global lookup each), by the slots' own setters.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import fields
from datetime import UTC, datetime, timedelta
from itertools import repeat
from typing import Any

from moderator.core.events import MessagesArrived, MessageUpdated, ProviderEvent
from moderator.core.intern import Interner
from moderator.core.models import Author, Badge, ChatMessage, MessageKind, MessageState, in_utc
from moderator.core.provider import Page

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)
#: distinct texts (and times) remembered per stream before the table starts afresh
TEXTS = 8_192

AuthorRow = tuple[str, str, str | None, tuple[str, ...]]
#: (ids, author index, text, sent_at, html, kind, state, thread, thread_label, time_known):
#: each a list with a value per message, or one value for all of them (a one-item list)
Columns = tuple[list[Any], ...]
#: (authors, columns): each author once however many of the messages name it
Rows = tuple[list[AuthorRow], Columns]
PageData = tuple[Rows, Rows, str | None, bool, int, bool]
EventData = tuple[str, Any]

# -- the child's side ---------------------------------------------------------------------------


def wire_time(value: datetime) -> int | datetime:
    """``value`` as microseconds since the epoch when it is (or becomes) a plain UTC time."""
    with contextlib.suppress(OverflowError, ValueError):  # checked_time judges those
        value = in_utc(value)
    if type(value) is datetime and value.tzinfo is UTC and not value.fold:
        return (value - EPOCH) // MICROSECOND
    return value


def _column(values: list[Any]) -> list[Any]:
    if len(values) > 1 and values.count(values[0]) == len(values):
        return values[:1]
    return values


def encode_messages(messages: Iterable[ChatMessage]) -> Rows:
    authors: list[AuthorRow] = []
    index: dict[int, int] = {}
    cells: list[list[Any]] = [[] for _ in range(10)]
    ids, ats, texts, times, htmls, kinds, states, threads, labels, known = cells
    times_seen: dict[datetime, int | datetime] = {}
    for m in messages:
        author = m.author
        at = index.get(id(author))
        if at is None:
            at = index[id(author)] = len(authors)
            badges = tuple(sorted(b.value for b in author.badges))
            authors.append((author.id, author.name, author.avatar_url, badges))
        sent = times_seen.get(m.sent_at)
        if sent is None or type(sent) is datetime:  # equal is not enough for a datetime
            sent = times_seen[m.sent_at] = wire_time(m.sent_at)
        ids.append(m.id)
        ats.append(at)
        texts.append(m.text)
        times.append(sent)
        htmls.append(m.html)
        kinds.append(m.kind.value)
        states.append(m.state.value)
        threads.append(m.thread)
        labels.append(m.thread_label)
        known.append(m.time_known)
    columns = [ids, *(_column(c) for c in cells[1:])]
    if any(type(t) is datetime for t in columns[3]):  # equal, yet maybe at other offsets
        columns[3] = times
    return authors, tuple(columns)


def encode_page(page: Page) -> PageData:
    return (
        encode_messages(page.messages),
        encode_messages(page.updates),
        page.cursor,
        page.ended,
        page.rejected,
        page.more,
    )


def encode_event(event: ProviderEvent) -> EventData:
    if isinstance(event, MessagesArrived):
        return "arrived", encode_messages(event.messages)
    if isinstance(event, MessageUpdated):
        return "updated", encode_messages((event.message,))
    return "other", event


# -- the GUI's side -----------------------------------------------------------------------------

_KINDS = {k.value: k for k in MessageKind}
_BADGES = {b.value: b for b in Badge}
#: every combination of the flags, made once (``MessageState(value)`` per message is slow)
_STATES = {v: MessageState(v) for v in range(sum(s.value for s in MessageState) + 1)}
_NAMES = (
    "id",
    "stream_key",
    "author",
    "text",
    "sent_at",
    "html",
    "kind",
    "state",
    "thread",
    "thread_label",
    "time_known",
)
if tuple(f.name for f in fields(ChatMessage)) != _NAMES or hasattr(
    ChatMessage, "__post_init__"
):  # a new field must get a setter in _message (and cross: tests/unit/netproc/test_wire.py)
    raise ImportError("moderator.netproc.rows._message does not set every field of ChatMessage")
_new = object.__new__
(
    _id,
    _stream_key,
    _author,
    _text,
    _sent_at,
    _html,
    _kind,
    _state,
    _thread,
    _thread_label,
    _time_known,
) = (getattr(ChatMessage, name).__set__ for name in _NAMES)


def _message(
    mid: str,
    key: str,
    author: Author,
    text: str,
    sent: datetime,
    html: str | None,
    kind: MessageKind,
    state: MessageState,
    thread: str,
    label: str,
    known: bool,
) -> ChatMessage:
    """``ChatMessage(...)`` at about half the cost: the same values in the same slots."""
    m: ChatMessage = _new(ChatMessage)
    _id(m, mid)
    _stream_key(m, key)
    _author(m, author)
    _text(m, text)
    _sent_at(m, sent)
    _html(m, html)
    _kind(m, kind)
    _state(m, state)
    _thread(m, thread)
    _thread_label(m, label)
    _time_known(m, known)
    return m


class _Times(dict[int | datetime, datetime]):
    """Wire time -> the shared datetime, each distinct one built once."""

    def __init__(self, interner: Interner) -> None:
        super().__init__()
        self.interner = interner

    def __missing__(self, key: int | datetime) -> datetime:
        if type(key) is int:
            value = self[key] = EPOCH + timedelta(microseconds=key)
            return value
        # one in_utc could not move: interned, not kept here, where equal instants at other
        # offsets would share one
        return self.interner.time(key)  # type: ignore[arg-type]


def _spread(column: list[Any], n: int) -> Iterable[Any]:
    """A column's values, one per message."""
    return repeat(column[0], n) if len(column) == 1 else column


def _converted(column: list[Any], n: int, convert: Callable[[Any], Any]) -> Iterable[Any]:
    """A column's values converted, once when they are all the same."""
    return repeat(convert(column[0]), n) if len(column) == 1 else map(convert, column)


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
        self._times = _Times(self._interner)

    def messages(self, data: Rows) -> list[ChatMessage]:
        author_rows, (ids, ats, texts, times, htmls, kinds, states, *rest) = data
        threads, labels, known = rest
        n = len(ids)
        Decoder.arrivals += n
        if len(self._texts) > TEXTS:  # bounded per page, not checked per message
            self._texts.clear()
        if len(self._times) > TEXTS:
            self._times.clear()
        authors = [self._author(row) for row in author_rows]
        return list(
            map(
                _message,
                ids,
                repeat(self.stream_key, n),
                _converted(ats, n, authors.__getitem__),
                self._shared_texts(texts, n),
                _converted(times, n, self._times.__getitem__),
                _spread(htmls, n),
                _converted(kinds, n, _KINDS.__getitem__),
                _converted(states, n, _STATES.__getitem__),
                _spread(threads, n),
                _spread(labels, n),
                _spread(known, n),
            )
        )

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

    def _shared_texts(self, column: list[str], n: int) -> Iterable[str]:
        share = self._texts.setdefault
        return (
            repeat(share(column[0], column[0]), n)
            if len(column) == 1
            else map(share, column, column)
        )
