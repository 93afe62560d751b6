"""The audit log keeps what an action carried (a timeout's length, a ban's reason, how many
messages a read covered) in a ``detail`` column, also in a database made before it existed,
and can leave the reads out."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

from moderator.core.audit import AuditRecord
from moderator.storage.audit import AuditLog
from tests.unit.core.scripted import message

OLD_SCHEMA = """
CREATE TABLE audit (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, platform TEXT NOT NULL,
    stream_key TEXT NOT NULL, action TEXT NOT NULL, message_id TEXT NOT NULL,
    author_id TEXT NOT NULL, author_name TEXT NOT NULL, excerpt TEXT NOT NULL,
    result TEXT NOT NULL, error TEXT NOT NULL DEFAULT ''
);
INSERT INTO audit VALUES (1, '2026-01-01T00:00:00+00:00', 'you', 'PRISM', 'prism:1', 'ban',
    '7', 'a7', 'Seven', 'hello', 'done', '');
"""


def entry(action: str, detail: str = "") -> AuditRecord:
    return AuditRecord.of(
        actor="you",
        platform="PRISM",
        action=action,
        message=message(3, "spam"),
        result="done",
        detail=detail,
    )


def test_an_old_database_gains_the_column_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    with sqlite3.connect(path) as old:
        old.executescript(OLD_SCHEMA)
    log = AuditLog(path)
    log.record(entry("timeout", "for 10 minutes; reason: spam"))
    recent = log.recent()
    assert [(r.action, r.detail) for r in recent] == [
        ("timeout", "for 10 minutes; reason: spam"),
        ("ban", ""),
    ]
    log.close()
    assert AuditLog(path).recent()[0].detail == "for 10 minutes; reason: spam"  # reopened


def test_exports_carry_the_detail(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3")
    log.record(entry("ban", "reason: spam"))
    log.export_csv(tmp_path / "audit.csv")
    rows = list(csv.DictReader((tmp_path / "audit.csv").open(encoding="utf-8")))
    assert rows[0]["detail"] == "reason: spam"
    log.export_jsonl(tmp_path / "audit.jsonl")
    line = (tmp_path / "audit.jsonl").read_text(encoding="utf-8").splitlines()[0]
    assert json.loads(line)["detail"] == "reason: spam"


def test_moderation_only_leaves_the_reads_out(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3")
    for action in ("delete", "mark read", "ban", "mark unread"):
        log.record(entry(action))
    assert [r.action for r in log.recent(moderation_only=True)] == ["ban", "delete"]
    assert len(log.recent()) == 4
