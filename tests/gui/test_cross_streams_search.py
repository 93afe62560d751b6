"""Across streams: the audit log dock, the exports and search (archive and open tabs)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from moderator.core.models import MessageKind
from tests.gui.conftest import Runner, until
from tests.gui.desk import Desk, desk, newest, record

__all__ = ["desk"]  # the fixture, used by name


# -- audit log dock ---------------------------------------------------------------------------


def test_audit_dock_shows_records_newest_first_follows_filters_and_exports(
    desk: Desk, arun: Runner[Any], tmp_path: Path
) -> None:
    dock = desk.cross.audit_dock
    assert dock is not None and not dock.isVisible()
    record(desk, newest(desk, 0), "done")
    record(desk, newest(desk, 2), "failed", "The site refused.")
    toggle = next(a for a in desk.window.view_menu.actions() if a.text() == "Audit &log")
    toggle.trigger()
    assert dock.isVisible()
    assert [dock.model.record(r).result for r in range(dock.model.rowCount())] == [
        "failed",
        "done",
    ]
    assert dock.model.index(0, 7).data() == "failed: The site refused."
    record(desk, newest(desk, 1), "waiting")
    arun(until(lambda: dock.model.rowCount() == 3, what="the new record in the dock"))
    assert dock.model.record(0).result == "waiting"
    dock.result_box.setCurrentIndex(dock.result_box.findData("failed"))
    assert dock.model.rowCount() == 1
    dock.platform_box.setCurrentIndex(dock.platform_box.findData("prism"))
    assert dock.model.rowCount() == 0
    assert dock.export(tmp_path / "audit.csv") == 3
    with (tmp_path / "audit.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["result"] for r in rows] == ["done", "failed", "waiting"]
    assert dock.export(tmp_path / "audit.jsonl") == 3
    lines = (tmp_path / "audit.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[1])["error"] == "The site refused."


def test_hidden_dock_reads_nothing_until_shown(desk: Desk) -> None:
    dock = desk.cross.audit_dock
    assert dock is not None
    dock.show()
    dock.hide()
    record(desk, newest(desk, 0), "done")
    assert dock.model.rowCount() == 0
    dock.show()
    assert dock.model.rowCount() == 1


def test_chat_export_holds_archive_and_open_tabs_each_once(
    desk: Desk, arun: Runner[Any], tmp_path: Path
) -> None:
    assert desk.archive.count(desk.controller(0).provider.stream.key) > 0
    count = arun(desk.cross.export_archive(tmp_path / "chat.csv"))
    with (tmp_path / "chat.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    keys = [(r["stream_key"], r["id"]) for r in rows]
    assert count == len(rows) == len(set(keys))
    assert set(keys) >= set(desk.every_message()) - {("", "")}
    count = arun(desk.cross.export_archive(tmp_path / "chat.jsonl"))
    records = [json.loads(line) for line in (tmp_path / "chat.jsonl").open(encoding="utf-8")]
    assert len(records) == count >= len(rows)


# -- search -----------------------------------------------------------------------------------


def test_search_finds_archived_and_in_memory_messages_once(desk: Desk) -> None:
    dialog = desk.cross.open_search()
    dialog.run()
    found = dialog.model.messages()
    keys = [(m.stream_key, m.id) for m in found]
    assert len(keys) == len(set(keys))
    every = desk.every_message()
    assert set(keys) == set(every)
    archived = desk.archive.older(desk.controller(0).provider.stream.key, None, 1)[0]
    assert (archived.stream_key, archived.id) in keys
    assert (newest(desk, 1).stream_key, newest(desk, 1).id) in keys
    assert f"{len(every)} messages" in dialog.summary.text()
    assert [m.sent_at for m in found] == sorted((m.sent_at for m in found), reverse=True)


def test_search_filters_by_author_and_platform(desk: Desk) -> None:
    dialog = desk.cross.open_search()
    name = newest(desk, 2).author.name
    dialog.author_edit.setText(name[1:4].upper())
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("brilliant"))
    dialog.run()
    found = dialog.model.messages()
    assert found
    assert all(m.stream_key.startswith("brilliant:") for m in found)
    assert all(name[1:4].casefold() in m.author.name.casefold() for m in found)
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("prism"))
    dialog.author_edit.clear()
    dialog.text_edit.setText(newest(desk, 1).text[:12])
    dialog.run()
    assert (newest(desk, 1).stream_key, newest(desk, 1).id) in {
        (m.stream_key, m.id) for m in dialog.model.messages()
    }


def test_action_from_a_search_result_reaches_the_right_stream(
    desk: Desk, arun: Runner[Any]
) -> None:
    second = desk.controller(1).provider.stream
    archived = next(
        m
        for m in desk.archive.older(second.key, None, 50)
        if m.kind is MessageKind.CHAT and not m.author.badges
    )
    dialog = desk.cross.open_search()
    dialog.text_edit.setText(archived.text)
    dialog.run()
    row = next(
        r
        for r in range(dialog.model.rowCount())
        if (dialog.model.message(r).stream_key, dialog.model.message(r).id)
        == (second.key, archived.id)
    )
    dialog.table.selectRow(row)
    delete = next(a for a in dialog.table.actions() if a.text() == "Delete")
    delete.trigger()
    arun(
        until(
            lambda: desk.prism.message_facts(second.stream_id, archived.id).deleted,
            what="the delete on the second PRISM live",
        )
    )
    first = desk.controller(0).provider.stream.stream_id
    assert not desk.prism.lives[first].deleted


def test_results_of_a_closed_stream_say_why_actions_are_off(desk: Desk) -> None:
    site = desk.controller(2).provider.stream.key
    desk.workspace.close_tab(desk.tabs[2])
    dialog = desk.cross.open_search()
    dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("brilliant"))
    dialog.run()
    message = dialog.model.message(0)
    assert message.stream_key == site
    menu = dialog.presenter.build_menu([message])
    entries = [a for a in menu.actions() if a.data()]
    assert entries and not any(a.isEnabled() for a in entries)
    assert "is not open" in entries[0].toolTip()
    assert "(closed)" in dialog.model.index(0, 1).data()
