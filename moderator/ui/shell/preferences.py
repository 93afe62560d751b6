"""The settings dialog and what its answer changes at once: every tab's undo delay and
highlight words, notifications, the theme, and where sign-ins are kept."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from moderator.errors import StorageError
from moderator.storage.secrets import SecretChoice, StoreKind
from moderator.storage.settings import Settings
from moderator.storage.streams import StreamLibrary
from moderator.ui.bridge.controller import StreamController
from moderator.ui.dialogs.settings_dialog import SettingsDialog
from moderator.ui.kit import messages
from moderator.ui.kit.i18n import tr_core
from moderator.ui.kit.theme import ThemeManager
from moderator.ui.messages import avatar_store
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.notify import Notifier

#: opens the secret store the moderator chose (a passphrase for the encrypted file)
StoreOpener = Callable[[StoreKind, "str | None"], SecretChoice]


class Preferences:
    def __init__(
        self,
        window: MainWindow,
        library: StreamLibrary,
        controllers: Mapping[QWidget, StreamController],
        notifier: Notifier,
        *,
        themes: ThemeManager | None,
        open_store: StoreOpener | None,
        keyring_available: Callable[[], bool],
        store_changed: Callable[[str | None], None],
    ) -> None:
        self.window = window
        self.library = library
        self.controllers = controllers
        self.notifier = notifier
        self.themes = themes
        self.open_store = open_store
        self.keyring_available = keyring_available
        #: told what the connect dialog should now say about where sign-ins are kept
        self.store_changed = store_changed
        #: told the settings in force after the dialog or a caller changed them (the views'
        #: inline buttons follow them)
        self.applied: Callable[[Settings], None] = _nothing

    def open_dialog(self) -> SettingsDialog:
        dialog = SettingsDialog(
            self.library.settings,
            keyring_available=self.keyring_available(),
            store_description=self.library.secrets.description,
            store_locked=""
            if self.open_store is not None
            else QCoreApplication.translate(
                "Workspace", "The demo keeps sign-ins for this session only."
            ),
            secrets=self.library.secrets,
            parent=self.window,
        )
        dialog.accepted.connect(
            lambda: self.apply(dialog.settings(), dialog.passphrase.text() or None)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def apply(self, settings: Settings, passphrase: str | None = None) -> None:
        """Save the new settings and apply at once what can be (theme, secret store)."""
        before = self.library.settings.secret_store
        try:
            self.library.update(settings)
        except StorageError as err:
            messages.error(str(err))
            return
        for controller in self.controllers.values():
            self.configure(controller)
        if self.themes is not None:
            self.themes.apply(settings.theme)
        if (pictures := avatar_store.installed()) is not None:
            pictures.apply(settings)
        if settings.secret_store != before or passphrase:
            self._switch_store(settings.secret_store, passphrase)
        self.applied(self.library.settings)

    def configure(self, controller: StreamController) -> None:
        """Give a tab's controller the settings in force."""
        settings = self.library.settings
        controller.undo_delay = settings.undo_delay_seconds
        if controller.highlighter.words != settings.highlights:
            controller.set_highlights(settings.highlights)
        self.notifier.enabled = settings.notifications

    def _switch_store(self, kind: StoreKind, passphrase: str | None) -> None:
        if self.open_store is None:
            return
        try:
            choice = self.open_store(kind, passphrase)
            self.library.move_secrets(choice.store)
        except StorageError as err:
            messages.error(
                f"{err} "
                + QCoreApplication.translate("Workspace", "Sign-ins stay where they were.")
            )
            return
        self.store_changed(choice.notice)
        store = tr_core("Storage", choice.store.description)
        messages.info(
            tr_core("Core", choice.notice or "")
            or QCoreApplication.translate("Workspace", "Sign-ins are now kept in {store}.").format(
                store=store
            )
        )


def _nothing(_settings: Settings) -> None:
    return None
