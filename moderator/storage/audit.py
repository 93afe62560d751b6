"""The audit log in SQLite, and its export to CSV and JSON Lines.

Whoever shows the log (the audit dock) registers a listener instead of polling: it is called on
the recording thread right after each record is written.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import asdict, fields
from datetime import datetime
from pathlib import Path

from moderator.core.audit import AuditRecord
from moderator.storage.db import Database, writing
from moderator.storage.files import open_private
from moderator.wording import from_data, to_data

SCHEMA = """
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    platform TEXT NOT NULL,
    stream_key TEXT NOT NULL,
    action TEXT NOT NULL,
    message_id TEXT NOT NULL,
    author_id TEXT NOT NULL,
    author_name TEXT NOT NULL,
    excerpt TEXT NOT NULL,
    result TEXT NOT NULL,
    error TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS audit_at ON audit(at);
"""
FIELDS = [f.name for f in fields(AuditRecord)]
#: the sentences of a record kept as template and values too (JSON), so the log can be shown in
#: the moderator's language; the columns themselves stay the English as written
SAID = ("error", "detail")
COLUMNS = [*FIELDS, "wording"]
INSERT = f"INSERT INTO audit ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
#: the actions "moderation only" leaves out
READS = ("mark read", "mark unread")
AuditListener = Callable[[AuditRecord], None]
#: how a record is written out: as it is, or in the moderator's language
Present = Callable[[AuditRecord], AuditRecord]


def _as_written(entry: AuditRecord) -> AuditRecord:
    return entry


class AuditLog:
    def __init__(self, path: Path) -> None:
        self._db = Database(path, SCHEMA)
        self.problem = self._db.problem
        _add_detail_column(self._db)
        _add_wording_column(self._db)
        self._listeners: list[AuditListener] = []

    def add_listener(self, listener: AuditListener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: AuditListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def close(self) -> None:
        self._db.close()

    def record(self, entry: AuditRecord) -> None:
        # plain strings, not asdict(): it deep-copied every sentence (a rule holding many
        # messages a second records each one)
        values = [
            entry.at.isoformat() if name == "at" else str(getattr(entry, name)) for name in FIELDS
        ]
        values.append(_wording(entry))
        with writing("the audit record"):
            self._db.connection.execute(INSERT, values)
        for listener in list(self._listeners):
            listener(entry)

    def recent(
        self,
        limit: int = 500,
        *,
        platform: str | None = None,
        result: str | None = None,
        moderation_only: bool = False,
    ) -> list[AuditRecord]:
        """The newest records first, only those of ``platform`` and ``result`` when given, and
        without the reads when ``moderation_only``."""
        where, args = [], []
        for column, value in (("platform", platform), ("result", result)):
            if value is not None:
                where.append(f"{column} = ?")
                args.append(value)
        if moderation_only:
            where.append(f"action NOT IN ({', '.join('?' * len(READS))})")
            args.extend(READS)
        clause = f"WHERE {' AND '.join(where)} " if where else ""
        rows = self._db.connection.execute(
            f"SELECT {', '.join(COLUMNS)} FROM audit {clause}ORDER BY id DESC LIMIT ?",
            [*args, limit],
        ).fetchall()
        return [_record(row) for row in rows]

    def distinct(self, column: str) -> list[str]:
        """The values seen in ``platform`` or ``result``, for filter choices."""
        if column not in ("platform", "result"):
            raise ValueError(column)
        rows = self._db.connection.execute(f"SELECT DISTINCT {column} FROM audit ORDER BY 1")
        return [str(row[0]) for row in rows]

    def all(self) -> Iterator[AuditRecord]:
        cursor = self._db.connection.execute(f"SELECT {', '.join(COLUMNS)} FROM audit ORDER BY id")
        for row in cursor:
            yield _record(row)

    def export_csv(self, path: Path, present: Present = _as_written) -> int:
        """Every record, as ``present`` shows it (the UI: in the moderator's language)."""
        count = 0
        with open_private(path, newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(FIELDS)
            for entry in self.all():
                writer.writerow(_row(present(entry)))
                count += 1
        return count

    def export_jsonl(self, path: Path, present: Present = _as_written) -> int:
        """Every record, as ``present`` shows it (the UI: in the moderator's language)."""
        count = 0
        with open_private(path) as handle:
            for entry in self.all():
                row = _row(present(entry))
                handle.write(json.dumps(dict(zip(FIELDS, row, strict=True)), ensure_ascii=False))
                handle.write("\n")
                count += 1
        return count


def _add_detail_column(db: Database) -> None:
    """A log written before the ``detail`` column existed gains it (empty for old rows)."""
    columns = {row[1] for row in db.connection.execute("PRAGMA table_info(audit)")}
    if "detail" not in columns:
        db.connection.execute("ALTER TABLE audit ADD COLUMN detail TEXT NOT NULL DEFAULT ''")


def _add_wording_column(db: Database) -> None:
    """A log written before the ``wording`` column existed gains it: its rows show as written."""
    columns = {row[1] for row in db.connection.execute("PRAGMA table_info(audit)")}
    if "wording" not in columns:
        db.connection.execute("ALTER TABLE audit ADD COLUMN wording TEXT NOT NULL DEFAULT ''")


def _wording(entry: AuditRecord) -> str:
    kept = {name: to_data(getattr(entry, name)) for name in SAID}
    found = {name: data for name, data in kept.items() if data is not None}
    return json.dumps(found, ensure_ascii=False) if found else ""


def _row(entry: AuditRecord) -> list[str]:
    values = asdict(entry)
    values["at"] = entry.at.isoformat()
    return [str(values[name]) for name in FIELDS]


def _record(row: tuple[str, ...]) -> AuditRecord:
    values: dict[str, object] = dict(zip(COLUMNS, row, strict=True))
    wording = _read_wording(str(values.pop("wording") or ""))
    for name in SAID:
        values[name] = from_data(wording.get(name), str(values[name]))
    return AuditRecord(**{**values, "at": datetime.fromisoformat(str(values["at"]))})  # type: ignore[arg-type]


def _read_wording(text: str) -> dict[str, object]:
    if not text:
        return {}
    try:
        found = json.loads(text)
    except ValueError:  # a damaged cell costs its translation, never the row
        return {}
    return found if isinstance(found, dict) else {}
