"""Telling the moderator a highlight arrived while they look elsewhere: a tray message where
the desktop has one, the taskbar's attention flag, and the system's short sound."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget


class Notifier:
    def __init__(self, window: QWidget, icon: QIcon | None = None) -> None:
        self.window = window
        self.enabled = True
        #: what was announced (title, text), newest last: the status bar and tests read it
        self.sent: list[tuple[str, str]] = []
        self._tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            self._tray = QSystemTrayIcon(icon or window.windowIcon(), window)

    def notify(self, title: str, text: str) -> None:
        if not self.enabled:
            return
        self.sent.append((title, text))
        del self.sent[:-50]
        if self._tray is not None:
            self._tray.show()
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 5000)
        QApplication.alert(self.window, 0)
        # the system's own short sound: Qt Multimedia (QSoundEffect) is not part of this build
        QApplication.beep()
