"""The message list of one tab as a Qt item model.

Arrivals are queued and inserted in one batch at most every ``BATCH_MS`` milliseconds, so a fast
chat costs the view one insert per batch, not one per message. Rows live in a bounded
:class:`~moderator.core.buffer.MessageBuffer`; rows trimmed off the front are announced with
``rows_trimmed`` (for the archive), and older ones come back through :meth:`prepend`.
``data()`` answers every role it knows with a real value.
"""

from __future__ import annotations

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

from moderator.core.buffer import MessageBuffer
from moderator.core.models import ChatMessage, MessageKind, MessageState
from moderator.core.names import LookAlikes, display_text, visible_name
from moderator.ui.kit.guard import guarded, message_time, nothing
from moderator.ui.kit.plain import tip
from moderator.ui.messages.spoken import PlatformName, raw_platform, spoken, spoken_details

BATCH_MS = 50
#: the ChatMessage behind a row
MessageRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex
CHAT = MessageKind.CHAT
NO_STATE = MessageState.NONE
READ_OR_GONE = MessageState.READ | MessageState.DELETED


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

    def __init__(self, parent: QObject | None = None, *, limit: int = 100_000) -> None:
        super().__init__(parent)
        self._buffer = MessageBuffer(limit)
        self._rows = self._buffer.rows
        self._queue: list[ChatMessage] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(BATCH_MS)
        self._flush_timer.timeout.connect(self.flush)
        #: kept up to date on every change, so asking costs nothing at 100k rows
        self._unread = 0
        #: the id of the newest read row: the last-read line is drawn below it
        self._last_read: str | None = None
        #: the names of this stream's staff, and the authors whose names imitate them
        self.lookalikes = LookAlikes()
        #: the platform's name for a stream key, as a row's accessible text says it
        self.platform_name: PlatformName = raw_platform

    @property
    def limit(self) -> int:
        return self._buffer.limit

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
        self._queue.extend(messages)
        if self._queue and not self._flush_timer.isActive():
            self._flush_timer.start()

    def flush(self) -> None:
        """Insert everything queued in one go (tests call this instead of waiting)."""
        self._flush_timer.stop()
        fresh = self._buffer.fresh(self._queue)
        self._queue.clear()
        if not fresh:
            return
        first = len(self._buffer)
        last = first + len(fresh) - 1
        self.lookalikes.learn(m.author for m in fresh if m.author.badges)
        self.beginInsertRows(QModelIndex(), first, last)
        self._buffer.append(fresh)
        self.endInsertRows()
        for message in reversed(fresh):
            if message.state is not NO_STATE and message.is_read:
                self._last_read = message.id
                break
        self._count_unread(sum(map(is_unread, fresh)))
        self.rows_appended.emit(first, last)

    def prepend(self, older: Iterable[ChatMessage]) -> int:
        """Put older messages (oldest first) above row 0; returns how many were new."""
        fresh = self._buffer.fresh(older)
        if not fresh:
            return 0
        self.lookalikes.learn(m.author for m in fresh if m.author.badges)
        self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
        self._buffer.prepend(fresh)
        self.endInsertRows()
        if self._last_read is None:
            self._last_read = next((m.id for m in reversed(fresh) if m.is_read), None)
        self._count_unread(sum(map(is_unread, fresh)))
        return len(fresh)

    def trim(self) -> int:
        """Drop the oldest rows beyond the limit; returns how many went."""
        excess = self._buffer.excess()
        if excess <= 0:
            return 0
        self.beginRemoveRows(QModelIndex(), 0, excess - 1)
        dropped = self._buffer.drop_front(excess)
        self.endRemoveRows()
        if self._last_read is not None and self._last_read not in self._buffer:
            self._last_read = None
        self._count_unread(-sum(map(is_unread, dropped)))
        self.rows_trimmed.emit(dropped)
        return excess

    # -- lookups and changes --------------------------------------------------------------------

    def message(self, row: int) -> ChatMessage:
        return self._rows[row]

    def messages(self) -> Sequence[ChatMessage]:
        return self._rows

    def row_of(self, message_id: str) -> int | None:
        return self._buffer.row_of(message_id)

    def replace(self, message: ChatMessage) -> bool:
        """Put a newer version of a known message in its row; False if it is not here."""
        row = self._buffer.row_of(message.id)
        if row is None:
            queued = next((i for i, m in enumerate(self._queue) if m.id == message.id), None)
            if queued is None:
                return False
            self._queue[queued] = message
            return True
        old = self._rows[row]
        self._buffer.replace(row, message)
        self._track_read(row, old, message)
        index = self.index(row)
        self.dataChanged.emit(index, index)
        if old.state != message.state:
            self.states_changed.emit([(old, message)])
        return True

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
        rows = [r for mid in message_ids if (r := self._buffer.row_of(mid)) is not None]
        changed = []
        for row in rows:
            old = self._rows[row]
            new = old.with_state(add, remove)
            self._buffer.replace(row, new)
            self._track_read(row, old, new)
            if new is not old:
                changed.append((old, new))
        if rows:
            self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)))
        if changed:
            self.states_changed.emit(changed)

    def platform_of(self, message: ChatMessage) -> str:
        return self.platform_name(message.stream_key)

    def resembles(self, message: ChatMessage) -> str | None:
        """The staff name (or the moderator's own) that this message's author name imitates."""
        return self.lookalikes.resembles(message.author)

    def unread_count(self) -> int:
        return self._unread

    def last_read_row(self) -> int | None:
        """The newest read row, if any is in the model: the last-read line goes below it."""
        return None if self._last_read is None else self._buffer.row_of(self._last_read)

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
