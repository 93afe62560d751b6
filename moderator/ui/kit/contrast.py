"""Colour contrast as WCAG 2 measures it, and a colour nudged until it reads on a background.

The delegate keeps an author's colour and the grey of a deleted message readable on the
selection colour; the tests measure the theme's status text the same way.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

#: WCAG AA for normal text
READABLE = 4.5
_STEPS = 20
#: what colours are nudged to: AA, or 7:1 while the high-contrast theme is on
_required = READABLE


def set_required(minimum: float) -> None:
    """The contrast every nudged colour must reach from now on (the theme sets it)."""
    global _required
    _required = minimum


def required() -> float:
    return _required


def luminance(color: QColor) -> float:
    """WCAG relative luminance, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """From 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(color: QColor, background: QColor, minimum: float | None = None) -> QColor:
    """``color`` itself when it reads on ``background``; else mixed step by step towards white
    or black (whichever the background leaves more room for), keeping its hue as long as
    possible. Always ends readable: pure white or black reach 4.5:1 on any background.
    ``minimum`` defaults to :func:`required`."""
    minimum = _required if minimum is None else minimum
    if contrast(color, background) >= minimum:
        return QColor(color)
    target = QColor("white") if luminance(background) < 0.18 else QColor("black")
    for step in range(1, _STEPS + 1):
        mixed = _mix(color, target, step / _STEPS)
        if contrast(mixed, background) >= minimum:
            return mixed
    return target


def pen_on(color: QColor, backdrop: QColor | None) -> QColor:
    """The pen for text in ``color`` on ``backdrop`` (None: the plain row, left as it is)."""
    return color if backdrop is None else readable_on(color, backdrop)


def row_backdrop(palette: QPalette, selected: bool) -> QColor | None:
    """What a row's coloured text must read on: the selection colour; a plain row's base
    only while 7:1 is required (else its colours are left as the theme's designers chose)."""
    if selected:
        return palette.color(QPalette.ColorRole.Highlight)
    return palette.color(QPalette.ColorRole.Base) if _required > READABLE else None


def dims_read_rows() -> bool:
    """Read rows are drawn faded, except in high contrast (faded text would fall below 7:1)."""
    return _required <= READABLE


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    keep = 1.0 - share
    return QColor.fromRgbF(
        a.redF() * keep + b.redF() * share,
        a.greenF() * keep + b.greenF() * share,
        a.blueF() * keep + b.blueF() * share,
        a.alphaF(),
    )
