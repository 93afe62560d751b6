"""The message list of one tab as a Qt item model: an adapter over a :class:`StreamState`.

The rows live in the stream's :class:`~moderator.core.stream.StreamState` (Qt-free: buffer, id
index, queue, listeners); this model turns the state's changes into Qt's row signals. Arrivals
are offered to the state and admitted at most every ``BATCH_MS`` milliseconds (the first after a
pause at once), at most ``ROWS_PER_TURN`` rows in one turn of the GUI loop: a longer queue goes
on from a 1 ms timer, so a backlog of thousands never makes one long frame. Rows trimmed off the
front are announced with ``rows_trimmed`` (for the archive), and older ones come back through
:meth:`prepend`.
``data()`` answers every role it knows with a real value.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from moderator.core.models import ChatMessage, MessageKind, MessageState
from moderator.core.names import LookAlikes, display_text, visible_name
from moderator.core.stream import StreamListener, StreamState
from moderator.ui.kit.guard import guarded, message_time, nothing
from moderator.ui.kit.plain import tip
from moderator.ui.messages.spoken import PlatformName, raw_platform, spoken, spoken_details

#: rows are admitted at most this often: the first arrival after a pause goes in at once (a
#: quiet chat and a tab polled every 80 ms lose no time), a busy chat's pile up meanwhile
BATCH_MS = 50
#: rows admitted in one turn of the GUI loop at most (inserting and measuring ~500 rows stays
#: around a millisecond); a longer queue goes on in the next turn
ROWS_PER_TURN = 500
#: the pause before the next share of a long queue: Qt 6 runs a 0 ms timer before any other,
#: 1 ms lets input, paint and the network have their turn in between
CONTINUE_MS = 1
#: the ChatMessage behind a row
MessageRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
CHAT = MessageKind.CHAT
NO_STATE = MessageState.NONE
READ_OR_GONE = MessageState.READ | MessageState.DELETED


def throttled(last: float, every_ms: int) -> int:
    """Milliseconds to wait so that work last done at ``last`` (``time.monotonic``) is done
    again no sooner than ``every_ms`` after it, and never in this very turn."""
    since_ms = (time.monotonic() - last) * 1000
    return CONTINUE_MS if since_ms >= every_ms else max(CONTINUE_MS, math.ceil(every_ms - since_ms))


class MessageModel(QAbstractListModel):
    """Rows of :class:`ChatMessage`, newest last."""

    #: a batch of rows was appended (first, last)
    rows_appended = Signal(int, int)
    #: the oldest rows left the model (a list of ChatMessage, oldest first)
    rows_trimmed = Signal(object)
    #: how many chat lines are neither read nor deleted, when that number changed
    unread_changed = Signal(int)
    #: rows whose state changed: a list of (before, after) messages (announced to screen readers)
    states_changed = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        limit: int = 100_000,
        state: StreamState | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = StreamState(limit) if state is None else state
        self._rows = self.state.rows
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(BATCH_MS)
        self._flush_timer.timeout.connect(self._flush_share)
        #: when rows were last admitted (``time.monotonic``): the next go in ``BATCH_MS`` after
        self._admitted_at = -math.inf
        self._continuing = False
        #: kept up to date on every change, so asking costs nothing at 100k rows
        self._unread = 0
        #: the id of the newest read row: the last-read line is drawn below it
        self._last_read: str | None = None
        #: the names of this stream's staff, and the authors whose names imitate them
        self.lookalikes = LookAlikes()
        #: the platform's name for a stream key, as a row's accessible text says it
        self.platform_name: PlatformName = raw_platform
        self._prepending = False
        self._relay = _Relay(self)
        self.state.listen(self._relay)

    @property
    def limit(self) -> int:
        return self.state.limit

    # -- Qt model API ---------------------------------------------------------------------------

    # rows are read through messages(), so a subclass that keeps them elsewhere (the All
    # streams model) inherits the Qt API unchanged

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.messages())

    @guarded(nothing)
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rows = self.messages()
        if not index.isValid() or not 0 <= index.row() < len(rows):
            return None
        message = rows[index.row()]
        if role == MessageRole:
            return message
        if role == Qt.ItemDataRole.DisplayRole:
            return describe(message)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken(message, self.platform_of(message))
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return spoken_details(message, self.platform_of(message), self.resembles(message))
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(tooltip(message, self.resembles(message)))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- feeding --------------------------------------------------------------------------------

    def enqueue(self, messages: Iterable[ChatMessage]) -> None:
        """Queue arrivals; they appear together within ``BATCH_MS``."""
        self.state.offer(messages)

    def flush(self) -> None:
        """Insert everything queued in one go (tests call this instead of waiting)."""
        self._flush_timer.stop()
        self.state.admit()

    def _flush_share(self) -> None:
        """The timer's flush: one turn's share of the queue, the rest in the next turn."""
        self._admitted_at = time.monotonic()
        self.state.admit(ROWS_PER_TURN)
        self._continuing = self.state.queued() > 0
        if self._continuing:
            self._flush_timer.start(CONTINUE_MS)

    def filling(self) -> bool:
        """Whether a long queue (a backlog being read) goes on in the next turn."""
        return self._continuing

    def _waiting(self) -> None:
        if not self._flush_timer.isActive():
            self._flush_timer.start(throttled(self._admitted_at, BATCH_MS))

    def prepend(self, older: Iterable[ChatMessage]) -> int:
        """Put older messages (oldest first) above row 0; returns how many were new."""
        self._prepending = True
        try:
            return len(self.state.prepend(older))
        finally:
            self._prepending = False

    def trim(self) -> int:
        """Drop the oldest rows beyond the limit; returns how many went."""
        return len(self.state.trim())

    # -- the state's changes, as Qt signals -----------------------------------------------------

    def _inserted(self, first: int, fresh: Sequence[ChatMessage]) -> None:
        self.endInsertRows()
        self.lookalikes.learn(m.author for m in fresh if m.author.badges)
        if self._prepending:
            if self._last_read is None:
                self._last_read = next((m.id for m in reversed(fresh) if m.is_read), None)
        else:
            for message in reversed(fresh):
                if message.state is not NO_STATE and message.is_read:
                    self._last_read = message.id
                    break
        self._count_unread(sum(map(is_unread, fresh)))
        if not self._prepending:
            self.rows_appended.emit(first, first + len(fresh) - 1)

    def _removed(self, dropped: list[ChatMessage]) -> None:
        self.endRemoveRows()
        if self._last_read is not None and self.state.row_of(self._last_read) is None:
            self._last_read = None
        self._count_unread(-sum(map(is_unread, dropped)))
        self.rows_trimmed.emit(dropped)

    def _replaced(self, changes: list[tuple[int, ChatMessage, ChatMessage]]) -> None:
        for row, old, new in changes:
            self._track_read(row, old, new)
        # a signal per run of neighbouring rows: one span over scattered rows (an author's,
        # all over the chat) would have the view measure every row in between again
        first = last = changes[0][0]
        for row, _old, _new in changes[1:]:
            if row != last + 1:
                self.dataChanged.emit(self.index(first), self.index(last))
                first = row
            last = row
        self.dataChanged.emit(self.index(first), self.index(last))
        if moved := [(old, new) for _row, old, new in changes if old.state != new.state]:
            self.states_changed.emit(moved)

    # -- lookups and changes --------------------------------------------------------------------

    def message(self, row: int) -> ChatMessage:
        return self._rows[row]

    def messages(self) -> Sequence[ChatMessage]:
        return self._rows

    def row_of(self, message_id: str) -> int | None:
        return self.state.row_of(message_id)

    def replace(self, message: ChatMessage) -> bool:
        """Put a newer version of a known message in its row (or its place in the queue);
        False if it is not here."""
        return self.state.replace(message)

    def change_state(
        self,
        message_id: str,
        add: MessageState = MessageState.NONE,
        remove: MessageState = MessageState.NONE,
    ) -> ChatMessage | None:
        """Set or clear state flags on a row; returns the new message, None if unknown."""
        row = self.row_of(message_id)
        if row is None:
            return None
        changed = self.message(row).with_state(add, remove)
        self.replace(changed)
        return changed

    def change_many(
        self,
        message_ids: Iterable[str],
        add: MessageState = MessageState.NONE,
        remove: MessageState = MessageState.NONE,
    ) -> None:
        """Change many rows with one ``dataChanged`` over their span (mark read up to here)."""
        self.state.change_many(message_ids, add, remove)

    def platform_of(self, message: ChatMessage) -> str:
        return self.platform_name(message.stream_key)

    def resembles(self, message: ChatMessage) -> str | None:
        """The staff name (or the moderator's own) that this message's author name imitates."""
        return self.lookalikes.resembles(message.author)

    def unread_count(self) -> int:
        return self._unread

    def last_read_row(self) -> int | None:
        """The newest read row, if any is in the model: the last-read line goes below it."""
        return None if self._last_read is None else self.state.row_of(self._last_read)

    def next_unread(self, after: int) -> int | None:
        """The first unread row below ``after`` (cost: the distance to it)."""
        rows = self._rows
        for row in range(max(0, after + 1), len(rows)):
            if is_unread(rows[row]):
                return row
        return None

    def _count_unread(self, delta: int) -> None:
        if delta:
            self._unread += delta
            self.unread_changed.emit(self._unread)

    def _track_read(self, row: int, old: ChatMessage, new: ChatMessage) -> None:
        self._count_unread(is_unread(new) - is_unread(old))
        if new.is_read == old.is_read:
            return
        last = self.last_read_row()
        if new.is_read and (last is None or row > last):
            self._last_read = new.id
        elif not new.is_read and row == last:
            # the newest read row became unread: the line moves up to the read row above it
            above = (r for r in range(row - 1, -1, -1) if self._rows[r].is_read)
            found = next(above, None)
            self._last_read = None if found is None else self._rows[found].id


class _Relay(StreamListener):
    """The model's ears on its state: each change becomes the Qt signals around it."""

    def __init__(self, model: MessageModel) -> None:
        self.model = model

    def waiting(self) -> None:
        self.model._waiting()

    def inserting(self, first: int, count: int) -> None:
        self.model.beginInsertRows(QModelIndex(), first, first + count - 1)

    def inserted(self, first: int, messages: Sequence[ChatMessage]) -> None:
        self.model._inserted(first, messages)

    def removing(self, first: int, count: int) -> None:
        self.model.beginRemoveRows(QModelIndex(), first, first + count - 1)

    def removed(self, first: int, dropped: list[ChatMessage]) -> None:
        self.model._removed(dropped)

    def replaced(self, changes: list[tuple[int, ChatMessage, ChatMessage]]) -> None:
        self.model._replaced(changes)


def is_unread(message: ChatMessage) -> bool:
    """A chat line the moderator has not read yet (system lines and deleted ones never count)."""
    if message.kind is not CHAT:
        return False
    state = message.state
    # most arrivals carry no state at all: skip the (slow) Flag arithmetic for them
    return state is NO_STATE or not state & READ_OR_GONE


def tooltip(message: ChatMessage, looks_like: str | None) -> str:
    """Who wrote a row and when, with a warning when the name imitates a protected one."""
    line = f"{visible_name(message.author.name)} · {message_time(message, '%Y-%m-%d %H:%M:%S')}"
    if looks_like:
        line += "\n" + QCoreApplication.translate(
            "MessageModel", "⚠ looks like {name}, but is another account"
        ).format(name=visible_name(looks_like))
    if message.is_removed:
        line += "\n" + QCoreApplication.translate(
            "MessageModel", "Removed on the platform by someone else, not by you"
        )
    return line


def describe(message: ChatMessage) -> str:
    """One line for screen readers and copy: who said what, and its state."""
    state = []
    if message.is_removed:
        state.append(QCoreApplication.translate("MessageModel", "removed on the platform"))
    elif message.is_deleted:
        state.append(QCoreApplication.translate("MessageModel", "deleted"))
    if message.is_pending:
        state.append(QCoreApplication.translate("MessageModel", "pending"))
    suffix = f" [{', '.join(state)}]" if state else ""
    return f"{visible_name(message.author.name)}: {display_text(message.text)}{suffix}"
