"""Backtest: what a rule set would have caught in the archive, before it is switched on.

The last N messages or a time range; the work runs in worker processes (the window stays
responsive), then shows the counts per rule, the rate per hour, the authors and examples.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moderator.core.automod.backtest import Report
from moderator.core.automod.rules import RuleSet
from moderator.core.names import display_text, visible_name
from moderator.storage.automod_backtest import Span
from moderator.ui.kit.plain import PlainLabel

log = logging.getLogger(__name__)
#: runs the backtest of ``rules`` over ``span`` (in workers, in the app)
Runner = Callable[[RuleSet, Span], Awaitable[Report]]


class BacktestDialog(QDialog):
    def __init__(self, rules: RuleSet, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("BacktestDialog", "Backtest automod rules on the archive")
        )
        self.resize(820, 560)
        self.rules = rules
        self.runner = runner
        self.task: asyncio.Task[Any] | None = None
        self.report: Report | None = None
        self.by_last = QRadioButton(QCoreApplication.translate("BacktestDialog", "The last"), self)
        self.by_last.setChecked(True)
        self.last = QSpinBox(self)
        self.last.setRange(100, 10_000_000)
        self.last.setSingleStep(10_000)
        self.last.setValue(100_000)
        self.last.setSuffix(QCoreApplication.translate("BacktestDialog", " messages"))
        self.by_time = QRadioButton(QCoreApplication.translate("BacktestDialog", "Sent from"), self)
        now = QDateTime.currentDateTime()
        self.since = QDateTimeEdit(now.addDays(-1), self)
        self.until = QDateTimeEdit(now, self)
        self.run_button = QPushButton(QCoreApplication.translate("BacktestDialog", "&Run"), self)
        self.run_button.setObjectName("run")
        self.run_button.clicked.connect(self.start)
        self.summary = PlainLabel(
            QCoreApplication.translate("BacktestDialog", "Nothing run yet."), self
        )
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("BacktestDialog", "Rule"),
                QCoreApplication.translate("BacktestDialog", "Caught"),
                QCoreApplication.translate("BacktestDialog", "Per hour"),
                QCoreApplication.translate("BacktestDialog", "Top authors"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.examples = QPlainTextEdit(self)
        self.examples.setReadOnly(True)
        top = QHBoxLayout()
        for widget in (self.by_last, self.last, self.by_time, self.since, self.until):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(PlainLabel(QCoreApplication.translate("BacktestDialog", "Examples"), self))
        layout.addWidget(self.examples, 1)

    def span(self) -> Span:
        if self.by_last.isChecked():
            return Span(last=self.last.value())
        since = self.since.dateTime().toSecsSinceEpoch()
        until = self.until.dateTime().toSecsSinceEpoch()
        return Span(last=None, since=float(since), until=float(until))

    def start(self) -> asyncio.Task[Any]:
        """Run in the background; the dialog shows the report when it comes."""
        self.run_button.setEnabled(False)
        self.summary.setText(
            QCoreApplication.translate(
                "BacktestDialog", "Running… (in worker processes: the window stays usable)"
            )
        )
        self.task = asyncio.ensure_future(self._run(self.span()))
        return self.task

    async def _run(self, span: Span) -> None:
        try:
            report = await self.runner(self.rules, span)
        except Exception as err:  # a broken archive, a worker that died: say it, stay open
            log.exception("backtest failed")
            self.summary.setText(
                QCoreApplication.translate("BacktestDialog", "The backtest failed: {error}").format(
                    error=err
                )
            )
            return
        finally:
            self.run_button.setEnabled(True)
        self.show_report(report)

    def show_report(self, report: Report) -> None:
        self.report = report
        self.summary.setText(
            QCoreApplication.translate(
                "BacktestDialog",
                "{caught} of {scanned} messages caught ({rate:.1f} per hour) in {seconds:.1f} s.",
            ).format(
                caught=f"{report.caught:,}",
                scanned=f"{report.scanned:,}",
                rate=report.per_hour(report.caught),
                seconds=report.seconds,
            )
        )
        tallies = sorted(report.rules.values(), key=lambda t: -t.count)
        self.table.setRowCount(len(tallies))
        lines = []
        for row, tally in enumerate(tallies):
            top = ", ".join(
                f"{visible_name(name)} ({n})" for name, n in tally.authors.most_common(3)
            )
            cells = (tally.rule, f"{tally.count:,}", f"{report.per_hour(tally.count):.1f}", top)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            for name, text, sent in tally.examples:
                when = _when(sent)
                lines.append(f"[{tally.rule}] {when} {visible_name(name)}: {display_text(text)}")
        self.examples.setPlainText("\n".join(lines))


def _when(sent: float) -> str:
    try:
        return datetime.fromtimestamp(sent).strftime("%Y-%m-%d %H:%M")
    except (OverflowError, OSError, ValueError):
        return str(timedelta(seconds=sent))
