"""The icons ship inside the package and load without touching the file system by hand."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from moderator.app import app_icon
from moderator.resources import ICON_SIZES, icon_pngs


def test_every_icon_size_ships_as_a_png() -> None:
    pngs = icon_pngs()
    assert sorted(pngs) == sorted(ICON_SIZES)
    assert all(png.startswith(b"\x89PNG\r\n\x1a\n") for png in pngs.values())


def test_the_app_icon_has_every_size(qtbot: QtBot) -> None:
    icon = app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert sizes == set(ICON_SIZES)
