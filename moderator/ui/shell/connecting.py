"""Connecting a stream: the connect dialog, a new tab for what it connects, and signing a tab in
again in place (the tab keeps its messages and its place in the chat)."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from moderator.core.provider import ChatProvider, Connection
from moderator.errors import StorageError
from moderator.storage.settings import SavedStream
from moderator.storage.streams import StreamLibrary
from moderator.ui.bridge.controller import StreamController
from moderator.ui.dialogs.connect_dialog import ConnectDialog
from moderator.ui.dialogs.services import ConnectServices, UrlOpener
from moderator.ui.kit import messages
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.stream.stream_tab import StreamTab

Spawn = Callable[[Coroutine[Any, Any, None]], None]


class OpenProvider(Protocol):
    def __call__(
        self, provider: ChatProvider, saved: SavedStream | None = None, index: int = -1
    ) -> StreamTab: ...


class AskSignIn(Protocol):
    """Opens the connect dialog, prefilled, to replace ``replace`` by what it connects."""

    def __call__(
        self,
        *,
        provider: str | None = None,
        values: Mapping[str, Any] | None = None,
        reason: str = "",
        replace: QWidget | None = None,
    ) -> ConnectDialog: ...


def keep_renewals(library: StreamLibrary, provider: ChatProvider, saved: SavedStream) -> None:
    """A renewed sign-in is saved at once: refresh tokens often work only once."""
    provider.on_tokens = lambda access, refresh: library.renew(saved, access, refresh)


class Connecting:
    def __init__(
        self,
        window: MainWindow,
        services: ConnectServices,
        library: StreamLibrary,
        *,
        saved: dict[QWidget, SavedStream],
        controllers: Mapping[QWidget, StreamController],
        open_provider: OpenProvider,
        spawn: Spawn,
        open_url: UrlOpener,
        store_notice: str | None = None,
    ) -> None:
        self.window = window
        self.services = services
        self.library = library
        self.saved = saved
        self.controllers = controllers
        self.open_provider = open_provider
        self.spawn = spawn
        self.open_url = open_url
        #: where sign-ins are kept, when the dialog should say so (no keyring, a locked file)
        self.store_notice = store_notice

    def open_dialog(
        self,
        *,
        provider: str | None = None,
        values: Mapping[str, Any] | None = None,
        reason: str = "",
        replace: QWidget | None = None,
    ) -> ConnectDialog:
        dialog = ConnectDialog(
            self.services,
            store_notice=self.store_notice,
            provider=provider,
            values=values,
            reason=reason,
            open_url=self.open_url,
            parent=self.window,
        )
        dialog.accepted.connect(lambda: self._connected(dialog.connection, replace))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def sign_in_again(self, tab: StreamTab) -> None:
        """The platform signed a live tab out: the dialog, prefilled; the tab keeps its messages."""
        saved = self.saved.get(tab)
        self.open_dialog(
            provider=tab.controller.provider.name,
            values=saved.public if saved else None,
            reason=tab.controller.status.detail,
            replace=tab,
        )

    def _connected(self, connection: Connection | None, replace: QWidget | None) -> None:
        if connection is None:
            return
        saved: SavedStream | None = None
        try:
            old = self.saved.get(replace) if replace is not None else None
            saved = self.library.replace(old, connection) if old else self.library.add(connection)
        except StorageError as err:
            messages.error(
                f"{err} "
                + QCoreApplication.translate(
                    "Workspace", "The stream is open for this session only."
                )
            )
        if isinstance(replace, StreamTab) and replace in self.controllers:
            self._reconnect(replace, connection, saved)
            return
        index = self.window.tabs.indexOf(replace) if replace is not None else -1
        tab = self.open_provider(self.services.create(connection), saved, index)
        if replace is not None:
            self.saved.pop(replace, None)
            self.window.remove_tab(replace)
        self.window.tabs.setCurrentWidget(tab)

    def _reconnect(self, tab: StreamTab, connection: Connection, saved: SavedStream | None) -> None:
        provider = self.services.create(connection)
        if saved is not None:
            self.saved[tab] = saved
            keep_renewals(self.library, provider, saved)
        self.spawn(tab.controller.reconnect(provider))
        self.window.tabs.setCurrentWidget(tab)
