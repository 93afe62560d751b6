"""Bringing back the saved streams at start, in their order, each reconnecting by itself; one
whose saved sign-in is gone (or whose platform Moderator no longer knows) comes back as a tab
that says so, with a button that reopens the connect dialog prefilled."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from moderator.core.provider import Connection
from moderator.errors import ModeratorError, StorageError
from moderator.storage.settings import SavedStream
from moderator.storage.streams import StreamLibrary
from moderator.ui.dialogs.services import ConnectServices
from moderator.ui.kit.i18n import tr_core
from moderator.ui.shell.connecting import AskSignIn, OpenProvider
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.sign_in_tab import SignInAgainTab

log = logging.getLogger(__name__)


class Restorer:
    def __init__(
        self,
        window: MainWindow,
        services: ConnectServices,
        library: StreamLibrary,
        *,
        saved: dict[QWidget, SavedStream],
        open_provider: OpenProvider,
        ask_sign_in: AskSignIn,
    ) -> None:
        self.window = window
        self.services = services
        self.library = library
        self.saved = saved
        self.open_provider = open_provider
        self.ask_sign_in = ask_sign_in

    def restore(self) -> None:
        """Bring back the saved streams, in their order, each reconnecting by itself."""
        for saved in self.library.streams:
            self.restore_one(saved)

    def restore_one(self, saved: SavedStream) -> None:
        try:
            model = self.services.choice(saved.provider).connection
        except KeyError:
            sentence = QCoreApplication.translate(
                "Workspace", "Moderator does not know the platform “{platform}” any more."
            ).format(platform=saved.provider)
            self.add_signed_out(saved, sentence, can_sign_in=False)
            return
        try:
            provider = self.services.create(self.library.restore(saved, model))
        except StorageError as err:
            log.warning("%s", err)
            title = tr_core("Core", saved_title(saved, model))
            sentence = QCoreApplication.translate(
                "Workspace",
                "The saved sign-in for the {platform} stream “{title}” is missing or locked: "
                "signed out, sign in again.",
            ).format(platform=self.display_name(saved.provider), title=title)
            self.add_signed_out(saved, sentence, can_sign_in=True, title=title)
            return
        except ModeratorError as err:
            self.add_signed_out(saved, tr_core("Core", err.sentence()), can_sign_in=True)
            return
        self.open_provider(provider, saved)

    def add_signed_out(
        self, saved: SavedStream, sentence: str, *, can_sign_in: bool, title: str = ""
    ) -> SignInAgainTab:
        tab = SignInAgainTab(sentence, can_sign_in=can_sign_in)
        title = title or str(saved.public.get("label") or self.display_name(saved.provider))
        self.window.insert_tab(
            tab,
            QIcon(),
            QCoreApplication.translate("Workspace", "{title} (sign in again)").format(title=title),
        )
        self.saved[tab] = saved
        tab.sign_in_requested.connect(
            lambda: self.ask_sign_in(
                provider=saved.provider, values=saved.public, reason=sentence, replace=tab
            )
        )
        return tab

    def display_name(self, name: str) -> str:
        try:
            return self.services.choice(name).display_name
        except KeyError:
            return name


def saved_title(saved: SavedStream, model: type[Connection]) -> str:
    """The stream's own title (its label, or what its platform calls it) without its secrets."""
    if label := saved.public.get("label"):
        return str(label)
    try:  # the title needs no secret: build the settings unchecked, without them
        return model.model_construct(**saved.public).title()
    except Exception:  # an old or odd saved stream: its first own setting names it
        own = [name for name in model.model_fields if name not in Connection.model_fields]
        return str(saved.public.get(own[0], "")) if own else ""
