"""The user card's picture of the author, and the badge of the platform they write on.

The picture comes from the installed :class:`~moderator.ui.messages.avatar_store.AvatarStore`
like the lists' do: initials until it arrives (or for good when there is none or pictures are
off), then the round picture.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Slot
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from moderator.core.models import Author
from moderator.ui.messages.avatar_paint import paint_initials, rounded
from moderator.ui.messages.avatar_store import installed
from moderator.ui.messages.row_colours import name_color

SIDE = 48
#: the platform badge's colours: one quiet colour for all, the name says which
PLATFORM_STYLE = "background: #3c4043; color: white; border-radius: 3px; padding: 1px 5px;"


class AvatarLabel(QLabel):
    def __init__(self, author: Author, stream_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.author = author
        self.stream_key = stream_key
        self.setFixedSize(SIDE, SIDE)
        self.setAccessibleName(self.tr("Picture of {name}").format(name=author.name))
        self.showing_picture = False
        store = installed()
        if store is not None:
            store.arrived.connect(self._arrived)
        self._arrived("")

    @Slot(str)
    def _arrived(self, url: str) -> None:
        if url and url != self.author.avatar_url:
            return
        store = installed()
        image = None if store is None else store.image(self.stream_key, self.author.avatar_url)
        ratio = self.devicePixelRatioF()
        if image is not None:
            pixmap = rounded(image, round(SIDE * ratio))
        else:
            pixmap = QPixmap(round(SIDE * ratio), round(SIDE * ratio))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            rect = QRectF(0, 0, pixmap.width(), pixmap.height())
            paint_initials(painter, rect, self.author.name, name_color(self.author.id), self.font())
            painter.end()
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)
        self.showing_picture = image is not None


def platform_badge(platform: str, parent: QWidget | None = None) -> QLabel:
    """The platform's name as a small dark chip ("PRISM")."""
    badge = QLabel(platform, parent)
    badge.setTextFormat(Qt.TextFormat.PlainText)
    badge.setStyleSheet(PLATFORM_STYLE)
    text = QCoreApplication.translate("AvatarLabel", "Platform: {platform}")
    badge.setAccessibleName(text.format(platform=platform))
    return badge
