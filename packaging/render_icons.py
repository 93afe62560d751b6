"""Render the hand-drawn SVG mark into every icon file the installers need.

    uv run python packaging/render_icons.py      (again after editing the SVG)

Writes, all committed:
  moderator/resources/icons/moderator-{16..256}.png   window icon and the Linux hicolor theme
  packaging/windows/moderator.ico                     the .exe and the Inno Setup installer
  packaging/macos/moderator.icns                      the .app bundle

The PNGs ship as package data, so neither a source run nor the frozen app needs Qt's SVG
plugin to show its icon. ICO and ICNS both accept PNG-encoded images, so they are written here
directly instead of pulling in Pillow or macOS's iconutil.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "moderator" / "resources" / "icons"
SVG = ICONS / "moderator.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, by pixel size (the @2x types reuse the larger pixels)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # the stubs want bytes for the format; PySide6 6.11 itself accepts only str here
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise SystemExit(f"could not encode the {size}px PNG")
    return bytes(buffer.data().data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose images are PNGs (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of PNG elements; each element is its type, length, data (big-endian)."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    print(f"{path.relative_to(ROOT)}  {len(data)} bytes")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    sizes = {*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)}
    pngs = {size: render(renderer, size) for size in sorted(sizes)}
    for size in PNG_SIZES:
        write(ICONS / f"moderator-{size}.png", pngs[size])
    write(ROOT / "packaging" / "windows" / "moderator.ico", ico({s: pngs[s] for s in ICO_SIZES}))
    write(ROOT / "packaging" / "macos" / "moderator.icns", icns(pngs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
