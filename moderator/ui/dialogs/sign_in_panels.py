"""The provider-specific part of the connect dialog: browser sign-in or an e-mailed code."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moderator.ui.dialogs.services import BrowserSignIn, CodeSignIn
from moderator.ui.kit.i18n import tr_core
from moderator.ui.kit.plain import PlainLabel


class BrowserPanel(QGroupBox):
    def __init__(self, flow: BrowserSignIn, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sign in"), parent)
        self.flow = flow
        self.button = QPushButton(tr_core("Provider", flow.button), self)
        explain = PlainLabel(tr_core("Provider", flow.explain), self)
        explain.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(row)

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)


class CodePanel(QGroupBox):
    """E-mail address → Send code → the code → Sign in."""

    def __init__(self, flow: CodeSignIn, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sign in"), parent)
        self.flow = flow
        self.email = QLineEdit(flow.example_email, self)
        self.email.setObjectName("sign_in_email")
        self.email.setPlaceholderText("you@example.com")
        self.send_button = QPushButton(self.tr("Send code"), self)
        self.code = QLineEdit(self)
        self.code.setObjectName("sign_in_code")
        self.code.setPlaceholderText(flow.code_hint or self.tr("the code from the e-mail"))
        self.code.setEnabled(False)
        self.verify_button = QPushButton(self.tr("Sign in"), self)
        self.verify_button.setEnabled(False)
        explain = PlainLabel(tr_core("Provider", flow.explain), self)
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("E-mail:"), _row(self, self.email, self.send_button))
        form.addRow(self.tr("Code:"), _row(self, self.code, self.verify_button))
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)

    def code_sent(self) -> None:
        self.code.setEnabled(True)
        self.verify_button.setEnabled(True)
        self.code.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.send_button.setEnabled(not busy)
        self.verify_button.setEnabled(not busy and self.code.isEnabled())


def _row(parent: QWidget, editor: QWidget, button: QPushButton) -> QWidget:
    cell = QWidget(parent)
    row = QHBoxLayout(cell)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(editor, 1)
    row.addWidget(button)
    return cell
