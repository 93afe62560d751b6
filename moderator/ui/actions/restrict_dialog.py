"""Ban or time out the authors of the selected messages: a duration, a reason, and the question
that names who, where and for how long ("Time out NightOwl_42 on PRISM for 10 minutes?")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from moderator.core.actions import (
    DURATION_PRESETS,
    ActionKind,
    describe_duration,
)
from moderator.core.models import ChatMessage
from moderator.core.provider import Capability
from moderator.ui.actions.questions import Questions
from moderator.ui.kit.form_names import name_form_fields
from moderator.ui.kit.i18n import tr_core
from moderator.ui.kit.plain import PlainLabel, named_visibly

#: button ids beyond the presets' indexes (a QButtonGroup id of -1 means "pick one for me")
CUSTOM = 100
PERMANENT = 101
#: a typed command's duration that is neither a preset nor whole minutes ("30s")
TYPED = 102
HINT_STYLE = "color: palette(placeholder-text);"


class RestrictDialog(QDialog):
    def __init__(
        self,
        kind: ActionKind,
        messages: Sequence[ChatMessage],
        *,
        platform: str,
        capabilities: Capability,
        takes_reason: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Ban author") if kind is ActionKind.BAN else self.tr("Time out author")
        )
        self.messages = list(messages)
        self.platform = platform
        self.question = PlainLabel(self)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight: bold;")
        self.choices = QButtonGroup(self)
        self.custom = QSpinBox(self)
        self.custom.setRange(1, 60 * 24 * 28)
        self.custom.setValue(30)
        self.custom.setSuffix(self.tr(" min"))
        self.reason = QLineEdit(self)
        self._typed = timedelta(0)
        self.reason.setMaxLength(200)
        #: says why the reason field is off, where the platform takes none
        self.reason_hint = PlainLabel(self)
        self.reason_hint.setWordWrap(True)
        self.reason_hint.setStyleSheet(HINT_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(self.tr("Ban"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build(capabilities, takes_reason)
        name_form_fields(self)
        self._preselect(kind, capabilities)
        self.choices.idToggled.connect(lambda _id, _on: self._refresh())
        self.custom.valueChanged.connect(self._custom_changed)
        self._refresh()

    def _build(self, capabilities: Capability, takes_reason: bool) -> None:
        grid = self._grid = QGridLayout()
        timeouts = Capability.TIMEOUT in capabilities
        for n, (label, _duration) in enumerate(DURATION_PRESETS):
            self._choice(grid, tr_core("Duration", label), n, n // 2, n % 2, timeouts)
        custom_row = len(DURATION_PRESETS) // 2
        self._choice(grid, self.tr("Custom:"), CUSTOM, custom_row, 0, timeouts)
        grid.addWidget(self.custom, custom_row, 1)
        permanent = self._choice(
            grid,
            self.tr("Permanent ban"),
            PERMANENT,
            custom_row + 1,
            0,
            Capability.BAN in capabilities,
        )
        grid.addWidget(permanent, custom_row + 1, 0, 1, 2)
        form = QFormLayout()
        form.addRow(self.tr("Duration:"), grid)
        form.addRow(self.tr("Reason:"), self._reason_cell(takes_reason))
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _choice(
        self, grid: QGridLayout, label: str, key: int, row: int, column: int, enabled: bool
    ) -> QRadioButton:
        button = QRadioButton(label, self)
        button.setEnabled(enabled)
        if not enabled:
            button.setToolTip(
                self.tr("{platform} does not offer this.").format(platform=self.platform)
            )
        self.choices.addButton(button, key)
        grid.addWidget(button, row, column)
        return button

    def _reason_cell(self, takes_reason: bool) -> QWidget:
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.reason)
        if takes_reason:
            self.reason.setPlaceholderText(
                self.tr("Sent to {platform} with the ban (optional)").format(platform=self.platform)
            )
            self.reason_hint.hide()
            return cell
        self.reason.setEnabled(False)
        self.reason.setPlaceholderText(self.tr("Not sent"))
        self.reason_hint.setText(
            self.tr("{platform} takes no reason with a ban: nothing would be sent.").format(
                platform=self.platform
            )
        )
        column.addWidget(self.reason_hint)
        return cell

    def _preselect(self, kind: ActionKind, capabilities: Capability) -> None:
        wanted = 1 if kind is ActionKind.TIMEOUT else PERMANENT  # 1: the "10 min" preset
        enabled = [b for b in self.choices.buttons() if b.isEnabled()]
        preferred = self.choices.button(wanted)
        button = preferred if preferred in enabled else next(iter(enabled), None)
        if button is not None:
            button.setChecked(True)
            button.setFocus()  # arrows pick a duration, Enter confirms

    def fill(self, duration: timedelta | None, reason: str = "") -> None:
        """Start from what a typed command asked for (``/timeout name 30s spam``)."""
        if reason:
            self.reason.setText(reason)
        if duration is None or not self.choices.button(CUSTOM).isEnabled():
            return
        presets = [d for _label, d in DURATION_PRESETS]
        seconds = int(duration.total_seconds())
        if duration in presets:
            self.select_duration(presets.index(duration))
        elif seconds % 60 == 0:
            self.custom.setValue(seconds // 60)  # checks "Custom:"
        else:
            self._typed = duration
            typed = QRadioButton(describe_duration(duration), self)
            self.choices.addButton(typed, TYPED)
            self._grid.addWidget(typed, self._grid.rowCount(), 0, 1, 2)
            typed.setChecked(True)
        self._refresh()

    def _custom_changed(self) -> None:
        self.choices.button(CUSTOM).setChecked(True)
        self._refresh()

    # -- what was chosen ------------------------------------------------------------------------

    def duration(self) -> timedelta | None:
        """None for a permanent ban."""
        key = self.choices.checkedId()
        if key == PERMANENT:
            return None
        if key == CUSTOM:
            return timedelta(minutes=self.custom.value())
        if key == TYPED:
            return self._typed
        return DURATION_PRESETS[key][1]

    def kind(self) -> ActionKind:
        return ActionKind.BAN if self.duration() is None else ActionKind.TIMEOUT

    def reason_text(self) -> str:
        return self.reason.text().strip() if self.reason.isEnabled() else ""

    def select_duration(self, key: int) -> None:
        """Pick a preset by its index (tests and keyboard users: the radio buttons do the same)."""
        self.choices.button(key).setChecked(True)

    def _refresh(self) -> None:
        kind = self.kind()
        shown = named_visibly(self.messages)
        self.question.setText(Questions().confirmation(kind, shown, self.platform, self.duration()))
        self.ok.setText(self.tr("Ban") if kind is ActionKind.BAN else self.tr("Time out"))
