"""Messages that left a tab's in-memory buffer, kept in SQLite and read back a page at a time.

Writes go to a child process in batches (one transaction per trim, see :mod:`archive_writer`),
so a fast chat never waits for the disk nor for SQLite's work; the database is in WAL mode so
the UI thread can read older pages while the writer commits. Pages are keyset-paginated over
an index on (stream_key, sent_at): "the ``limit`` messages before this one", whatever the
archive's size. Search across streams uses a trigram full-text index where this SQLite has one
(see :mod:`archive_query`), and the whole archive can be exported to CSV or JSON Lines,
streamed from its own connection.
"""

from __future__ import annotations

import csv
import json
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from moderator.core.models import (
    EARLIEST,
    LATEST,
    Author,
    Badge,
    ChatMessage,
    MessageKind,
    MessageState,
)
from moderator.core.search import SearchQuery
from moderator.storage import archive_query
from moderator.storage.archive_writer import INSERT, ArchiveWriter
from moderator.storage.db import ensure_usable
from moderator.storage.files import open_private

log = logging.getLogger(__name__)
__all__ = ["INSERT", "Archive"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    stream_key TEXT NOT NULL,
    id TEXT NOT NULL,
    author_id TEXT NOT NULL,
    author_name TEXT NOT NULL,
    avatar_url TEXT,
    badges TEXT NOT NULL,
    text TEXT NOT NULL,
    html TEXT,
    sent_at REAL NOT NULL,
    utc_offset INTEGER NOT NULL,
    kind TEXT NOT NULL,
    state INTEGER NOT NULL,
    thread TEXT NOT NULL,
    thread_label TEXT NOT NULL,
    UNIQUE (stream_key, id)
);
CREATE INDEX IF NOT EXISTS messages_by_time ON messages (stream_key, sent_at);
CREATE INDEX IF NOT EXISTS messages_by_sent ON messages (sent_at);
CREATE INDEX IF NOT EXISTS messages_by_author ON messages (author_name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS messages_by_author_id ON messages (author_id);
"""
COLUMNS = (
    "id, author_id, author_name, avatar_url, badges, text, html, sent_at, utc_offset, kind, "
    "state, thread, thread_label"
)
Row = tuple[str, str, str, str | None, str, str, str | None, float, int, str, int, str, str]
#: what the exports write, in this order
EXPORT_FIELDS = (
    "stream_key",
    "id",
    "author_id",
    "author_name",
    "badges",
    "text",
    "html",
    "sent_at",
    "kind",
    "state",
    "thread",
    "thread_label",
    "time_known",
)
#: a bit of the stored ``state`` no :class:`MessageState` uses: the platform sent no usable
#: time, ``sent_at`` is when the message arrived. A bit, not a column, so archives written
#: before it need no migration and read back as "time known" (then checked on load).
TIME_UNKNOWN = 1 << 30
#: the stored times a message can be read back with as they are; outside, it is "time unknown"
SAFE_SPAN = (EARLIEST.timestamp(), LATEST.timestamp())
#: a UTC offset ``timezone`` accepts is strictly inside a day
MAX_OFFSET = 24 * 3600 - 1


#: messages turned into rows per :meth:`Archive.add` at most (~10 ms of Python at worst)
WRITE_CHUNK = 2_000


class Archive:
    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        #: a sentence when a damaged archive had to be moved aside
        self.problem = ensure_usable(Path(path))
        setup = self._connect()
        try:
            setup.executescript(SCHEMA)
            fresh_index = archive_query.create_fts(setup)
            if fresh_index and setup.execute("SELECT 1 FROM messages LIMIT 1").fetchone() is None:
                fresh_index = False  # a new archive: nothing to index
        finally:
            setup.close()
        self._reader = self._connect()
        #: added, not yet converted to rows (see :meth:`add`)
        self._pending: list[ChatMessage] = []
        self._writer = ArchiveWriter(self.path)
        #: whether text search may use the full-text index (False while it is being built)
        self._fts_ready = fresh_index is False
        if fresh_index:
            # an archive from before the index: fill it in the background, not at start-up
            self._writer.build_index()

    @property
    def fts_ready(self) -> bool:
        """Whether text search may use the full-text index (False while it is being built)."""
        if not self._fts_ready:
            self._writer.poll()
            self._fts_ready = self._writer.index_built
        return self._fts_ready

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, check_same_thread=False)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        return connection

    # -- writing ------------------------------------------------------------------------------

    def add(self, messages: Sequence[ChatMessage]) -> None:
        """Keep these messages (written in the background).

        Turning messages into rows is Python work on the caller's (GUI) thread, so one call
        converts at most ``WRITE_CHUNK`` of what is waiting: a trim of 50,000 rows (after the
        moderator paused a fast chat) is written over the next trims, not in one 300 ms turn.
        Every read, :meth:`flush` and :meth:`close` hand over the rest first.
        """
        self._pending.extend(messages)
        self._hand_over(WRITE_CHUNK)

    @property
    def writer_pid(self) -> int | None:
        """The writing child's process id (for the benchmarks' CPU figures)."""
        return self._writer.pid

    @property
    def pending(self) -> int:
        """Messages added but not yet handed to the writer."""
        return len(self._pending)

    def flush(self) -> None:
        """Wait until everything added so far is written."""
        self._hand_over(None)
        self._writer.flush()

    def _hand_over(self, most: int | None) -> None:
        take = self._pending[:most]
        del self._pending[:most]
        if take:
            self._writer.write([_row(m) for m in take])

    def close(self) -> None:
        self._hand_over(None)
        self._writer.close()
        self._reader.close()

    # -- reading ------------------------------------------------------------------------------

    def older(
        self, stream_key: str, before: ChatMessage | None, limit: int = 200
    ) -> list[ChatMessage]:
        """Up to ``limit`` messages older than ``before`` (the newest ones if None), oldest
        first."""
        self.flush()
        query = f"SELECT {COLUMNS} FROM messages WHERE stream_key = ?"
        args: list[object] = [stream_key]
        if before is not None:
            mark = self._reader.execute(
                "SELECT sent_at, rowid FROM messages WHERE stream_key = ? AND id = ?",
                (stream_key, before.id),
            ).fetchone()
            if mark is None:  # not archived: everything archived is older by arrival
                query += " AND sent_at <= ?"
                args.append(before.sent_at.timestamp())
            else:
                query += " AND (sent_at < ? OR (sent_at = ? AND rowid < ?))"
                args += [mark[0], mark[0], mark[1]]
        query += " ORDER BY sent_at DESC, rowid DESC LIMIT ?"
        rows = self._reader.execute(query, [*args, limit]).fetchall()
        return [_message(stream_key, row) for row in reversed(rows)]

    def count(self, stream_key: str) -> int:
        self.flush()
        query = "SELECT count(*) FROM messages WHERE stream_key = ?"
        return int(self._reader.execute(query, (stream_key,)).fetchone()[0])

    def search(self, query: SearchQuery) -> list[ChatMessage]:
        """Up to ``query.limit`` archived messages matching ``query``, newest first."""
        self.flush()
        where, args = archive_query.where(query, fts=self.fts_ready)
        sql = (
            f"SELECT stream_key, {COLUMNS} FROM messages WHERE {where} "
            "ORDER BY sent_at DESC, rowid DESC LIMIT ?"
        )
        rows = self._reader.execute(sql, [*args, query.limit]).fetchall()
        return [_message(row[0], row[1:]) for row in rows]

    # -- export -------------------------------------------------------------------------------

    def export_csv(self, path: Path, also: Sequence[ChatMessage] = ()) -> int:
        """Write every archived message, then those of ``also`` not archived (the open tabs'),
        to ``path`` as CSV; returns how many. Rows are streamed from their own connection, so
        this may run in a worker thread."""
        count = 0
        with open_private(path, newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(EXPORT_FIELDS)
            for record in self._export_records(also):
                writer.writerow(record[name] for name in EXPORT_FIELDS)
                count += 1
        return count

    def export_jsonl(self, path: Path, also: Sequence[ChatMessage] = ()) -> int:
        """Like :meth:`export_csv`, one JSON object a line."""
        count = 0
        with open_private(path) as handle:
            for record in self._export_records(also):
                handle.write(json.dumps(record, ensure_ascii=False))
                handle.write("\n")
                count += 1
        return count

    def _export_records(self, also: Sequence[ChatMessage]) -> Iterator[dict[str, str]]:
        self.flush()
        # the tabs' version of a message wins: it has the latest state
        newer = {(m.stream_key, m.id) for m in also}
        connection = sqlite3.connect(self.path)
        try:
            cursor = connection.execute(
                f"SELECT stream_key, {COLUMNS} FROM messages ORDER BY sent_at, rowid"
            )
            for row in cursor:
                if (row[0], row[1]) not in newer:
                    yield _export_record(_message(row[0], row[1:]))
        finally:
            connection.close()
        for message in sorted(also, key=lambda m: m.sent_at):
            yield _export_record(message)


def _row(m: ChatMessage) -> tuple[object, ...]:
    offset = m.sent_at.utcoffset() or timedelta(0)
    badges = ",".join(sorted(b.value for b in m.author.badges))
    return (
        m.stream_key,
        m.id,
        m.author.id,
        m.author.name,
        m.author.avatar_url,
        badges,
        m.text,
        m.html,
        m.sent_at.timestamp(),
        int(offset.total_seconds()),
        m.kind.value,
        m.state.value | (0 if m.time_known else TIME_UNKNOWN),
        m.thread,
        m.thread_label,
    )


def _export_record(m: ChatMessage) -> dict[str, str]:
    return {
        "stream_key": m.stream_key,
        "id": m.id,
        "author_id": m.author.id,
        "author_name": m.author.name,
        "badges": ",".join(sorted(b.value for b in m.author.badges)),
        "text": m.text,
        "html": m.html or "",
        "sent_at": m.sent_at.isoformat(),
        "kind": m.kind.value,
        "state": ",".join(sorted((f.name or "").lower() for f in MessageState if f in m.state)),
        "thread": m.thread,
        "thread_label": m.thread_label,
        "time_known": "yes" if m.time_known else "no",
    }


def _message(stream_key: str, row: Row) -> ChatMessage:
    mid, author_id, name, avatar, badges, text, html, sent, offset, kind, state, thread, label = row
    author = Author(author_id, name, avatar, frozenset(Badge(b) for b in badges.split(",") if b))
    sent_at, known = _stored_time(sent, offset)
    return ChatMessage(
        id=mid,
        stream_key=stream_key,
        author=author,
        text=text,
        sent_at=sent_at,
        html=html,
        kind=MessageKind(kind),
        state=MessageState(state & ~TIME_UNKNOWN),
        thread=thread,
        thread_label=label,
        time_known=known and not state & TIME_UNKNOWN,
    )


def _stored_time(sent: float, offset: int) -> tuple[datetime, bool]:
    """``(sent_at, time_known)`` for a stored time that never raises where the UI shows it.

    An archive from before times were checked may hold a platform's placeholder (year 1, year
    9999) or an offset no zone has: the message is kept, clamped into the years a message can
    have, and shown as "time unknown".
    """
    low, high = SAFE_SPAN
    known = low <= sent < high and abs(offset) <= MAX_OFFSET
    sent = min(max(sent, low), high)
    zone = UTC if offset == 0 or abs(offset) > MAX_OFFSET else timezone(timedelta(seconds=offset))
    return datetime.fromtimestamp(sent, zone), known
