"""The chat's text size kept in the settings (View → Zoom in / Zoom out / Normal size).

Every change is saved at once, and the saved size is applied when the workspace opens, so it
is the same after a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from moderator.errors import StorageError
from moderator.storage.streams import StreamLibrary
from moderator.ui.kit import messages
from moderator.ui.kit.zoom import Zoom, zoom
from moderator.ui.shell.main_window import MainWindow


class ZoomKeeper(QObject):
    """Saves each new size; a child of the window, so it stops listening with it."""

    def __init__(self, window: MainWindow, library: StreamLibrary, shared: Zoom) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.zoom = shared
        shared.set_percent(library.settings.zoom_percent)
        shared.changed.connect(self.save)

    def save(self, percent: int) -> None:
        if self.library.settings.zoom_percent == percent:
            return
        try:
            self.library.update(self.library.settings.model_copy(update={"zoom_percent": percent}))
        except StorageError as err:
            sentence = QCoreApplication.translate(
                "ZoomKeeper", "The text size could not be saved: %1"
            ).replace("%1", str(err))
            messages.error(sentence)


def keep_zoom(window: MainWindow, library: StreamLibrary) -> ZoomKeeper:
    return ZoomKeeper(window, library, zoom())
