"""Draws an author's picture before the name: a round picture, or initials while it loads or
when there is none (the platform sends none, it was refused, pictures are off).

One :class:`AvatarPainter` per list, a child of its view: it repaints the view when a picture
arrives and lays the rows out again when the setting changes, and goes with the view.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Protocol

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QAbstractItemView

from moderator.core.avatars import initials
from moderator.core.models import ChatMessage
from moderator.ui.messages.avatar_store import AvatarStore, installed

#: space between the picture and the name, in pixels
GAP = 3.0
#: round pictures kept ready to draw, per size (a few screens of authors)
ROUND_KEPT = 512
WHITE = QColor("white")


class Laid(Protocol):
    """What the painter needs of the delegate's fonts and of the delegate."""

    line_h: float
    bold: QFont


class Forgetful(Protocol):
    @property
    def highlighter(self) -> object: ...

    def forget(self, message_id: str | None = None) -> None: ...


class AvatarPainter(QObject):
    def __init__(self, store: AvatarStore, view: QAbstractItemView, delegate: Forgetful) -> None:
        super().__init__(view)
        self.store = store
        self._view = view
        self._delegate = delegate
        self._round: OrderedDict[tuple[int, int], QPixmap] = OrderedDict()
        self.discs = InitialsDiscs()
        store.arrived.connect(self._arrived)
        store.toggled.connect(self._toggled)

    @property
    def enabled(self) -> bool:
        return self.store.enabled

    def room(self, line_h: float) -> float:
        """Width the picture takes before a name (0 with pictures off)."""
        return self.side(line_h) + GAP if self.store.enabled else 0.0

    @staticmethod
    def side(line_h: float) -> float:
        return max(8.0, line_h - 2.0)

    def look(self, message: ChatMessage) -> int:
        """What the author's picture looks like now (see MessageDelegate.look): off (-1), the
        initials disc (0), or the picture's cache key; asking starts no fetch."""
        if not self.store.enabled:
            return -1
        image = self.store.kept(message.author.avatar_url)
        return 0 if image is None else image.cacheKey()

    def paint(
        self, painter: QPainter, name: QPointF, fonts: Laid, message: ChatMessage, colour: QColor
    ) -> None:
        """The picture in the room before the name at ``name`` (the first line's top left)."""
        if not self.store.enabled:
            return
        side = self.side(fonts.line_h)
        top = name.y() + (fonts.line_h - side) / 2
        rect = QRectF(name.x() - side - GAP, top, side, side)
        image = self.store.image(message.stream_key, message.author.avatar_url)
        if image is not None:
            painter.drawPixmap(rect.topLeft(), self._rounded(image, rect, painter))
        else:
            self.discs.paint(painter, rect, message.author.name, colour, fonts.bold)

    def _rounded(self, image: QImage, rect: QRectF, painter: QPainter) -> QPixmap:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixels = max(1, round(rect.width() * ratio))
        key = (image.cacheKey(), pixels)
        hit = self._round.get(key)
        if hit is None:
            hit = rounded(image, pixels)
            hit.setDevicePixelRatio(ratio)
            self._round[key] = hit
            if len(self._round) > ROUND_KEPT:
                self._round.popitem(last=False)
        return hit

    @Slot(str)
    def _arrived(self, _url: str) -> None:
        self._view.viewport().update()

    @Slot(bool)
    def _toggled(self, _enabled: bool) -> None:
        self._round.clear()
        self.discs.clear()
        # every row again, with or without the picture's room (as after a new highlighter)
        relayout = getattr(self._view, "set_highlighter", None)
        if callable(relayout):
            relayout(self._delegate.highlighter)
        else:
            self._delegate.forget()
            self._view.viewport().update()


def rounded(image: QImage, pixels: int) -> QPixmap:
    """``image`` cropped to a circle ``pixels`` across."""
    square = image.scaled(
        pixels,
        pixels,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    out = QPixmap(pixels, pixels)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(QRectF(0, 0, pixels, pixels))
    painter.setClipPath(path)
    x = (pixels - square.width()) / 2
    y = (pixels - square.height()) / 2
    painter.drawImage(QRectF(x, y, square.width(), square.height()), square)
    painter.end()
    return out


def paint_initials(painter: QPainter, rect: QRectF, name: str, colour: QColor, font: QFont) -> None:
    """A disc in the author's colour with one or two letters of the name."""
    paint_letters(painter, rect, initials(name), colour, font)


class InitialsDiscs:
    """Initials discs drawn once per (letters, colour, size, font) and then copied.

    Drawing a disc (an antialiased ellipse, a font made and a string shaped) on every paint of
    every row cost a quarter of painting a row in a fast chat; a chat repeats its few hundred
    authors, so a small table of ready pixmaps serves nearly every paint."""

    def __init__(self, limit: int = ROUND_KEPT) -> None:
        self._limit = limit
        self._kept: OrderedDict[tuple[str, int, int, float, str], QPixmap] = OrderedDict()
        #: discs drawn so far (not copied from the table)
        self.drawn = 0

    def clear(self) -> None:
        self._kept.clear()

    def paint(
        self, painter: QPainter, rect: QRectF, name: str, colour: QColor, font: QFont
    ) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixels = max(1, round(rect.width() * ratio))
        letters = initials(name)
        key = (letters, colour.rgba(), pixels, ratio, font.key())
        disc = self._kept.get(key)
        if disc is None:
            disc = self._draw(letters, colour, font, pixels, ratio)
            self._kept[key] = disc
            if len(self._kept) > self._limit:
                self._kept.popitem(last=False)
        else:
            self._kept.move_to_end(key)
        painter.drawPixmap(rect.topLeft(), disc)

    def _draw(
        self, letters: str, colour: QColor, font: QFont, pixels: int, ratio: float
    ) -> QPixmap:
        self.drawn += 1
        disc = QPixmap(pixels, pixels)
        disc.setDevicePixelRatio(ratio)
        disc.fill(Qt.GlobalColor.transparent)
        painter = QPainter(disc)
        side = pixels / ratio
        paint_letters(painter, QRectF(0, 0, side, side), letters, colour, font)
        painter.end()
        return disc


def paint_letters(
    painter: QPainter, rect: QRectF, letters: str, colour: QColor, font: QFont
) -> None:
    """A disc in ``colour`` with ``letters`` on it (see :func:`paint_initials`)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawEllipse(rect)
    small = QFont(font)
    small.setBold(True)
    small.setPixelSize(max(6, round(rect.height() * 0.45)))
    painter.setFont(small)
    painter.setPen(WHITE)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letters)
    painter.restore()


def painter_for(view: QAbstractItemView, delegate: Forgetful) -> AvatarPainter | None:
    """The view's picture painter when pictures are installed (:func:`install`), else None."""
    store = installed()
    return None if store is None else AvatarPainter(store, view, delegate)
