"""A deterministic full disk for a SQLite database: ``PRAGMA max_page_count`` at its current
size, and the room left in every page of the given tables (and their indexes) filled with
ballast rows, so the next real write fails with "database or disk is full" (SQLITE_FULL), as on
a full disk. Ballast rows have nonsense in every column: no query for real rows finds them."""

from __future__ import annotations

import itertools
import sqlite3


def fill_up(connection: sqlite3.Connection, *tables: str) -> None:
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    connection.execute(f"PRAGMA max_page_count = {pages + 1}")
    counter = itertools.count()
    for table in tables:
        info = connection.execute(f"PRAGMA table_info({table})").fetchall()
        # every column but an INTEGER PRIMARY KEY (SQLite numbers those itself)
        columns = [r[1] for r in info if not (r[5] and r[2].upper() == "INTEGER")]
        insert = (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        )
        for size in (2000, 400, 80, 16, 2, 0):
            try:
                while True:
                    value = f"~{next(counter)}" + "x" * size
                    connection.execute(insert, [value] * len(columns))
            except sqlite3.OperationalError as err:
                if "full" not in str(err):
                    raise


def make_room(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA max_page_count = 1073741823")
