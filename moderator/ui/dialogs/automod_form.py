"""The editor of one automod rule: the fields every rule has, and those of its kind only.

:meth:`RuleForm.rule` builds the :class:`Rule` from the fields, or says in one sentence why it
cannot (a pattern that does not compile, an empty name): the dialog keeps the last good rule.
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from moderator.core.automod.rules import Act, Rule, RuleKind, RuleScope, ScopeKind
from moderator.ui.kit.i18n import QT_TRANSLATE_NOOP

#: the fields each kind shows beyond the common ones
# what each field does, for screen readers (its form label is its name)
FIELD_HELP = {
    "name": QT_TRANSLATE_NOOP("RuleForm", "How the rule is named in the list and the audit log"),
    "kind": QT_TRANSLATE_NOOP("RuleForm", "What the rule looks for in a message"),
    "action": QT_TRANSLATE_NOOP("RuleForm", "What happens to a message the rule catches"),
    "timeout_seconds": QT_TRANSLATE_NOOP("RuleForm", "How long the author is timed out"),
    "enabled": QT_TRANSLATE_NOOP("RuleForm", "Only enabled rules check messages"),
    "dry_run": QT_TRANSLATE_NOOP("RuleForm", "Mark the messages it would catch, do nothing"),
    "scope_kind": QT_TRANSLATE_NOOP("RuleForm", "Every stream, one platform, or one stream"),
    "scope_value": QT_TRANSLATE_NOOP("RuleForm", "The platform or stream the rule applies to"),
    "words": QT_TRANSLATE_NOOP("RuleForm", "One word or phrase a line"),
    "pattern": QT_TRANSLATE_NOOP("RuleForm", "A message matching it is caught"),
    "allowed_domains": QT_TRANSLATE_NOOP("RuleForm", "Links to these sites are let through"),
    "caps_ratio": QT_TRANSLATE_NOOP("RuleForm", "Caught above this share of capital letters"),
    "min_letters": QT_TRANSLATE_NOOP("RuleForm", "Shorter messages are never caught for capitals"),
    "count": QT_TRANSLATE_NOOP("RuleForm", "Messages from one author that count as a flood"),
    "window_seconds": QT_TRANSLATE_NOOP("RuleForm", "The time those messages must fall within"),
    "first_messages": QT_TRANSLATE_NOOP("RuleForm", "How many of a new author's messages count"),
    "protected_names": QT_TRANSLATE_NOOP("RuleForm", "Names others may not pass themselves off as"),
    "max_length": QT_TRANSLATE_NOOP("RuleForm", "Longer messages are caught"),
}

KIND_FIELDS: dict[RuleKind, tuple[str, ...]] = {
    RuleKind.WORDS: ("words",),
    RuleKind.REGEX: ("pattern",),
    RuleKind.LINKS: ("allowed_domains",),
    RuleKind.CAPS: ("caps_ratio", "min_letters"),
    RuleKind.REPEAT: ("count", "window_seconds"),
    RuleKind.RAID: ("count", "window_seconds"),
    RuleKind.FLOOD: ("count", "window_seconds"),
    RuleKind.NEW_AUTHOR: ("first_messages",),
    RuleKind.LOOKALIKE: ("protected_names",),
    RuleKind.LENGTH: ("max_length",),
}


class RuleForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.kind = _combo(self, kind_names())
        self.action = _combo(self, act_names())
        self.timeout_seconds = _spin(
            self, 1, 14 * 24 * 3600, QCoreApplication.translate("RuleForm", " s")
        )
        self.enabled = QCheckBox(QCoreApplication.translate("RuleForm", "Enabled"), self)
        self.dry_run = QCheckBox(
            QCoreApplication.translate("RuleForm", "Dry run: only mark what it would do"), self
        )
        self.scope_kind = _combo(self, scope_names())
        self.scope_value = QLineEdit(self)
        self.scope_value.setPlaceholderText(
            QCoreApplication.translate("RuleForm", "prism, or prism:1001")
        )
        self.words = QPlainTextEdit(self)
        self.words.setTabChangesFocus(True)  # a keyboard user must be able to leave it
        self.words.setPlaceholderText(
            QCoreApplication.translate("RuleForm", "one word or phrase a line")
        )
        self.pattern = QLineEdit(self)
        self.allowed_domains = QLineEdit(self)
        self.allowed_domains.setPlaceholderText(
            QCoreApplication.translate("RuleForm", "youtube.com, twitch.tv")
        )
        self.caps_ratio = QDoubleSpinBox(self)
        self.caps_ratio.setRange(0.05, 1.0)
        self.caps_ratio.setSingleStep(0.05)
        self.min_letters = _spin(self, 1, 10_000)
        self.count = _spin(self, 2, 1000)
        self.window_seconds = _spin(
            self, 1, 24 * 3600, QCoreApplication.translate("RuleForm", " s")
        )
        self.first_messages = _spin(self, 1, 100)
        self.protected_names = QLineEdit(self)
        self.protected_names.setPlaceholderText(
            QCoreApplication.translate("RuleForm", "Streamer, ModSquad Lead")
        )
        self.max_length = _spin(self, 1, 1_000_000)
        self.layout_ = QFormLayout(self)
        self._rows: dict[str, QWidget] = {}
        for label, name in (
            (QCoreApplication.translate("RuleForm", "Name"), "name"),
            (QCoreApplication.translate("RuleForm", "Kind"), "kind"),
            (QCoreApplication.translate("RuleForm", "Action"), "action"),
            (QCoreApplication.translate("RuleForm", "Timeout"), "timeout_seconds"),
            ("", "enabled"),
            ("", "dry_run"),
            (QCoreApplication.translate("RuleForm", "Applies to"), "scope_kind"),
            (QCoreApplication.translate("RuleForm", "Platform or stream"), "scope_value"),
            (QCoreApplication.translate("RuleForm", "Words and phrases"), "words"),
            (QCoreApplication.translate("RuleForm", "Regular expression"), "pattern"),
            (QCoreApplication.translate("RuleForm", "Allowed domains"), "allowed_domains"),
            (QCoreApplication.translate("RuleForm", "Share of capitals"), "caps_ratio"),
            (QCoreApplication.translate("RuleForm", "At least letters"), "min_letters"),
            (QCoreApplication.translate("RuleForm", "How many"), "count"),
            (QCoreApplication.translate("RuleForm", "Within"), "window_seconds"),
            (QCoreApplication.translate("RuleForm", "First messages"), "first_messages"),
            (QCoreApplication.translate("RuleForm", "Protected names"), "protected_names"),
            (QCoreApplication.translate("RuleForm", "Longer than (characters)"), "max_length"),
        ):
            widget: QWidget = getattr(self, name)
            self._rows[name] = widget
            self.layout_.addRow(label, widget)
            widget.setAccessibleName(label or getattr(widget, "text", str)())
            widget.setAccessibleDescription(
                QCoreApplication.translate("RuleForm", FIELD_HELP[name])
            )
            _on_change(widget, self.changed.emit)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_kind())
        self.action.currentIndexChanged.connect(lambda _i: self._show_kind())

    def _show_kind(self) -> None:
        kind: RuleKind = self.kind.currentData()
        shown = set(KIND_FIELDS.get(kind, ()))
        for fields in KIND_FIELDS.values():
            for name in fields:
                self.layout_.setRowVisible(self._rows[name], name in shown)
        self.layout_.setRowVisible(self.timeout_seconds, self.action.currentData() is Act.TIMEOUT)

    def load(self, rule: Rule) -> None:
        self.blockSignals(True)
        self.name.setText(rule.name)
        _choose(self.kind, rule.kind)
        _choose(self.action, rule.action)
        self.timeout_seconds.setValue(rule.timeout_seconds)
        self.enabled.setChecked(rule.enabled)
        self.dry_run.setChecked(rule.dry_run)
        _choose(self.scope_kind, rule.scope.kind)
        self.scope_value.setText(rule.scope.value)
        self.words.setPlainText("\n".join(rule.words))
        self.pattern.setText(rule.pattern)
        self.allowed_domains.setText(", ".join(rule.allowed_domains))
        self.caps_ratio.setValue(rule.caps_ratio)
        self.min_letters.setValue(rule.min_letters)
        self.count.setValue(rule.count)
        self.window_seconds.setValue(int(rule.window_seconds))
        self.first_messages.setValue(rule.first_messages)
        self.protected_names.setText(", ".join(rule.protected_names))
        self.max_length.setValue(rule.max_length)
        self.blockSignals(False)
        self._show_kind()

    def rule(self) -> Rule | str:
        """The rule the fields say, or a sentence saying what is wrong."""
        try:
            return Rule(
                name=self.name.text().strip(),
                kind=self.kind.currentData(),
                action=self.action.currentData(),
                timeout_seconds=self.timeout_seconds.value(),
                enabled=self.enabled.isChecked(),
                dry_run=self.dry_run.isChecked(),
                scope=RuleScope(
                    kind=self.scope_kind.currentData(), value=self.scope_value.text().strip()
                ),
                words=tuple(w.strip() for w in self.words.toPlainText().splitlines() if w.strip()),
                pattern=self.pattern.text(),
                allowed_domains=_listed(self.allowed_domains.text()),
                caps_ratio=self.caps_ratio.value(),
                min_letters=self.min_letters.value(),
                count=self.count.value(),
                window_seconds=float(self.window_seconds.value()),
                first_messages=self.first_messages.value(),
                protected_names=_listed(self.protected_names.text()),
                max_length=self.max_length.value(),
            )
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or QCoreApplication.translate(
                "RuleForm", "rule"
            )
            return f"{where}: {first['msg']}"


def _listed(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def kind_names() -> list[tuple[str, RuleKind]]:
    """What each kind is called in the moderator's language (the saved rule keeps the value)."""
    return [
        (QCoreApplication.translate("RuleForm", "Words and phrases"), RuleKind.WORDS),
        (QCoreApplication.translate("RuleForm", "Regular expression"), RuleKind.REGEX),
        (QCoreApplication.translate("RuleForm", "Links"), RuleKind.LINKS),
        (QCoreApplication.translate("RuleForm", "Capitals"), RuleKind.CAPS),
        (QCoreApplication.translate("RuleForm", "Repeated message"), RuleKind.REPEAT),
        (QCoreApplication.translate("RuleForm", "Raid (same text, many authors)"), RuleKind.RAID),
        (QCoreApplication.translate("RuleForm", "Flood (many messages)"), RuleKind.FLOOD),
        (QCoreApplication.translate("RuleForm", "New author"), RuleKind.NEW_AUTHOR),
        (QCoreApplication.translate("RuleForm", "Look-alike name"), RuleKind.LOOKALIKE),
        (QCoreApplication.translate("RuleForm", "Length"), RuleKind.LENGTH),
    ]


