"""Settings: look, undo, notifications, buffer, highlights, and where secrets are kept.

The dialog only edits a copy of :class:`Settings`; the caller saves it (atomically, through
SettingsStore) and applies what can change at once (the theme, the secret store).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moderator.storage.secrets import SecretStore, StoreKind
from moderator.storage.settings import Settings
from moderator.ui.dialogs.avatar_settings import AvatarSettingsBox
from moderator.ui.dialogs.inline_section import InlineSection
from moderator.ui.dialogs.team_box import TeamBox
from moderator.ui.kit.form_names import name_form_fields
from moderator.ui.kit.i18n import LANGUAGES, QT_TRANSLATE_NOOP, SYSTEM, tr_core
from moderator.ui.kit.plain import PlainLabel
from moderator.ui.kit.theme import tinted

THEMES = [
    ("system", QT_TRANSLATE_NOOP("SettingsDialog", "Same as the system")),
    ("light", QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
    ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark")),
    ("high_contrast", QT_TRANSLATE_NOOP("SettingsDialog", "High contrast")),
]
ERROR_COLOUR = "#c5221f"
UNDO_HINT = QT_TRANSLATE_NOOP(
    "SettingsDialog", "Time to take back a delete or ban before it is sent; 0 turns it off."
)


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        *,
        keyring_available: bool,
        store_description: str = "",
        store_locked: str = "",
        secrets: SecretStore | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.original = settings
        self.theme = QComboBox(self)
        for value, label in THEMES:
            self.theme.addItem(QCoreApplication.translate("SettingsDialog", label), value)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Same as the system"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.undo_delay = QDoubleSpinBox(self)
        self.undo_delay.setRange(0, 60)
        self.undo_delay.setDecimals(1)
        self.undo_delay.setSuffix(self.tr(" s"))
        self.undo_delay.setSpecialValueText(self.tr("Off (act at once)"))
        self.notifications = QCheckBox(
            self.tr("Show a notification when a highlight word appears"), self
        )
        self.buffer_size = QSpinBox(self)
        self.buffer_size.setRange(1_000, 2_000_000)
        self.buffer_size.setSingleStep(10_000)
        self.buffer_size.setGroupSeparatorShown(True)
        self.buffer_size.setSuffix(self.tr(" messages per tab"))
        self.highlights = QPlainTextEdit(self)
        self.highlights.setPlaceholderText(self.tr("One word or phrase a line"))
        self.highlights.setFixedHeight(90)
        self.store_buttons = QButtonGroup(self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase that unlocks the file"))
        self.inline = InlineSection(self)
        self.error = PlainLabel(self)
        tinted(self.error, ERROR_COLOUR)
        self.error.setWordWrap(True)
        self.error.hide()
        self.pictures = AvatarSettingsBox(self)
        self.team = TeamBox(settings.team_url, secrets, self)
        self._build(keyring_available, store_description, store_locked)
        name_form_fields(self)
        self._show(settings)

    def _build(self, keyring_available: bool, store_description: str, locked: str) -> None:
        general = QFormLayout()
        general.addRow(self.tr("Theme:"), self.theme)
        general.addRow(
            self.tr("Language:"),
            self._with_hint(self.language, self.tr("Used from the next start of Moderator.")),
        )
        undo_hint = QCoreApplication.translate("SettingsDialog", UNDO_HINT)
        general.addRow(self.tr("Undo delay:"), self._with_hint(self.undo_delay, undo_hint))
        general.addRow(self.tr("Notifications:"), self.notifications)
        general.addRow(self.tr("Keep in memory:"), self.buffer_size)
        general.addRow(self.tr("Highlight words:"), self.highlights)
        # pages, so the dialog fits a laptop screen however many sections it grows
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.setAccessibleName(self.tr("Settings pages"))
        self._page(self.tr("General"), general)
        self._page(self.tr("Messages"), self.inline, self.pictures)
        self._page(
            self.tr("Sign-ins"), self._secrets_box(keyring_available, store_description, locked)
        )
        self._page(self.tr("Team"), self.team)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _page(self, title: str, *parts: QWidget | QFormLayout) -> None:
        page = QWidget(self.pages)
        column = QVBoxLayout(page)
        for part in parts:
            if isinstance(part, QFormLayout):
                column.addLayout(part)
            else:
                column.addWidget(part)
        column.addStretch(1)
        self.pages.addTab(page, title)

    def _with_hint(self, editor: QWidget, text: str) -> QWidget:
        cell = QWidget(self)
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        hint = PlainLabel(text, cell)
        hint.setWordWrap(True)  # translations run longer than the English
        hint.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(editor)
        column.addWidget(hint)
        return cell

    def _secrets_box(
        self, keyring_available: bool, store_description: str, locked: str
    ) -> QGroupBox:
        box = QGroupBox(self.tr("Where sign-ins are kept"), self)
        column = QVBoxLayout(box)
        keyring_text = (
            self.tr("The system keyring")
            if keyring_available
            else self.tr("The system keyring (none found)")
        )
        options: list[tuple[StoreKind, str]] = [
            ("keyring", keyring_text),
            ("encrypted", self.tr("An encrypted file, unlocked with a passphrase")),
            ("session", self.tr("This session only: sign in again after every start")),
        ]
        for kind, text in options:
            button = QRadioButton(text, box)
            button.setObjectName(f"store_{kind}")
            button.setEnabled(kind != "keyring" or keyring_available)
            button.toggled.connect(self._store_changed)
            self.store_buttons.addButton(button)
            column.addWidget(button)
            if kind == "encrypted":
                indented = QHBoxLayout()
                indented.setContentsMargins(24, 0, 0, 0)
                indented.addWidget(self.passphrase)
                column.addLayout(indented)
        if store_description:
            now = PlainLabel(
                self.tr("In use now: {store}.").format(store=tr_core("Storage", store_description)),
                box,
            )
            now.setWordWrap(True)
            column.addWidget(now)
        if locked:
            box.setEnabled(False)
            column.addWidget(PlainLabel(locked, box))
        return box

    def _show(self, settings: Settings) -> None:
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.undo_delay.setValue(settings.undo_delay_seconds)
        self.notifications.setChecked(settings.notifications)
        self.buffer_size.setValue(settings.buffer_size)
        self.highlights.setPlainText("\n".join(settings.highlights))
        self.inline.show_settings(settings)
        self.pictures.show_settings(settings)
        kind = "keyring" if settings.secret_store == "auto" else settings.secret_store
        button = self.findChild(QRadioButton, f"store_{kind}")
        if button is not None and button.isEnabled():
            button.setChecked(True)
        else:
            self.store_button("session").setChecked(True)
        self._store_changed()

    def store_button(self, kind: StoreKind) -> QRadioButton:
        button = self.findChild(QRadioButton, f"store_{kind}")
        assert button is not None
        return button

    def store_kind(self) -> StoreKind:
        for kind in ("keyring", "encrypted", "session"):
            if self.store_button(kind).isChecked():
                return kind
        return "session"

    def _store_changed(self) -> None:
        self.passphrase.setEnabled(self.store_kind() == "encrypted")

    def settings(self) -> Settings:
        """The edited copy (streams untouched)."""
        words = [line.strip() for line in self.highlights.toPlainText().splitlines()]
        kind = self.store_kind()
        keep_auto = kind == "keyring" and self.original.secret_store == "auto"
        return self.original.model_copy(
            update={
                "theme": self.theme.currentData(),
                "language": self.language.currentData(),
                "undo_delay_seconds": self.undo_delay.value(),
                "notifications": self.notifications.isChecked(),
                "buffer_size": self.buffer_size.value(),
                "highlights": [w for w in words if w],
                "secret_store": "auto" if keep_auto else kind,
                **self.inline.edited(),
                **self.pictures.values(),
                "team_url": self.team.team_url(),
            }
        )

    def accept(self) -> None:
        needs_passphrase = (
            self.store_kind() == "encrypted" and self.original.secret_store != "encrypted"
        )
        if needs_passphrase and not self.passphrase.text():
            self.error.setText(self.tr("Choose a passphrase for the encrypted file."))
            self.error.show()
            self.passphrase.setFocus()
            return
        team_problem = self.team.problem()
        if team_problem is not None:
            self.error.setText(team_problem)
            self.error.show()
            self.team.url.setFocus()
            return
        self.team.keep_password()
        super().accept()
