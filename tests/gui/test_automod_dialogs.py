"""The automod rules dialog (edit, a pattern refused with the reason, the ladder, import and
export) and the backtest dialog (runs in the background, shows counts and examples)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from moderator.core.automod.backtest import Report, RuleTally
from moderator.core.automod.rules import Act, RuleKind, RuleSet
from moderator.core.automod.starter import starter_rules
from moderator.storage.automod_backtest import Span
from moderator.ui.dialogs.automod_dialog import AutomodDialog
from moderator.ui.dialogs.backtest_dialog import BacktestDialog
from tests.gui.conftest import Runner, until


def dialog(qtbot: QtBot, rules: RuleSet | None = None) -> AutomodDialog:
    made = AutomodDialog(rules or starter_rules())
    qtbot.addWidget(made)
    made.show()
    return made


def test_editing_a_rule_and_the_ladder(qtbot: QtBot) -> None:
    made = dialog(qtbot)
    made.list.setCurrentRow(0)
    made.form.words.setPlainText("free followers\nbuy viewers")
    made.form.dry_run.setChecked(True)
    made.ladder.setText("delete, timeout 120, ban")
    rules = made.rules()
    assert rules.rules[0].words == ("free followers", "buy viewers") and rules.rules[0].dry_run
    assert [s.action for s in rules.ladder.steps] == [Act.DELETE, Act.TIMEOUT, Act.BAN]
    assert rules.ladder.steps[1].timeout_seconds == 120
    assert "(dry run)" in made.list.item(0).text()


def test_a_bad_pattern_is_refused_with_the_reason_and_the_last_good_rule_kept(
    qtbot: QtBot,
) -> None:
    made = dialog(qtbot)
    made.add_rule()
    made.form.kind.setCurrentIndex(made.form.kind.findData(RuleKind.REGEX))
    made.form.pattern.setText(r"code\d+")
    made.form.pattern.setText("(unclosed")
    assert "does not compile" in made.problem.text()
    assert made.rules().rules[-1].pattern == r"code\d+"


def test_a_bad_ladder_keeps_the_dialog_open(qtbot: QtBot) -> None:
    made = dialog(qtbot)
    made.ladder.setText("hold, smite")
    made._accept()
    assert made.isVisible() and "“smite” is not a step" in made.problem.text()


def test_unchecking_disables_and_remove_removes(qtbot: QtBot) -> None:
    made = dialog(qtbot)
    count = len(made.rules().rules)
    made.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert not made.rules().rules[1].enabled
    made.list.setCurrentRow(1)
    made.remove_rule()
    assert len(made.rules().rules) == count - 1


def test_export_then_import(qtbot: QtBot, tmp_path: Path) -> None:
    made = dialog(qtbot)
    made.on.setChecked(False)
    path = tmp_path / "rules.json"
    assert made.export_to(path)
    other = dialog(qtbot, RuleSet())
    assert other.import_from(path)
    assert other.rules() == made.rules()
    path.write_text("[]")
    assert not other.import_from(path) and "not an automod rules file" in other.problem.text()


def test_backtest_dialog_runs_in_the_background_and_shows_the_report(
    qtbot: QtBot, arun: Runner[Any], qloop: asyncio.AbstractEventLoop
) -> None:
    asyncio.set_event_loop(qloop)
    asked: list[Span] = []
    release = asyncio.Event()

    async def runner(rules: RuleSet, span: Span) -> Report:
        asked.append(span)
        await release.wait()
        spam = RuleTally("Spam phrases", 3, [("Bot", "FREE followers", 1_767_225_600.0)])
        spam.authors["Bot"] = 3
        return Report(3, 3, 1_767_225_600.0, 1_767_225_600.0 + 7200, {"Spam phrases": spam})

    made = BacktestDialog(starter_rules(), runner)
    qtbot.addWidget(made)
    made.last.setValue(5000)
    made.start()

    async def answered() -> None:
        await until(lambda: bool(asked), what="the run asked")
        assert not made.run_button.isEnabled() and "Running" in made.summary.text()
        release.set()
        await until(lambda: made.report is not None, what="the report")

    arun(answered())
    assert asked == [Span(last=5000)]
    assert "3 of 3 messages caught (1.5 per hour)" in made.summary.text()
    item = made.table.item(0, 3)
    assert item is not None and item.text() == "Bot (3)"
    assert "[Spam phrases]" in made.examples.toPlainText() and made.run_button.isEnabled()
