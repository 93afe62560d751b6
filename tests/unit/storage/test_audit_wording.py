"""The audit log keeps each record's sentences as template and values beside the English, so
the dock and the export can show them in the moderator's language; old rows show as written."""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from moderator.core.actions import ActionKind
from moderator.core.audit import AuditRecord
from moderator.core.audit_detail import detail_of
from moderator.storage.audit import AuditLog
from moderator.wording import Said
from tests.unit.core.scripted import message
from tests.unit.storage.test_audit_detail import OLD_SCHEMA

LOST = Said(
    "{message} ({detail})",
    message=Said("{platform} did not answer in time.", platform="PRISM"),
    detail=Said("no complete answer within {seconds} s", seconds="30"),
)


def entry() -> AuditRecord:
    return AuditRecord.of(
        actor="you",
        platform="PRISM",
        action="timeout",
        message=message(3, "spam"),
        result="failed",
        error=LOST,
        detail=detail_of(ActionKind.TIMEOUT, timedelta(minutes=10), "spam"),
    )


def test_sentences_come_back_with_their_templates(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3")
    log.record(entry())
    log.close()
    back = AuditLog(tmp_path / "audit.sqlite3").recent()[0]
    assert back.error == "PRISM did not answer in time. (no complete answer within 30 s)"
    assert isinstance(back.error, Said) and back.error.template == "{message} ({detail})"
    inner = back.error.values["message"]
    assert isinstance(inner, Said) and inner.template == "{platform} did not answer in time."
    assert back.detail == "for 10 minutes; reason: spam"
    assert isinstance(back.detail, Said) and back.detail.template == "{first}; {then}"


def test_old_rows_and_plain_text_show_as_written(tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    with sqlite3.connect(path) as old:
        old.executescript(OLD_SCHEMA)
    log = AuditLog(path)
    log.record(replace(entry(), error="plain words", detail=""))
    new, old_row = log.recent()
    assert (new.error, old_row.action, old_row.error) == ("plain words", "ban", "")
    assert not isinstance(new.error, Said) and not isinstance(old_row.error, Said)


def test_a_template_that_no_longer_says_the_stored_text_is_not_trusted(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3")
    log.record(entry())
    with sqlite3.connect(tmp_path / "audit.sqlite3") as db:
        db.execute("UPDATE audit SET error = 'edited by hand'")
        db.execute("UPDATE audit SET detail = 'x', wording = 'not json'")
    back = log.recent()[0]
    assert (back.error, back.detail) == ("edited by hand", "x")
    assert not isinstance(back.error, Said)


def test_the_export_shows_what_present_makes_of_each_record(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.sqlite3")
    log.record(entry())
    log.export_csv(tmp_path / "plain.csv")
    log.export_csv(tmp_path / "shown.csv", lambda r: replace(r, result="başarısız"))
    plain = list(csv.DictReader((tmp_path / "plain.csv").open(encoding="utf-8")))
    shown = list(csv.DictReader((tmp_path / "shown.csv").open(encoding="utf-8")))
    assert plain[0]["result"] == "failed" and shown[0]["result"] == "başarısız"
