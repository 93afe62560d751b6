"""The moderator's workflow around the tabs, one concern a module, joined here.

Streams the moderator connects (:mod:`.connecting`) are kept in tab order (:mod:`.tab_order`)
by :class:`StreamLibrary` and come back on the next start, reconnecting by themselves
(:mod:`.restore`). Closing a tab asks nothing: the stream leaves the saved list and its client
is closed; its messages stay in the archive. Unread counts and highlights (:mod:`.attention`)
show on each tab and in the window title; the settings (:mod:`.preferences`) reach every tab,
also when they change.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from moderator.core.audit import AuditSink
from moderator.core.models import Author
from moderator.core.provider import ChatProvider
from moderator.errors import StorageError
from moderator.storage.settings import SavedStream, Settings
from moderator.storage.streams import StreamLibrary
from moderator.ui.bridge.controller import StreamController
from moderator.ui.dialogs.connect_dialog import ConnectDialog, open_in_browser
from moderator.ui.dialogs.services import ConnectServices, UrlOpener
from moderator.ui.dialogs.settings_dialog import SettingsDialog
from moderator.ui.kit import messages
from moderator.ui.kit.theme import ThemeManager
from moderator.ui.shell.attention import Attention
from moderator.ui.shell.connecting import Connecting, keep_renewals
from moderator.ui.shell.held_prompt import ask_about_held
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.notify import Notifier
from moderator.ui.shell.preferences import Preferences, StoreOpener
from moderator.ui.shell.restore import Restorer, saved_title
from moderator.ui.shell.sign_in_tab import SignInAgainTab
from moderator.ui.shell.tab_order import TabOrder
from moderator.ui.shell.zoom_keeper import keep_zoom
from moderator.ui.stream.stream_tab import StreamTab

__all__ = ["ControllerFactory", "StoreOpener", "UserCards", "Workspace", "saved_title"]
ControllerFactory = Callable[[ChatProvider], StreamController]


class UserCards(Protocol):
    """What the window asks of the cross-stream views (which import the window, not back)."""

    def show_user_card(self, author: Author, stream_key: str) -> object: ...


class Workspace(QObject):
    #: a stream's tab opened (the StreamTab): the views across streams start following it
    stream_opened = Signal(object)
    #: the settings were saved and applied (Settings): views follow what concerns them
    settings_applied = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        services: ConnectServices,
        library: StreamLibrary,
        *,
        make_controller: ControllerFactory,
        store_notice: str | None = None,
        open_store: StoreOpener | None = None,
        keyring_available: Callable[[], bool] = lambda: True,
        themes: ThemeManager | None = None,
        open_url: UrlOpener = open_in_browser,
        audit: AuditSink | None = None,
        notifier: Notifier | None = None,
    ) -> None:
        super().__init__(window)
        #: the audit log every tab's controller writes to (app.py passes the same one to them)
        self.audit = audit
        self.notifier = notifier or Notifier(window)
        self.window = window
        self.services = services
        self.library = library
        self.make_controller = make_controller
        self.controllers: dict[QWidget, StreamController] = {}
        self._by_key: dict[str, StreamController] = {}
        self.saved: dict[QWidget, SavedStream] = {}
        self._closing: set[asyncio.Task[Any]] = set()
        #: search, user cards, the All streams tab and the audit dock, once attached
        self.cross_streams: UserCards | None = None
        self._join_connecting(store_notice, open_url)
        self.attention = Attention(window, self.controllers, self.notifier)
        self.order = TabOrder(window, library, self.saved)
        self.preferences = Preferences(
            window,
            library,
            self.controllers,
            self.notifier,
            themes=themes,
            open_store=open_store,
            keyring_available=keyring_available,
            store_changed=self._store_changed,
        )
        self.preferences.applied = self.settings_applied.emit
        window.connect_requested.connect(lambda: self.open_connect_dialog())
        window.settings_requested.connect(self.open_settings)
        window.tab_close_requested.connect(self.close_tab)
        self.zoom_keeper = keep_zoom(window, library)

    def _join_connecting(self, store_notice: str | None, open_url: UrlOpener) -> None:
        """The connect dialog and the saved streams' return share the tabs' books."""
        self.connecting = Connecting(
            self.window,
            self.services,
            self.library,
            saved=self.saved,
            controllers=self.controllers,
            open_provider=self.open_provider,
            spawn=self._spawn,
            open_url=open_url,
            store_notice=store_notice,
        )
        self.restorer = Restorer(
            self.window,
            self.services,
            self.library,
            saved=self.saved,
            open_provider=self.open_provider,
            ask_sign_in=self.connecting.open_dialog,
        )

    @property
    def themes(self) -> ThemeManager | None:
        """The theme the settings apply (none in tests that leave the palette alone)."""
        return self.preferences.themes

    @themes.setter
    def themes(self, themes: ThemeManager | None) -> None:
        self.preferences.themes = themes

    @property
    def store_notice(self) -> str | None:
        """What the connect dialog says about where sign-ins are kept."""
        return self.connecting.store_notice

    def _store_changed(self, notice: str | None) -> None:
        self.connecting.store_notice = notice

    # -- opening --------------------------------------------------------------------------------

    def restore(self) -> None:
        """Bring back the saved streams, in their order, each reconnecting by itself."""
        self.restorer.restore()

    def open_provider(
        self, provider: ChatProvider, saved: SavedStream | None = None, index: int = -1
    ) -> StreamTab:
        """A tab for ``provider``, started; ``saved`` when it is kept for the next start."""
        controller = self.make_controller(provider)
        self.preferences.configure(controller)
        tab = self.window.add_stream(controller, index)
        self.controllers[tab] = controller
        self.attention.follow(tab)
        if saved is not None:
            self.saved[tab] = saved
            keep_renewals(self.library, provider, saved)
        tab.sign_in_requested.connect(lambda t=tab: self.connecting.sign_in_again(t))
        # actions that reached the outbox late (a full disk) or after a restart go out at once
        controller.moderation.stored.connect(controller.deliver_waiting)
        controller.start()
        self.stream_opened.emit(tab)
        ask_about_held(controller)
        return tab

    def open_connect_dialog(
        self,
        *,
        provider: str | None = None,
        values: Mapping[str, Any] | None = None,
        reason: str = "",
        replace: QWidget | None = None,
    ) -> ConnectDialog:
        return self.connecting.open_dialog(
            provider=provider, values=values, reason=reason, replace=replace
        )

    def add_signed_out(
        self, saved: SavedStream, sentence: str, *, can_sign_in: bool, title: str = ""
    ) -> SignInAgainTab:
        """A tab for a saved stream that cannot connect, saying why (and offering to sign in)."""
        return self.restorer.add_signed_out(saved, sentence, can_sign_in=can_sign_in, title=title)

    def controller_for(self, stream_key: str) -> StreamController | None:
        """The controller of the open stream with this key, if it is open (asked for every row
        All streams draws: the last answer per key is kept while that stream stays open)."""
        known = self._by_key.get(stream_key)
        if (
            known is not None
            and known.provider.stream.key == stream_key
            and known in self.controllers.values()
        ):
            return known
        found = next(
            (c for c in self.controllers.values() if c.provider.stream.key == stream_key), None
        )
        if found is None:
            self._by_key.pop(stream_key, None)
        else:
            self._by_key[stream_key] = found
        return found

    def show_user_card(self, author: Author, stream_key: str) -> None:
        """Open the card of ``author`` as seen in ``stream_key`` (for a menu entry or a click)."""
        if self.cross_streams is not None:
            self.cross_streams.show_user_card(author, stream_key)

    def show_unread(self, tab: StreamTab) -> None:
        self.attention.show_unread(tab)

    @property
    def title_note(self) -> Callable[[], str]:
        """More for the window title (automod's held count), set by whoever owns it."""
        return self.attention.title_note

    @title_note.setter
    def title_note(self, note: Callable[[], str]) -> None:
        self.attention.title_note = note

    def refresh_title(self) -> None:
        self.attention.show_total()

    # -- closing and order ----------------------------------------------------------------------

    def close_tab(self, widget: QWidget) -> None:
        """Close at once, asking nothing: forget the stream, stop its client."""
        saved = self.saved.pop(widget, None)
        controller = self.controllers.pop(widget, None)
        if isinstance(widget, StreamTab):
            self.attention.forget(widget)
        self.window.remove_tab(widget)
        self.attention.show_total()
        if saved is not None:
            try:
                self.library.remove(saved)
            except StorageError as err:
                messages.error(str(err))
        if controller is not None:
            self._spawn(controller.close())

    def save_order(self) -> None:
        self.order.save()

    async def close_all(self) -> None:
        closing = [c.close() for c in self.controllers.values()]
        await asyncio.gather(*closing, *self._closing, return_exceptions=True)

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(work)
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    # -- settings -------------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        return self.preferences.open_dialog()

    def apply_settings(self, settings: Settings, passphrase: str | None = None) -> None:
        """Save the new settings and apply at once what can be (theme, secret store)."""
        self.preferences.apply(settings, passphrase)