def act_names() -> list[tuple[str, Act]]:
    return [
        (QCoreApplication.translate("RuleForm", "Highlight"), Act.HIGHLIGHT),
        (QCoreApplication.translate("RuleForm", "Flag"), Act.FLAG),
        (QCoreApplication.translate("RuleForm", "Hold for review"), Act.HOLD),
        (QCoreApplication.translate("RuleForm", "Delete"), Act.DELETE),
        (QCoreApplication.translate("RuleForm", "Time out"), Act.TIMEOUT),
        (QCoreApplication.translate("RuleForm", "Ban"), Act.BAN),
        (QCoreApplication.translate("RuleForm", "Strike (the ladder decides)"), Act.LADDER),
    ]


def scope_names() -> list[tuple[str, ScopeKind]]:
    return [
        (QCoreApplication.translate("RuleForm", "All streams"), ScopeKind.ALL),
        (QCoreApplication.translate("RuleForm", "One platform"), ScopeKind.PLATFORM),
        (QCoreApplication.translate("RuleForm", "One stream"), ScopeKind.STREAM),
    ]


def _combo(parent: QWidget, items: Sequence[tuple[str, object]]) -> QComboBox:
    box = QComboBox(parent)
    for label, value in items:
        box.addItem(label, value)
    return box


def _choose(box: QComboBox, value: object) -> None:
    box.setCurrentIndex(max(0, box.findData(value)))


def _spin(parent: QWidget, low: int, high: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    return spin


def _on_change(widget: QWidget, emit: object) -> None:
    for signal in ("textChanged", "currentIndexChanged", "valueChanged", "toggled"):
        bound = getattr(widget, signal, None)
        if bound is not None:
            bound.connect(lambda *_args: emit())  # type: ignore[operator]
            return
