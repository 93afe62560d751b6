"""Rows drawn ahead of the paint, as pictures: a fast chat's paint copies them instead of
drawing every row in sight in one long turn of the GUI loop.

A chat at 5,000 msg/s brings a screen of new rows to every frame. Laying them out and drawing
them (~0.2 ms a row each) in the paint made that one turn 5–15 ms, and a late frame. The view
now draws the rows in sight into pictures in short turns before it paints (see
``MessageView._paint_again``); the paint then copies each picture, and draws any row it has no
current picture of as before.

A picture is used only for the very message it was drawn from (a changed message is a new
object) with the same look (:meth:`MessageDelegate.look`: its layout, picture, dimming, palette
and state) at the same size. Selected and focused rows, and the inline buttons, are always
drawn live. The table is bounded in bytes (two screens of the list), and emptied when the list
is hidden.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from moderator.core.models import ChatMessage
from moderator.ui.messages.delegate import MessageDelegate

#: pictures (and spare images) kept, in screens of the list: the rows in sight and as many
#: again for the spares and the rows just scrolled past
SCREENS = 2
#: the least kept, in bytes, however small the list
FLOOR_BYTES = 2 * 1024 * 1024
FORMAT = QImage.Format.Format_ARGB32_Premultiplied
#: images kept for reuse per size (rows of one line share a size: most of a chat)
SPARE_PER_SIZE = 32


@dataclass(slots=True)
class Picture:
    message: ChatMessage
    look: tuple[object, ...]
    size: tuple[int, int]
    ratio: float
    image: QImage


class RowImages:
    """Pictures of plain rows, by message id, least recently used first."""

    def __init__(self, budget: int = FLOOR_BYTES) -> None:
        self._budget = budget
        #: bytes of the pictures kept, and of the spare images
        self._bytes = 0
        self._spare_bytes = 0
        self._kept: OrderedDict[str, Picture] = OrderedDict()
        #: images of dropped pictures, by size, drawn over again rather than allocated anew
        self._spare: dict[tuple[int, int, float], list[QImage]] = {}
        #: ids whose pictures were found or drawn current while readying this frame
        self._ready: set[str] = set()
        #: rows drawn into pictures, pictures copied into a paint, and rows the paint drew
        #: itself for want of a current picture (for tests and probes)
        self.drawn = 0
        self.copied = 0
        self.live = 0

    def __len__(self) -> int:
        return len(self._kept)

    def clear(self) -> None:
        self._kept.clear()
        self._spare.clear()
        self._ready.clear()
        self._bytes = self._spare_bytes = 0

    def fit(self, screen_bytes: int) -> None:
        """Keep about ``SCREENS`` screens of a list whose viewport takes ``screen_bytes``."""
        self._budget = max(FLOOR_BYTES, SCREENS * screen_bytes)
        while self._bytes + self._spare_bytes > self._budget and self._kept:
            self._drop(self._kept.popitem(last=False)[1])
        if self._bytes + self._spare_bytes > self._budget:
            self._spare.clear()
            self._spare_bytes = 0

    @property
    def size_in_bytes(self) -> int:
        return self._bytes + self._spare_bytes

    def ready(self, message: ChatMessage) -> bool:
        """Whether this frame's readying already found or drew the row's picture (asked while
        readying, so a row in sight is compared once per frame, not once per turn)."""
        picture = self._kept.get(message.id)
        return picture is not None and picture.message is message and message.id in self._ready

    def mark_ready(self, message: ChatMessage) -> None:
        self._ready.add(message.id)

    def frame_painted(self) -> None:
        """The frame is on screen: the next one compares its rows afresh."""
        self._ready.clear()

    def current(
        self,
        delegate: MessageDelegate,
        option: QStyleOptionViewItem,
        message: ChatMessage,
        ratio: float,
    ) -> Picture | None:
        """The row's picture if it shows the row as it is now."""
        picture = self._kept.get(message.id)
        if (
            picture is None
            or picture.message is not message
            or picture.ratio != ratio
            or picture.size != (option.rect.width(), option.rect.height())
            or picture.look != delegate.look(message, option)
        ):
            return None
        return picture

    def copy(
        self,
        painter: QPainter,
        delegate: MessageDelegate,
        option: QStyleOptionViewItem,
        message: ChatMessage,
        ratio: float,
    ) -> bool:
        """Copy the row's current picture to ``option.rect``; False when there is none."""
        picture = self.current(delegate, option, message, ratio)
        if picture is None:
            return False
        self._kept.move_to_end(message.id)
        painter.drawImage(option.rect.topLeft(), picture.image)
        self.copied += 1
        return True

    def draw(
        self,
        delegate: MessageDelegate,
        option: QStyleOptionViewItem,
        message: ChatMessage,
        ratio: float,
        background: QColor,
    ) -> None:
        """Draw the row into a picture on the list's background, as the paint would."""
        width, height = option.rect.width(), option.rect.height()
        if width <= 0 or height <= 0:
            return
        image = self._image(width, height, ratio)
        image.fill(background)
        placed = QStyleOptionViewItem(option)
        placed.rect = QRect(QPoint(0, 0), option.rect.size())
        painter = QPainter(image)
        try:
            delegate.paint_body(painter, placed, message)
        finally:
            painter.end()
        look = delegate.look(message, placed)
        self._keep(Picture(message, look, (width, height), ratio, image))
        self._ready.add(message.id)
        self.drawn += 1

    def _image(self, width: int, height: int, ratio: float) -> QImage:
        spare = self._spare.get((width, height, ratio))
        if spare:
            image = spare.pop()
            self._spare_bytes -= image.sizeInBytes()
            return image
        image = QImage(round(width * ratio), round(height * ratio), FORMAT)
        image.setDevicePixelRatio(ratio)
        return image

    def _keep(self, picture: Picture) -> None:
        old = self._kept.pop(picture.message.id, None)
        if old is not None:
            self._drop(old)
        self._kept[picture.message.id] = picture
        self._bytes += picture.image.sizeInBytes()
        while self._bytes + self._spare_bytes > self._budget and self._spare:
            self._spare_bytes -= sum(i.sizeInBytes() for i in self._spare.popitem()[1])
        while self._bytes > self._budget and len(self._kept) > 1:
            self._drop(self._kept.popitem(last=False)[1])

    def _drop(self, picture: Picture) -> None:
        """Forget ``picture``; its image is kept to draw the next row of its size into, while
        the spare images and the pictures together stay within the budget."""
        size = picture.image.sizeInBytes()
        self._bytes -= size
        spare = self._spare.setdefault((*picture.size, picture.ratio), [])
        if len(spare) < SPARE_PER_SIZE and self.size_in_bytes + size <= self._budget:
            spare.append(picture.image)
            self._spare_bytes += size
