"""The order of the tabs is the order of the saved streams: moving a tab saves it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from moderator.errors import StorageError
from moderator.storage.settings import SavedStream
from moderator.storage.streams import StreamLibrary
from moderator.ui.kit import messages
from moderator.ui.shell.main_window import MainWindow


class TabOrder:
    def __init__(
        self, window: MainWindow, library: StreamLibrary, saved: dict[QWidget, SavedStream]
    ) -> None:
        self.window = window
        self.library = library
        self.saved = saved
        window.tabs.tabBar().tabMoved.connect(lambda _a, _b: self.save())

    def save(self) -> None:
        tabs = self.window.tabs
        order = [self.saved[w] for i in range(tabs.count()) if (w := tabs.widget(i)) in self.saved]
        try:
            self.library.reorder(order)
        except StorageError as err:
            messages.error(str(err))
