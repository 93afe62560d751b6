"""Clicking an author's name in a tab opens their user card; so does double-clicking a row.

An event filter on each tab's view (installed from the cross-stream wiring, so the tab itself
needs no change): the name's place in the row comes from the delegate's own layout of it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from moderator.core.models import Author, ChatMessage
from moderator.ui.messages.delegate import PAD_X, PAD_Y
from moderator.ui.messages.message_view import MessageView

OpenCard = Callable[[Author, str], object]


class AuthorClicks(QObject):
    def __init__(self, open_card: OpenCard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_card = open_card
        self._views: dict[QWidget, MessageView] = {}
        #: the release that ends a double click is no click of its own
        self._ending_double = False

    def watch(self, view: MessageView) -> None:
        viewport = view.viewport()
        self._views[viewport] = view
        viewport.installEventFilter(self)
        viewport.destroyed.connect(lambda: self._views.pop(viewport, None))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self._views.get(watched)  # type: ignore[call-overload]
        if view is None or not isinstance(event, QMouseEvent):
            return False
        if (
            event.button() is not Qt.MouseButton.LeftButton
            or event.modifiers() != Qt.KeyboardModifier.NoModifier
        ):
            return False
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick):
            return False
        pos = event.position().toPoint()
        message = view.message_at(view.indexAt(pos))
        if message is None:
            return False
        on_name = name_rect(view, message, pos).contains(pos)
        if kind == QEvent.Type.MouseButtonDblClick:
            self._ending_double = True
            if not on_name:  # on the name, the first click's release opened the card already
                self._open_card(message.author, message.stream_key)
        elif self._ending_double:
            self._ending_double = False
        elif on_name:
            self._open_card(message.author, message.stream_key)
        return False  # selection and the view's own handling go on as usual


def name_rect(view: MessageView, message: ChatMessage, pos: QPoint) -> QRectF:
    """Where the author's name is painted in the row at ``pos``, in viewport coordinates."""
    rect = view.visualRect(view.indexAt(pos))
    delegate = view.message_delegate
    row = delegate.cached_layout(message, view.font(), rect.width())
    if not row.name:
        return QRectF()
    fonts = delegate.fonts(view.font())
    # the author's picture before the name opens the card too
    picture = delegate.avatars.room(fonts.line_h) if delegate.avatars is not None else 0.0
    left = rect.left() + PAD_X + row.name_x - picture
    width = fonts.bold_m.horizontalAdvance(row.name) + picture
    return QRectF(left, rect.top() + PAD_Y, width, fonts.line_h)
