"""Decoding a stranger's picture: small, refused before decoding when it states a huge size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from moderator.ui.kit.avatar_image import decode_avatar
from tests.hostile.pictures import bomb_png, jpeg_header_claiming, png


def encoded(image: QImage, kind: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind)  # type: ignore[call-overload]
    return bytes(data.data())


def test_a_small_picture_is_kept_at_its_size(qapp: QApplication) -> None:
    image = decode_avatar(png(16, 12))
    assert image is not None and (image.width(), image.height()) == (16, 12)
    assert image.pixelColor(3, 3) == QColor(200, 40, 40)


@pytest.mark.parametrize("kind", ["PNG", "JPG", "WEBP"])
def test_a_larger_picture_is_scaled_down(qapp: QApplication, kind: str) -> None:
    source = QImage(600, 300, QImage.Format.Format_RGB32)
    source.fill(QColor("teal"))
    image = decode_avatar(encoded(source, kind), side=64)
    assert image is not None and (image.width(), image.height()) == (64, 32)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(bomb_png(), id="png-50000px"),
        pytest.param(png(3000, 300), id="png-wider-than-2048"),
        pytest.param(jpeg_header_claiming(50_000, 50_000), id="jpeg-50000px"),
        pytest.param(b"<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>", id="svg"),
        pytest.param(b"GIF89a" + b"\xff" * 20, id="broken-gif"),
        pytest.param(b"", id="empty"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, id="png-without-header"),
        pytest.param(png(8, 8)[:-30], id="png-cut-short"),
    ],
)
def test_a_hostile_picture_gives_none(qapp: QApplication, data: bytes) -> None:
    assert decode_avatar(data) is None


def test_the_allocation_limit_holds_even_within_the_stated_side(qapp: QApplication) -> None:
    # with the side check opened up, the reader's own limit (16 MB) still stops 64 MB
    whole = png(4000, 4000)
    assert len(whole) < 256 * 1024
    assert decode_avatar(whole, max_source_side=10_000) is None
    assert decode_avatar(png(1000, 1000), max_source_side=10_000) is not None
