"""The SQL behind searching the archive: a WHERE clause from a :class:`SearchQuery`.

Text search uses an FTS5 index with the trigram tokenizer, which answers "contains" (not just
whole words) in any case, for three characters or more; shorter text, or an SQLite built
without FTS5 or trigram, falls back to LIKE, which scans but stops at the query's LIMIT because
rows are walked newest first along the ``sent_at`` index. The index is "external content": it
keeps no copy of the text, and a trigger fills it as rows are archived. Rows are never updated
or deleted, and the archive is never VACUUMed (that would renumber the rowids the index uses).
"""

from __future__ import annotations

import logging
import sqlite3

from moderator.core.search import SearchQuery

log = logging.getLogger(__name__)

FTS_SCHEMA = """
CREATE VIRTUAL TABLE messages_fts USING fts5(
    text, content='messages', content_rowid='rowid', tokenize='trigram'
);
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO messages_fts (rowid, text) VALUES (new.rowid, new.text);
END;
"""
#: the trigram tokenizer cannot match fewer characters than this
TRIGRAM = 3


def create_fts(connection: sqlite3.Connection) -> bool | None:
    """Make the full-text index if missing: True when just made (it needs filling from the
    rows already there), False when it was there, None when this SQLite cannot have one."""
    exists = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'messages_fts'"
    ).fetchone()
    if exists:
        return False
    try:
        connection.executescript(FTS_SCHEMA)
    except sqlite3.OperationalError as err:
        log.warning("no full-text search in this SQLite (%s): searching with LIKE", err)
        return None
    return True


def rebuild_fts(connection: sqlite3.Connection) -> None:
    connection.execute("INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')")


def where(query: SearchQuery, *, fts: bool) -> tuple[str, list[object]]:
    """The WHERE clause (never empty) and its arguments."""
    clauses: list[str] = []
    args: list[object] = []
    if query.text:
        _text(query.text, fts, clauses, args)
    if query.author:
        clauses.append("author_name LIKE ? ESCAPE '\\'")
        args.append(f"%{_escape(query.author)}%")
    if query.platform:
        # a range on the key's prefix, which the (stream_key, sent_at) index can answer
        clauses.append("stream_key >= ? AND stream_key < ?")
        args += [f"{query.platform}:", f"{query.platform};"]
    if query.stream_keys:
        clauses.append(f"stream_key IN ({', '.join('?' * len(query.stream_keys))})")
        args += sorted(query.stream_keys)
    if query.person is not None:
        _person(query, clauses, args)
    if query.since is not None:
        clauses.append("sent_at >= ?")
        args.append(query.since.timestamp())
    if query.until is not None:
        clauses.append("sent_at <= ?")
        args.append(query.until.timestamp())
    return (" AND ".join(clauses) or "1"), args


def _text(text: str, fts: bool, clauses: list[str], args: list[object]) -> None:
    if fts and len(text) >= TRIGRAM:
        clauses.append("rowid IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?)")
        args.append('"' + text.replace('"', '""') + '"')
    else:
        clauses.append("text LIKE ? ESCAPE '\\'")
        args.append(f"%{_escape(text)}%")


def _person(query: SearchQuery, clauses: list[str], args: list[object]) -> None:
    assert query.person is not None
    options = ["author_name = ? COLLATE NOCASE"]
    args.append(query.person.name)
    for platform, author_id in sorted(query.person.ids):
        options.append("(author_id = ? AND stream_key >= ? AND stream_key < ?)")
        args += [author_id, f"{platform}:", f"{platform};"]
    clauses.append(f"({' OR '.join(options)})")


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
