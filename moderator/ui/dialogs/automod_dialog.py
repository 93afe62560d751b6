"""Automod's rules: the list (checked = enabled), the editor of the selected rule, the ladder,
import and export as one JSON file, and a backtest of the rules on the archive.

The dialog edits a copy; :meth:`AutomodDialog.rules` is what the caller applies and saves.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from moderator.core.automod.ladder_text import ladder_text, parse_ladder
from moderator.core.automod.rules import BadRules, Ladder, Rule, RuleKind, RuleSet
from moderator.ui.dialogs.automod_form import RuleForm, act_names, kind_names
from moderator.ui.kit.i18n import QT_TRANSLATE_NOOP
from moderator.ui.kit.plain import PlainLabel

ERROR_STYLE = "color: #c5221f;"
#: opens a backtest of these rules (the caller knows where the archive is)
Backtest = Callable[[RuleSet], object]


# what each button does, for screen readers
BUTTON_HELP = {
    "add": QT_TRANSLATE_NOOP("AutomodDialog", "A new rule at the end of the list"),
    "remove": QT_TRANSLATE_NOOP("AutomodDialog", "Remove the selected rule"),
    "import": QT_TRANSLATE_NOOP("AutomodDialog", "Read rules from a file"),
    "export": QT_TRANSLATE_NOOP("AutomodDialog", "Save these rules to a file"),
    "backtest": QT_TRANSLATE_NOOP("AutomodDialog", "Try the rules on the messages kept"),
}


class AutomodDialog(QDialog):
    def __init__(
        self,
        rules: RuleSet,
        parent: QWidget | None = None,
        *,
        backtest: Backtest | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("AutomodDialog", "Automod rules"))
        self.resize(900, 620)
        self._rules = list(rules.rules)
        self._backtest = backtest
        self.on = QCheckBox(
            QCoreApplication.translate(
                "AutomodDialog", "Automod is on (checks every arriving message)"
            ),
            self,
        )
        self.on.setChecked(rules.enabled)
        self.on.setAccessibleDescription(
            QCoreApplication.translate("AutomodDialog", "Off: no rule holds or acts on anything")
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("AutomodDialog", "Rules"))
        self.list.setAccessibleDescription(
            QCoreApplication.translate(
                "AutomodDialog", "Checked rules are on; the selected one is edited beside"
            )
        )
        self.form = RuleForm(self)
        self.problem = PlainLabel("", self)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.ladder = QLineEdit(ladder_text(rules.ladder), self)
        self.ladder.setToolTip(
            QCoreApplication.translate(
                "AutomodDialog", "What the 1st, 2nd … strike does, e.g. hold, timeout 60, ban"
            )
        )
        self.ladder.setAccessibleName(QCoreApplication.translate("AutomodDialog", "Ladder:"))
        self.decay = QSpinBox(self)
        self.decay.setAccessibleName(QCoreApplication.translate("AutomodDialog", "Strikes expire"))
        self.decay.setAccessibleDescription(
            QCoreApplication.translate("AutomodDialog", "Seconds until a strike no longer counts")
        )
        self.decay.setRange(1, 30 * 24 * 3600)
        self.decay.setSuffix(
            QCoreApplication.translate("AutomodDialog", " s until a strike no longer counts")
        )
        self.decay.setValue(rules.ladder.decay_seconds)
        self._build()
        self._fill(0)

    def _build(self) -> None:
        buttons = QHBoxLayout()
        for label, slot, name in (
            (QCoreApplication.translate("AutomodDialog", "&Add rule"), self.add_rule, "add"),
            (
                QCoreApplication.translate("AutomodDialog", "&Remove rule"),
                self.remove_rule,
                "remove",
            ),
            (
                QCoreApplication.translate("AutomodDialog", "&Import…"),
                self.import_with_dialog,
                "import",
            ),
            (
                QCoreApplication.translate("AutomodDialog", "&Export…"),
                self.export_with_dialog,
                "export",
            ),
            (
                QCoreApplication.translate("AutomodDialog", "&Backtest…"),
                self.run_backtest,
                "backtest",
            ),
        ):
            button = QPushButton(label, self)
            button.setObjectName(name)
            button.setAccessibleDescription(
                QCoreApplication.translate("AutomodDialog", BUTTON_HELP[name])
            )
            button.clicked.connect(lambda _c=False, s=slot: s())
            buttons.addWidget(button)
        self.findChild(QPushButton, "backtest").setEnabled(self._backtest is not None)  # type: ignore[union-attr]
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addWidget(self.form, 2)
        ladder = QHBoxLayout()
        ladder.addWidget(PlainLabel(QCoreApplication.translate("AutomodDialog", "Ladder:"), self))
        ladder.addWidget(self.ladder, 2)
        ladder.addWidget(self.decay, 1)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        for which, help_text in (
            (
                QDialogButtonBox.StandardButton.Ok,
                QCoreApplication.translate("AutomodDialog", "Use these rules and close"),
            ),
            (
                QDialogButtonBox.StandardButton.Cancel,
                QCoreApplication.translate("AutomodDialog", "Close without changing the rules"),
            ),
        ):
            box.button(which).setAccessibleDescription(help_text)
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.on)
        layout.addLayout(buttons)
        layout.addLayout(middle, 1)
        layout.addLayout(ladder)
        layout.addWidget(self.problem)
        layout.addWidget(box)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemChanged.connect(self._checked)
        self.form.changed.connect(self._edited)

    # -- the list and the editor ----------------------------------------------------------------

    def _fill(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for rule in self._rules:
            item = QListWidgetItem(_label(rule))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.form.setEnabled(bool(self._rules))
        if self._rules:
            self.list.setCurrentRow(min(current, len(self._rules) - 1))
            self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        if 0 <= row < len(self._rules):
            self.form.load(self._rules[row])
            self.problem.setText("")

    def _checked(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        enabled = item.checkState() == Qt.CheckState.Checked
        self._rules[row] = self._rules[row].model_copy(update={"enabled": enabled})
        if row == self.list.currentRow():
            self.form.enabled.setChecked(enabled)

    def _edited(self) -> None:
        row = self.list.currentRow()
        made = self.form.rule()
        if isinstance(made, str):
            self.problem.setText(made)
            return
        self.problem.setText("")
        if 0 <= row < len(self._rules):
            self._rules[row] = made
            item = self.list.item(row)
            self.list.blockSignals(True)
            item.setText(_label(made))
            item.setCheckState(Qt.CheckState.Checked if made.enabled else Qt.CheckState.Unchecked)
            self.list.blockSignals(False)

    def add_rule(self) -> None:
        self._rules.append(
            Rule(
                name=QCoreApplication.translate("AutomodDialog", "New rule"),
                kind=RuleKind.WORDS,
                words=("spam",),
            )
        )
        self._fill(len(self._rules) - 1)

    def remove_rule(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._rules):
            del self._rules[row]
            self._fill(row)

    # -- the whole set --------------------------------------------------------------------------

    def rules(self) -> RuleSet:
        ladder = parse_ladder(self.ladder.text(), self.decay.value())
        return RuleSet(
            enabled=self.on.isChecked(),
            rules=tuple(self._rules),
            ladder=ladder if isinstance(ladder, Ladder) else Ladder(),
        )

    def _accept(self) -> None:
        ladder = parse_ladder(self.ladder.text(), self.decay.value())
        if isinstance(ladder, str):
            self.problem.setText(ladder)
            return
        self.accept()

    def load(self, rules: RuleSet) -> None:
        self._rules = list(rules.rules)
        self.on.setChecked(rules.enabled)
        self.on.setAccessibleDescription(
            QCoreApplication.translate("AutomodDialog", "Off: no rule holds or acts on anything")
        )
        self.ladder.setText(ladder_text(rules.ladder))
        self.decay.setValue(rules.ladder.decay_seconds)
        self._fill(0)

    def import_from(self, path: Path) -> bool:
        try:
            self.load(RuleSet.load(path))
        except BadRules as err:
            self.problem.setText(str(err))
            return False
        return True

    def export_to(self, path: Path) -> bool:
        try:
            self.rules().export(path)
        except OSError as err:
            self.problem.setText(
                QCoreApplication.translate("AutomodDialog", "Could not write {name}: {why}").format(
                    name=path.name, why=err.strerror or err
                )
            )
            return False
        return True

    def import_with_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("AutomodDialog", "Import automod rules"),
            "",
            "JSON (*.json)",
        )
        if name:
            self.import_from(Path(name))

    def export_with_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("AutomodDialog", "Export automod rules"),
            "automod.json",
            "JSON (*.json)",
        )
        if name:
            self.export_to(Path(name))

    def run_backtest(self) -> object:
        if self._backtest is None:
            return None
        return self._backtest(self.rules())


def _label(rule: Rule) -> str:
    extra = QCoreApplication.translate("AutomodDialog", " (dry run)") if rule.dry_run else ""
    kind = next(name for name, k in kind_names() if k is rule.kind)
    action = next(name for name, a in act_names() if a is rule.action)
    return f"{rule.name} · {kind} → {action}{extra}"
