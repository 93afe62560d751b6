"""Turns a fetched picture's bytes into a small QImage, refusing what could hurt.

The bytes come from a stranger's profile. Only PNG, JPEG, GIF and WebP are read (never SVG, which
is a document, nor TIFF and the like); the size the file states is checked *before* anything is
decoded, the reader may allocate at most :data:`ALLOCATION_MB`, and the picture is decoded
straight to at most ``side`` pixels a side (JPEG scales while decoding).

Safe to call off the GUI thread (it makes a QImage, never a QPixmap): a 2048 px PNG takes a
few hundred ms to decode, and QImageReader.read() lets go of the GIL while it works (measured:
the GUI thread's longest pause stayed near the machine's usual one while a thread decoded).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from moderator.core.avatars import MAX_SIDE, MAX_SOURCE_SIDE

log = logging.getLogger(__name__)

#: the formats read, by what QImageReader calls them
FORMATS = frozenset({b"png", b"jpeg", b"jpg", b"gif", b"webp"})
#: megabytes the reader may allocate: a 2048 x 2048 picture at 4 bytes a pixel is exactly 16
ALLOCATION_MB = 16


def decode_avatar(
    data: bytes, side: int = MAX_SIDE, max_source_side: int = MAX_SOURCE_SIDE
) -> QImage | None:
    """The picture at most ``side`` px a side, or None (not a picture, too large, damaged)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    if not buffer.open(QIODevice.OpenModeFlag.ReadOnly):
        return None
    reader = QImageReader(buffer)
    reader.setAllocationLimit(ALLOCATION_MB)
    kind = bytes(reader.format().data()).lower()
    if kind not in FORMATS:
        log.info("avatar refused: format %r", kind[:16])
        return None
    size = reader.size()
    if not size.isValid() or size.isEmpty() or max(size.width(), size.height()) > max_source_side:
        log.info("avatar refused: stated size %sx%s", size.width(), size.height())
        return None
    if max(size.width(), size.height()) > side:
        reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        log.info("avatar refused: %s", reader.errorString())
        return None
    return _fitted(image, side)


def _fitted(image: QImage, side: int) -> QImage:
    """A reader that ignored the scaled size (some formats do) still gives ``side`` at most."""
    if max(image.width(), image.height()) <= side:
        return image
    return image.scaled(
        QSize(side, side),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
