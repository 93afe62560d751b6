from __future__ import annotations

import csv
import json
from pathlib import Path

from moderator.core.audit import AuditRecord
from moderator.storage.audit import AuditLog
from tests.unit.core.scripted import message


def record(i: int, result: str = "done") -> AuditRecord:
    return AuditRecord.of(
        actor="you",
        platform="PRISM",
        action="delete",
        message=message(i, f'spam, "quoted" {i}'),
        result=result,
    )


def test_records_survive_a_restart_newest_first(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3")
    for i in range(3):
        log.record(record(i, "done" if i else "failed"))
    log.close()
    again = AuditLog(tmp_path / "audit.sqlite3")
    recent = again.recent()
    assert [r.message_id for r in recent] == ["2", "1", "0"]
    assert recent[-1].result == "failed"
    assert recent[0].at.tzinfo is not None


def test_export_csv_and_jsonl(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3")
    log.record(record(1))
    log.record(record(2, "waiting"))
    assert log.export_csv(tmp_path / "audit.csv") == 2
    rows = list(csv.DictReader((tmp_path / "audit.csv").open(encoding="utf-8")))
    assert rows[0]["excerpt"] == 'spam, "quoted" 1'
    assert rows[1]["result"] == "waiting"
    assert log.export_jsonl(tmp_path / "audit.jsonl") == 2
    lines = [
        json.loads(line)
        for line in (tmp_path / "audit.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert lines[0]["platform"] == "PRISM" and lines[1]["message_id"] == "2"
