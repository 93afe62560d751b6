"""What a screen reader says for the parts of a stream's tab that show no words of their own
(the status dot, the ✕ of the notice bar) or whose words are no name (a placeholder)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from moderator.ui.bridge.controller import StreamController


class Named(Protocol):
    """The parts of a stream's tab named here (a protocol: the tab imports this module)."""

    @property
    def controller(self) -> StreamController: ...

    @property
    def status_dot(self) -> QLabel: ...

    @property
    def status_label(self) -> QLabel: ...

    @property
    def notice_bar(self) -> QWidget: ...

    @property
    def send_box(self) -> QLineEdit: ...

    @property
    def send_button(self) -> QPushButton: ...

    @property
    def view(self) -> QWidget: ...

    def setAccessibleName(self, name: str) -> None: ...


def name_for_readers(tab: Named) -> None:
    provider = tab.controller.provider
    tab.setAccessibleName(f"{provider.display_name}: {tab.controller.title}")
    tab.status_dot.setAccessibleName(QCoreApplication.translate("StreamTab", "Connection status"))
    tab.status_label.setAccessibleName(QCoreApplication.translate("StreamTab", "Connection"))
    tab.notice_bar.setAccessibleName(QCoreApplication.translate("StreamTab", "Notice"))
    close = tab.notice_bar.findChild(QToolButton)
    if close is not None:
        close.setAccessibleName(QCoreApplication.translate("StreamTab", "Dismiss the notice"))
    tab.send_box.setAccessibleName(QCoreApplication.translate("StreamTab", "Message to send"))
    tab.send_box.setAccessibleDescription(tab.send_box.placeholderText())
    tab.send_button.setAccessibleDescription(
        QCoreApplication.translate("StreamTab", "Send the message to the chat (Enter)")
    )
    tab.view.setAccessibleDescription(
        QCoreApplication.translate(
            "StreamTab", "Up and Down move between messages; the Menu key lists what you can do"
        )
    )
