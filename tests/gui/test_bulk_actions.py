"""Bulk moderation from a real tab against the fakes: one undo window for 50 deletes (taken
back, or let go), progress, cancel, retry failed, confirmations that name the platform, the
ban / timeout dialog's presets as the platform receives them, and the audit trail."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from moderator.core.actions import ActionKind
from moderator.core.events import SessionStatus
from moderator.fakes.ibmvideo import IbmVideoFake
from moderator.fakes.prism import PrismFake
from moderator.ui.actions.restrict_dialog import RestrictDialog
from tests.gui.conftest import Runner, until
from tests.gui.tabkit import MemoryAudit, current, open_tab, select_rows, viewer_rows

LIVE = "1001"


@pytest.fixture
def prism() -> PrismFake:
    service = PrismFake(seed=5, lives=1)
    service.add_chatter(80)
    return service


def test_fifty_deletes_share_one_undo_window_and_undo_sends_nothing(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    audit = MemoryAudit()
    tab, gate = open_tab(qtbot, prism, arun, rows=80, audit=audit)
    tab.controller.undo_delay = 30
    targets = select_rows(tab, viewer_rows(tab)[:50])
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    toast = tab.actions_.toast
    assert toast.isVisibleTo(tab)
    assert toast.label.text().startswith("Deleting 50 messages on PRISM in ")
    assert all(current(tab, m).is_pending for m in targets)
    QTest.mouseClick(toast.undo_button, Qt.MouseButton.LeftButton)
    assert not toast.isVisibleTo(tab)
    assert not any(current(tab, m).is_pending or current(tab, m).is_deleted for m in targets)

    async def later() -> None:
        await until(lambda: not tab.controller._tasks, what="the batch task to end")
        await tab.controller.close()

    arun(later())
    assert gate.requests == []  # nothing reached the platform
    assert all(prism.message_facts(LIVE, m.id).exists for m in targets)
    assert audit.results("delete") == ["undone"] * 50


def test_fifty_deletes_go_out_after_the_window_with_progress_and_a_summary(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    audit = MemoryAudit()
    tab, gate = open_tab(qtbot, prism, arun, rows=80, audit=audit)
    tab.controller.undo_delay = 0.3
    targets = select_rows(tab, viewer_rows(tab)[:50])
    tab.perform(ActionKind.DELETE)
    bar = tab.actions_.batch_bar
    seen_progress: list[int] = []
    tab.controller.moderation.batch_progress.connect(lambda b: seen_progress.append(b.finished))

    async def sent() -> None:
        await until(lambda: all(current(tab, m).is_deleted for m in targets), what="50 deletes")
        await until(lambda: bar.retry_button.isHidden() and bar.progress.isHidden(), what="end")
        await tab.controller.close()

    arun(sent())
    assert not tab.actions_.toast.isVisibleTo(tab)
    assert seen_progress == list(range(1, 51))
    assert bar.progress.maximum() == 50
    assert bar.label.text() == "50 deleted"
    assert len(gate.requests) == 50
    assert not any(prism.message_facts(LIVE, m.id).exists for m in targets)
    assert audit.results("delete") == ["done"] * 50


def test_cancel_stops_what_was_not_sent_and_retry_failed_tries_again(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    audit = MemoryAudit()
    tab, gate = open_tab(qtbot, prism, arun, rows=80, audit=audit)
    targets = select_rows(tab, viewer_rows(tab)[:30])
    gate.forbidden = {targets[0].id, targets[1].id}  # the platform refuses these two
    gate.open.clear()
    tab.perform(ActionKind.DELETE)
    bar = tab.actions_.batch_bar

    async def cancelled() -> None:
        await until(lambda: len(gate.requests) == 4, what="the first four in flight")
        assert bar.isVisibleTo(tab)
        assert bar.cancel_button.isVisibleTo(tab)
        tab.actions_.tab_actions["cancel_batch"].trigger()
        gate.open.set()
        await until(lambda: bar.retry_button.isVisibleTo(tab), what="the summary")

    arun(cancelled())
    assert bar.label.text().startswith("2 deleted, 26 cancelled, 2 failed: ")
    assert "may not" in bar.label.text()
    assert len(gate.requests) == 4
    assert not any(current(tab, m).is_pending for m in targets)
    assert sum(current(tab, m).is_deleted for m in targets) == 2
    assert all(prism.message_facts(LIVE, m.id).exists for m in targets[4:])
    assert sorted(set(audit.results("delete"))) == ["cancelled", "done", "failed"]
    tab.actions_.tab_actions["retry_failed"].trigger()

    async def retried() -> None:
        await until(lambda: len(gate.requests) == 6, what="the two retries")
        await until(lambda: bar.label.text().startswith("2 failed"), what="the second summary")
        await tab.controller.close()

    arun(retried())


def test_deleting_what_is_already_gone_on_the_platform_ends_deleted(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    # a proxy that applied the DELETE twice, or an attempt whose answer was lost: the platform
    # answers 404, and the message is gone as the moderator asked (the outbox says the same)
    audit = MemoryAudit()
    tab, _ = open_tab(qtbot, prism, arun, rows=20, audit=audit)
    targets = select_rows(tab, viewer_rows(tab)[:2])
    gone = {m.id for m in targets}
    with prism.lock:
        live = prism.lives[LIVE]
        live.messages = [m for m in live.messages if str(m["messageId"]) not in gone]
    tab.perform(ActionKind.DELETE)

    async def settled() -> None:
        await until(lambda: audit.results("delete") == ["done", "done"], what="both done")
        await tab.controller.close()

    arun(settled())
    assert all(current(tab, m).is_deleted and not current(tab, m).is_pending for m in targets)


def test_timeout_presets_and_custom_reach_the_platform_with_their_duration(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    tab, _ = open_tab(qtbot, prism, arun, rows=40)
    rows = viewer_rows(tab)
    model = tab.controller.model
    authors: dict[str, int] = {}
    for row in rows:
        authors.setdefault(model.message(row).author.id, row)
    first, second = list(authors.values())[:2]
    for row, preset, seconds in ((first, 2, 3600), (second, None, 45 * 60)):
        message = select_rows(tab, [row])[0]
        tab.activateWindow()  # back from the first dialog (a window manager does this)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
        tab.view.setFocus()
        QTest.keyClick(tab.view, Qt.Key.Key_T)
        dialog = tab.actions_.dialog
        assert isinstance(dialog, RestrictDialog)
        assert not dialog.reason.isEnabled()  # PRISM takes no reason: the dialog says so
        assert "PRISM takes no reason" in dialog.reason_hint.text()
        if preset is None:
            dialog.custom.setValue(45)
        else:
            dialog.select_duration(preset)
        length = "1 hour" if preset is not None else "45 minutes"
        expected = f"Time out {message.author.name} on PRISM for {length}?"
        assert dialog.question.text() == expected
        QTest.keyClick(dialog, Qt.Key.Key_Return)

        async def restricted(author: str = message.author.id) -> None:
            await until(lambda: prism.restriction(LIVE, author) == "timeout", what="timeout")

        arun(restricted())
        left = prism.lives[LIVE].banned[message.author.id] - time.monotonic()
        assert seconds - 30 < left <= seconds
    arun(tab.controller.close())


def test_ban_of_many_messages_bans_each_author_once_after_a_named_question(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any]
) -> None:
    audit = MemoryAudit()
    tab, gate = open_tab(qtbot, prism, arun, rows=40, audit=audit)
    model = tab.controller.model
    rows = viewer_rows(tab)
    two = list(dict.fromkeys(model.message(r).author.id for r in rows))[:2]
    chosen = [r for r in rows if model.message(r).author.id in two]
    assert len(chosen) > 2
    select_rows(tab, chosen)
    tab.perform(ActionKind.BAN)
    dialog = tab.actions_.dialog
    assert isinstance(dialog, RestrictDialog)
    assert dialog.question.text().startswith("Ban 2 authors (")
    assert dialog.question.text().endswith(") on PRISM permanently?")
    assert dialog.ok.text() == "Ban"
    QTest.keyClick(dialog, Qt.Key.Key_Return)

    async def banned() -> None:
        await until(lambda: all(prism.restriction(LIVE, a) == "banned" for a in two), what="ban")
        await until(lambda: len(audit.results("ban")) == 2, what="the audit")
        await tab.controller.close()

    arun(banned())
    assert sorted(path.rsplit("/", 1)[-1] for _, path in gate.requests) == sorted(two)
    assert audit.results("ban") == ["done", "done"]
    assert {r.platform for r in audit.records} == {"PRISM"}


def test_hard_delete_asks_naming_the_platform_and_enter_confirms(
    qtbot: QtBot, arun: Runner[Any]
) -> None:
    fake = IbmVideoFake(seed=4)
    fake.add_chatter(20)
    tab, _ = open_tab(qtbot, fake, arun, rows=5)
    message = select_rows(tab, [viewer_rows(tab)[-1]])[0]
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ShiftModifier)
    box = tab.actions_.dialog
    assert isinstance(box, QMessageBox)
    platform = tab.controller.provider.display_name
    assert box.text() == (
        f"Delete {message.author.name}'s message on {platform} permanently? This cannot be undone."
    )
    QTest.keyClick(box, Qt.Key.Key_Return)

    async def deleted() -> None:
        await until(lambda: current(tab, message).is_deleted, what="the hard delete")
        await tab.controller.close()

    arun(deleted())
    assert not fake.message_facts(tab.controller.provider.stream.stream_id, message.id).exists


def test_audit_records_waiting_and_failed_and_then_the_delivery(
    qtbot: QtBot, prism: PrismFake, arun: Runner[Any], tmp_path: Path
) -> None:
    audit = MemoryAudit()
    tab, gate = open_tab(qtbot, prism, arun, audit=audit, outbox_path=tmp_path / "o.sqlite3")
    rows = viewer_rows(tab)
    missing = select_rows(tab, [rows[0]])[0]
    gate.forbidden = {missing.id}  # the platform refuses this one
    tab.perform(ActionKind.DELETE)
    target = select_rows(tab, [rows[1]])[0]

    async def offline_then_back() -> None:
        await until(lambda: audit.results("delete") == ["failed"], what="the failure")
        gate.down = True
        tab.perform(ActionKind.DELETE)
        await until(lambda: audit.results("delete") == ["failed", "waiting"], what="waiting")
        await until(lambda: tab.controller.status.status is SessionStatus.RETRYING, what="down")
        gate.down = False
        await until(lambda: current(tab, target).is_deleted, what="the delivery")
        await tab.controller.close()

    arun(offline_then_back())
    assert audit.results("delete") == ["failed", "waiting", "done"]
    failed = audit.records[0]
    assert (failed.message_id, failed.author_name) == (missing.id, missing.author.name)
    assert failed.error and failed.platform == "PRISM" and failed.actor
