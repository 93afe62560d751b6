"""The team database's reads and writes (psycopg 3, async): shared records in, their arrivals
out, and the one-platform-call guard. Each write is idempotent by the record's key."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from psycopg import AsyncConnection
from psycopg.types.json import Jsonb

from moderator.core.team import AUDIT, FIRST_WINS, SharedRecord
from moderator.storage.team.schema import SCHEMA

Conn = AsyncConnection[tuple[Any, ...]]
#: an action row written by an app whose own guard the database lost mid-call
ACTION = "action"

_AUDIT = (
    f"INSERT INTO {SCHEMA}.audit (key, at, subject, body) VALUES (%s, %s, %s, %s) "
    "ON CONFLICT (key) DO NOTHING"
)
_APPLIED = f"INSERT INTO {SCHEMA}.applied (key) VALUES (%s) ON CONFLICT DO NOTHING RETURNING key"
_RECORD = (
    f"INSERT INTO {SCHEMA}.records (kind, subject, key, at, expires_at, body) "
    "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (kind, subject) DO UPDATE SET "
    "key = excluded.key, at = excluded.at, expires_at = excluded.expires_at, body = excluded.body "
    # a replayed old write never overwrites a newer one
    f"WHERE {SCHEMA}.records.at <= excluded.at"
)
_FIRST = (
    f"INSERT INTO {SCHEMA}.records (kind, subject, key, at, expires_at, body) "
    "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (kind, subject) DO NOTHING"
)
_ACTION = (
    f"INSERT INTO {SCHEMA}.actions (subject, action) VALUES (%s, %s) "
    "ON CONFLICT DO NOTHING RETURNING moderator"
)


async def write(conn: Conn, records: Sequence[SharedRecord]) -> None:
    """Write ``records`` in one transaction; those the database already has change nothing."""
    async with conn.transaction():
        for record in records:
            await _write_one(conn, record)


async def _write_one(conn: Conn, record: SharedRecord) -> None:
    if record.kind == AUDIT:
        await conn.execute(_AUDIT, (record.key, record.at, record.subject, Jsonb(record.body)))
        return
    if record.kind == ACTION:
        await conn.execute(_ACTION, (record.subject, str(record.body.get("action", ""))))
        return
    cur = await conn.execute(_APPLIED, (record.key,))
    if await cur.fetchone() is None:
        return  # applied before: a replay
    query = _FIRST if record.kind in FIRST_WINS else _RECORD
    params = (record.kind, record.subject, record.key, record.at, record.expires_at)
    await conn.execute(query, (*params, Jsonb(record.body)))


async def write_first(conn: Conn, record: SharedRecord) -> SharedRecord | None:
    """Write a first-wins ``record`` now, in one transaction: None when it is the first of its
    (kind, subject), else the record that stands. Another moderator's write of the same
    subject not yet committed makes this wait for it (the primary key), so of two at the same
    moment exactly one is first."""
    async with conn.transaction():
        await conn.execute(_APPLIED, (record.key,))
        params = (record.kind, record.subject, record.key, record.at, record.expires_at)
        cur = await conn.execute(f"{_FIRST} RETURNING moderator", (*params, Jsonb(record.body)))
        if await cur.fetchone() is not None:
            return None
        cur = await conn.execute(
            f"SELECT kind, {_COLUMNS}, expires_at FROM {SCHEMA}.records "
            "WHERE kind = %s AND subject = %s",
            (record.kind, record.subject),
        )
        row = await cur.fetchone()
    if row is None:  # gone meanwhile (never for first-wins kinds): ours after all
        return None
    names = ("kind", "key", "moderator", "at", "subject", "body", "expires_at")
    return from_row(dict(zip(names, row, strict=True)))


async def take_action(conn: Conn, subject: str, action: str) -> str | None:
    """Within the caller's transaction: None when the action is ours now, else who has it.
    A row another moderator inserted but has not committed makes this wait for their answer."""
    cur = await conn.execute(_ACTION, (subject, action))
    if await cur.fetchone() is not None:
        return None
    cur = await conn.execute(
        f"SELECT moderator FROM {SCHEMA}.actions WHERE subject = %s AND action = %s",
        (subject, action),
    )
    row = await cur.fetchone()
    return str(row[0]) if row else None


def from_row(row: dict[str, Any]) -> SharedRecord:
    """A record from a notification's JSON or a row read back."""
    table = row.get("table", "records")
    body = row.get("body") or {}
    if isinstance(body, str):
        body = json.loads(body)
    expires = row.get("expires_at")
    return SharedRecord(
        kind=AUDIT if table == "audit" else str(row.get("kind", "")),
        subject=str(row.get("subject", "")),
        body=dict(body),
        key=str(row.get("key", "")),
        moderator=str(row.get("moderator", "")),
        at=_time(row.get("at")),
        expires_at=_time(expires) if expires else None,
    )


def _time(value: object) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


_COLUMNS = "key, moderator, at, subject, body"


async def audit_since(
    conn: Conn, after_id: int, limit: int = 5_000
) -> list[tuple[int, SharedRecord]]:
    cur = await conn.execute(
        f"SELECT id, {_COLUMNS} FROM {SCHEMA}.audit WHERE id > %s ORDER BY id LIMIT %s",
        (after_id, limit),
    )
    rows = await cur.fetchall()
    names = ("key", "moderator", "at", "subject", "body")
    return [
        (int(r[0]), from_row({"table": "audit", **dict(zip(names, r[1:], strict=True))}))
        for r in rows
    ]


async def last_audit_id(conn: Conn) -> int:
    cur = await conn.execute(f"SELECT coalesce(max(id), 0) FROM {SCHEMA}.audit")
    row = await cur.fetchone()
    return int(row[0]) if row else 0


async def records_since(
    conn: Conn, since: datetime, lasting: Sequence[str] = ()
) -> list[SharedRecord]:
    """Records changed since ``since`` and not expired: claims, marks and notes missed while
    this computer was away; and every record of the ``lasting`` kinds, however old (the
    team's standing state: notes, the rule set)."""
    cur = await conn.execute(
        f"SELECT kind, {_COLUMNS}, expires_at FROM {SCHEMA}.records "
        "WHERE (at > %s OR kind = ANY(%s)) AND (expires_at IS NULL OR expires_at > now()) "
        "ORDER BY at",
        (since, list(lasting)),
    )
    names = ("kind", "key", "moderator", "at", "subject", "body", "expires_at")
    return [from_row(dict(zip(names, r, strict=True))) for r in await cur.fetchall()]


async def fetch(conn: Conn, note: dict[str, Any]) -> SharedRecord | None:
    """A record whose notification was too big to carry its body."""
    if note.get("table") == "audit":
        cur = await conn.execute(
            f"SELECT {_COLUMNS} FROM {SCHEMA}.audit WHERE key = %s", (note.get("key"),)
        )
        names: tuple[str, ...] = ("key", "moderator", "at", "subject", "body")
        extra: dict[str, Any] = {"table": "audit"}
    else:
        cur = await conn.execute(
            f"SELECT kind, {_COLUMNS}, expires_at FROM {SCHEMA}.records "
            "WHERE kind = %s AND subject = %s",
            (note.get("kind"), note.get("subject")),
        )
        names = ("kind", "key", "moderator", "at", "subject", "body", "expires_at")
        extra = {}
    row = await cur.fetchone()
    return from_row({**extra, **dict(zip(names, row, strict=True))}) if row else None
