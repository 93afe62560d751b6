"""The moderator's workflow around the tabs: connect, restore, close, reorder, settings.

Streams the moderator connects are kept (in tab order) by :class:`StreamLibrary` and come back
on the next start, reconnecting by themselves. A stream whose saved sign-in is gone comes back
as a tab that says so, with a button that reopens the connect dialog prefilled. Closing a tab
asks nothing: the stream leaves the saved list and its client is closed; its messages stay in
the archive. Unread counts show on each tab and, summed, in the window title; the settings
(undo delay, highlight words, notifications) reach every tab, also when they change.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from moderator.core.audit import AuditSink
from moderator.core.models import Author, ChatMessage
from moderator.core.names import display_text, visible_name
from moderator.core.provider import ChatProvider, Connection
from moderator.errors import ModeratorError, StorageError
from moderator.storage.secrets import SecretChoice, StoreKind
from moderator.storage.settings import SavedStream, Settings
from moderator.storage.streams import StreamLibrary
from moderator.ui.bridge.controller import StreamController
from moderator.ui.dialogs.connect_dialog import ConnectDialog, open_in_browser
from moderator.ui.dialogs.services import ConnectServices, UrlOpener
from moderator.ui.dialogs.settings_dialog import SettingsDialog
from moderator.ui.kit.i18n import tr_core
from moderator.ui.kit.plain import inert, no_mnemonic, window_title
from moderator.ui.kit.theme import ThemeManager
from moderator.ui.shell.held_prompt import ask_about_held
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.notify import Notifier
from moderator.ui.shell.sign_in_tab import SignInAgainTab
from moderator.ui.stream.stream_tab import StreamTab

log = logging.getLogger(__name__)
ControllerFactory = Callable[[ChatProvider], StreamController]
#: opens the secret store the moderator chose (a passphrase for the encrypted file)
StoreOpener = Callable[[StoreKind, "str | None"], SecretChoice]


class UserCards(Protocol):
    """What the window asks of the cross-stream views (which import the window, not back)."""

    def show_user_card(self, author: Author, stream_key: str) -> object: ...


class Workspace(QObject):
    #: a stream's tab opened (the StreamTab): the views across streams start following it
    stream_opened = Signal(object)

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
        self.base_title = window.windowTitle()
        self.window = window
        self.services = services
        self.library = library
        self.make_controller = make_controller
        self.store_notice = store_notice
        self.open_store = open_store
        self.keyring_available = keyring_available
        self.themes = themes
        self.open_url = open_url
        self.controllers: dict[QWidget, StreamController] = {}
        self.saved: dict[QWidget, SavedStream] = {}
        self._closing: set[asyncio.Task[Any]] = set()
        #: search, user cards, the All streams tab and the audit dock, once attached
        self.cross_streams: UserCards | None = None
        window.connect_requested.connect(lambda: self.open_connect_dialog())
        window.settings_requested.connect(self.open_settings)
        window.tab_close_requested.connect(self.close_tab)
        window.tabs.tabBar().tabMoved.connect(lambda _a, _b: self.save_order())

    # -- opening --------------------------------------------------------------------------------

    def restore(self) -> None:
        """Bring back the saved streams, in their order, each reconnecting by itself."""
        for saved in self.library.streams:
            self._restore_one(saved)

    def _restore_one(self, saved: SavedStream) -> None:
        try:
            model = self.services.choice(saved.provider).connection
        except KeyError:
            sentence = self.tr(
                "Moderator does not know the platform “{platform}” any more."
            ).format(platform=saved.provider)
            self._add_signed_out(saved, sentence, can_sign_in=False)
            return
        try:
            provider = self.services.create(self.library.restore(saved, model))
        except StorageError as err:
            log.warning("%s", err)
            title = saved_title(saved, model)
            sentence = self.tr(
                "The saved sign-in for the {platform} stream “{title}” is missing or locked: "
                "signed out, sign in again."
            ).format(platform=self._display_name(saved.provider), title=title)
            self._add_signed_out(saved, sentence, can_sign_in=True, title=title)
            return
        except ModeratorError as err:
            self._add_signed_out(saved, str(err), can_sign_in=True)
            return
        self.open_provider(provider, saved)

    def open_provider(
        self, provider: ChatProvider, saved: SavedStream | None = None, index: int = -1
    ) -> StreamTab:
        """A tab for ``provider``, started; ``saved`` when it is kept for the next start."""
        controller = self.make_controller(provider)
        self._configure(controller, self.library.settings)
        controller.highlighted.connect(lambda hits, c=controller: self._notify(c, hits))
        tab = self.window.add_stream(controller, index)
        self.controllers[tab] = controller
        # after the window's own status slot, which sets the plain title
        tab.status_changed.connect(lambda _event, t=tab: self.show_unread(t))
        tab.unread_changed.connect(lambda _count, t=tab: self.show_unread(t))
        self.show_unread(tab)
        if saved is not None:
            self.saved[tab] = saved
            self._keep_renewals(provider, saved)
        tab.sign_in_requested.connect(lambda t=tab: self._sign_in_again(t))
        # actions that reached the outbox late (a full disk) or after a restart go out at once
        controller.moderation.stored.connect(controller.deliver_waiting)
        controller.start()
        self.stream_opened.emit(tab)
        ask_about_held(self.window, controller)
        return tab

    def _keep_renewals(self, provider: ChatProvider, saved: SavedStream) -> None:
        # a renewed sign-in is saved at once: refresh tokens often work only once
        provider.on_tokens = lambda access, refresh: self.library.renew(saved, access, refresh)

    def _sign_in_again(self, tab: StreamTab) -> None:
        """The platform signed a live tab out: the dialog, prefilled; the tab keeps its messages."""
        saved = self.saved.get(tab)
        self.open_connect_dialog(
            provider=tab.controller.provider.name,
            values=saved.public if saved else None,
            reason=tab.controller.status.detail,
            replace=tab,
        )

    def controller_for(self, stream_key: str) -> StreamController | None:
        """The controller of the open stream with this key, if it is open."""
        return next(
            (c for c in self.controllers.values() if c.provider.stream.key == stream_key), None
        )

    def show_user_card(self, author: Author, stream_key: str) -> None:
        """Open the card of ``author`` as seen in ``stream_key`` (for a menu entry or a click)."""
        if self.cross_streams is not None:
            self.cross_streams.show_user_card(author, stream_key)

    def _add_signed_out(
        self, saved: SavedStream, sentence: str, *, can_sign_in: bool, title: str = ""
    ) -> None:
        tab = SignInAgainTab(sentence, can_sign_in=can_sign_in)
        title = title or str(saved.public.get("label") or self._display_name(saved.provider))
        self.window.insert_tab(tab, QIcon(), self.tr("{title} (sign in again)").format(title=title))
        self.saved[tab] = saved
        tab.sign_in_requested.connect(
            lambda: self.open_connect_dialog(
                provider=saved.provider, values=saved.public, reason=sentence, replace=tab
            )
        )

    def _display_name(self, name: str) -> str:
        try:
            return self.services.choice(name).display_name
        except KeyError:
            return name

    # -- the connect dialog ---------------------------------------------------------------------

    def open_connect_dialog(
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

    def _connected(self, connection: Connection | None, replace: QWidget | None) -> None:
        if connection is None:
            return
        saved: SavedStream | None = None
        try:
            old = self.saved.get(replace) if replace is not None else None
            saved = self.library.replace(old, connection) if old else self.library.add(connection)
        except StorageError as err:
            self.window.show_problem(
                f"{err} " + self.tr("The stream is open for this session only.")
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
            self._keep_renewals(provider, saved)
        self._spawn(tab.controller.reconnect(provider))
        self.window.tabs.setCurrentWidget(tab)

    # -- unread counts and highlights -----------------------------------------------------------

    def show_unread(self, tab: StreamTab) -> None:
        """ "Title (12)" on the tab, and the sum over all tabs in the window title."""
        index = self.window.tabs.indexOf(tab)
        if index >= 0:
            count = tab.unread_count()
            title = tab.controller.title
            text = f"{title} ({count:,})" if count else title
            self.window.tabs.setTabText(index, no_mnemonic(text))
        self._show_total()

    def _show_total(self) -> None:
        total = sum(c.model.unread_count() for c in self.controllers.values())
        title = f"({total:,}) {self.base_title}" if total else self.base_title
        self.window.setWindowTitle(window_title(title))

    def _notify(self, controller: StreamController, hits: list[ChatMessage]) -> None:
        first = hits[0]
        more = f" (+{len(hits) - 1} more)" if len(hits) > 1 else ""
        self.notifier.notify(
            inert(f"{controller.title} · {controller.provider.display_name}"),
            inert(f"{visible_name(first.author.name)}: {display_text(first.text[:120])}{more}"),
        )

    def _configure(self, controller: StreamController, settings: Settings) -> None:
        controller.undo_delay = settings.undo_delay_seconds
        if controller.highlighter.words != settings.highlights:
            controller.set_highlights(settings.highlights)
        self.notifier.enabled = settings.notifications

    # -- closing and order ----------------------------------------------------------------------

    def close_tab(self, widget: QWidget) -> None:
        """Close at once, asking nothing: forget the stream, stop its client."""
        saved = self.saved.pop(widget, None)
        controller = self.controllers.pop(widget, None)
        self.window.remove_tab(widget)
        self._show_total()
        if saved is not None:
            try:
                self.library.remove(saved)
            except StorageError as err:
                self.window.show_problem(str(err))
        if controller is not None:
            self._spawn(controller.close())

    def save_order(self) -> None:
        tabs = self.window.tabs
        order = [self.saved[w] for i in range(tabs.count()) if (w := tabs.widget(i)) in self.saved]
        try:
            self.library.reorder(order)
        except StorageError as err:
            self.window.show_problem(str(err))

    async def close_all(self) -> None:
        closing = [c.close() for c in self.controllers.values()]
        await asyncio.gather(*closing, *self._closing, return_exceptions=True)

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(work)
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    # -- settings -------------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(
            self.library.settings,
            keyring_available=self.keyring_available(),
            store_description=self.library.secrets.description,
            store_locked=""
            if self.open_store is not None
            else self.tr("The demo keeps sign-ins for this session only."),
            parent=self.window,
        )
        dialog.accepted.connect(
            lambda: self.apply_settings(dialog.settings(), dialog.passphrase.text() or None)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings, passphrase: str | None = None) -> None:
        """Save the new settings and apply at once what can be (theme, secret store)."""
        before = self.library.settings.secret_store
        try:
            self.library.update(settings)
        except StorageError as err:
            self.window.show_problem(str(err))
            return
        for controller in self.controllers.values():
            self._configure(controller, settings)
        if self.themes is not None:
            self.themes.apply(settings.theme)
        if settings.secret_store != before or passphrase:
            self._switch_store(settings.secret_store, passphrase)

    def _switch_store(self, kind: StoreKind, passphrase: str | None) -> None:
        if self.open_store is None:
            return
        try:
            choice = self.open_store(kind, passphrase)
            self.library.move_secrets(choice.store)
        except StorageError as err:
            self.window.show_problem(f"{err} " + self.tr("Sign-ins stay where they were."))
            return
        self.store_notice = choice.notice
        self.window.statusBar().showMessage(
            tr_core("Core", choice.notice or "")
            or self.tr("Sign-ins are now kept in {store}.").format(
                store=tr_core("Storage", choice.store.description)
            ),
            15_000,
        )


def saved_title(saved: SavedStream, model: type[Connection]) -> str:
    """The stream's own title (its label, or what its platform calls it) without its secrets."""
    if label := saved.public.get("label"):
        return str(label)
    try:  # the title needs no secret: build the settings unchecked, without them
        return model.model_construct(**saved.public).title()
    except Exception:  # an old or odd saved stream: its first own setting names it
        own = [name for name in model.model_fields if name not in Connection.model_fields]
        return str(saved.public.get(own[0], "")) if own else ""
