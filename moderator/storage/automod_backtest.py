"""Backtest reading: the archive's chat lines in time order, straight from SQLite, handed to
:func:`moderator.core.automod.backtest.run`. Meant to run in a worker process (the GUI keeps
its GIL): :func:`backtest_archive` takes and returns only picklable values and opens the
archive read-only, beside the app's own connections (WAL lets both read)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from moderator.core.automod.backtest import Report, Row, merge, warmup_seconds
from moderator.core.automod.rules import RuleKind, RuleSet
from moderator.core.automod.sweep import Before


@dataclass(frozen=True, slots=True)
class Span:
    """Which archived messages: the last ``last``, or those sent in [since, until)."""

    last: int | None = 10_000
    since: float | None = None
    until: float | None = None


def backtest_archive(path: str, rules_json: str, span: Span) -> Report:
    """The whole span in this process."""
    from moderator.core.automod.columnar import run_or_sweep  # numpy: in the worker only

    rules = RuleSet.model_validate_json(rules_json)
    connection = _open(path)
    try:
        return run_or_sweep(rules, lambda: _rows(connection, span))
    finally:
        connection.close()


def backtest_part(
    path: str, rules_json: str, since: float, until: float | None, start: float | None = None
) -> Report:
    """One part of a span split by time, for one worker: it reads from the longest pace window
    before ``since`` so floods, repeats and raids across the cut are counted as in one pass,
    and counts each author's lines from ``start`` (where the span begins) to there, so an
    author is "new" once in the span, not once per part. ``start=None``: nothing before."""
    from moderator.core.automod.columnar import run_or_sweep  # numpy: in the worker only

    rules = RuleSet.model_validate_json(rules_json)
    connection = _open(path)
    try:
        read_from = since - warmup_seconds(rules)
        if start is not None:  # the span's first part reads nothing before the span
            read_from = max(read_from, start)
        # only "new author" counts lines, only a look-alike rule learns the staff's names
        told = {r.kind for r in rules.rules} & {RuleKind.NEW_AUTHOR, RuleKind.LOOKALIKE}
        # without a "new author" rule only the staff's names matter: authors with badges
        staff = RuleKind.NEW_AUTHOR not in told
        before = _before(connection, start, read_from, staff) if start is not None and told else []
        span = Span(last=None, since=read_from, until=until)
        return run_or_sweep(rules, lambda: _rows(connection, span), since, before)
    finally:
        connection.close()


def _before(
    connection: sqlite3.Connection, start: float, end: float, badged: bool = False
) -> list[Before]:
    """Each author's lines in [start, end): what the parts before this one saw of them
    (``badged``: only those with badges, staff among them)."""
    if end <= start:
        return []
    only = " AND badges != ''" if badged else ""
    sql = (
        "SELECT stream_key, author_id, author_name, badges, count(*) FROM messages"
        f" WHERE kind = 'chat' AND sent_at >= ? AND sent_at < ?{only}"
        " GROUP BY stream_key, author_id, author_name, badges ORDER BY min(sent_at)"
    )
    return [
        (key, author_id, name, badges or "", lines)
        for key, author_id, name, badges, lines in connection.execute(sql, (start, end))
    ]


def split(path: str, span: Span, parts: int) -> list[tuple[float, float | None]]:
    """The span cut into ``parts`` consecutive time ranges of about as many messages."""
    connection = _open(path)
    try:
        where, args = _where(span)
        if span.last is not None:
            sql = (
                f"SELECT sent_at FROM messages WHERE {where} ORDER BY sent_at DESC LIMIT 1 OFFSET ?"
            )
            row = connection.execute(sql, [*args, max(span.last - 1, 0)]).fetchone()
            if row is None:
                sql = f"SELECT min(sent_at) FROM messages WHERE {where}"
                row = connection.execute(sql, args).fetchone()
            span = Span(
                last=None, since=row[0] if row and row[0] is not None else 0.0, until=span.until
            )
            where, args = _where(span)
        count = connection.execute(f"SELECT count(*) FROM messages WHERE {where}", args).fetchone()[
            0
        ]
        cuts: list[float] = []
        for i in range(1, parts):
            sql = f"SELECT sent_at FROM messages WHERE {where} ORDER BY sent_at LIMIT 1 OFFSET ?"
            row = connection.execute(sql, [*args, count * i // parts]).fetchone()
            if row is not None:
                cuts.append(row[0])
    finally:
        connection.close()
    starts = [span.since if span.since is not None else float("-inf"), *cuts]
    ends: list[float | None] = [*cuts, span.until]
    return list(zip(starts, ends, strict=True))


def _ready() -> bool:
    """Nothing: a worker that ran it has imported what a part needs (numpy, the columnar
    path and its tables of characters)."""
    from moderator.core.automod.columnar import warm_up

    warm_up()
    return True


def _open(path: str) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _where(span: Span) -> tuple[str, list[object]]:
    where, args = ["kind = 'chat'"], list[object]()
    if span.since is not None:
        where.append("sent_at >= ?")
        args.append(span.since)
    if span.until is not None:
        where.append("sent_at < ?")
        args.append(span.until)
    return " AND ".join(where), args


def _rows(connection: sqlite3.Connection, span: Span) -> Iterator[Row]:
    # the message's id is not read: a backtest reports names, texts and times
    columns = "stream_key, '', author_id, author_name, badges, text, sent_at"
    where, args = _where(span)
    sql = f"SELECT {columns} FROM messages WHERE {where}"
    if span.last is not None:
        sql = f"SELECT * FROM ({sql} ORDER BY sent_at DESC LIMIT ?) ORDER BY sent_at"
        args.append(span.last)
    else:
        sql += " ORDER BY sent_at"
    rows: Iterator[Row] = connection.execute(sql, args)  # the cursor: rows stepped in C
    return rows


async def backtest_in_workers(path: str, rules: RuleSet, span: Span, workers: int = 2) -> Report:
    """The span cut by time over ``workers`` fresh processes (spawned: a fork of the GUI
    process would copy its Qt state), their reports merged."""
    import asyncio
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    loop = asyncio.get_running_loop()
    rules_json = rules.model_dump_json()
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        # the workers start (and import this module, ~0.5 s) while the span is being cut
        ready = [loop.run_in_executor(pool, _ready) for _ in range(workers)]
        parts = await loop.run_in_executor(None, split, path, span, workers)
        await asyncio.gather(*ready)
        jobs = [
            loop.run_in_executor(pool, backtest_part, path, rules_json, since, until, parts[0][0])
            for since, until in parts
        ]
        reports = await asyncio.gather(*jobs)
    return merge(reports)
