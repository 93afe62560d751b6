"""Files that ship inside the package (icons), found with importlib.resources.

importlib.resources works the same from a source tree, an installed wheel and a PyInstaller
bundle (the spec collects this folder as data), so nothing here builds a path by hand.
"""

from __future__ import annotations

from importlib.resources import files

#: the PNG sizes rendered from icons/moderator.svg (packaging/render_icons.py)
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def icon_pngs() -> dict[int, bytes]:
    """The app icon as PNG bytes by pixel size; sizes whose file is missing are left out."""
    folder = files(__name__).joinpath("icons")
    pngs: dict[int, bytes] = {}
    for size in ICON_SIZES:
        png = folder.joinpath(f"moderator-{size}.png")
        if png.is_file():
            pngs[size] = png.read_bytes()
    return pngs
