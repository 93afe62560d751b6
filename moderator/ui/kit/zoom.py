"""The chat's text size: Ctrl + / Ctrl − / Ctrl 0 scale every list of messages at once.

One :class:`Zoom` for the app (:func:`zoom`); each list follows it with :func:`follow_zoom`,
which keeps the list's own font as 100 % and lays its rows out again on every change, so
row heights grow and shrink with the text. The setting is kept by the shell (zoom_keeper).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableView, QWidget

#: the sizes Ctrl + and Ctrl − step through, in percent of the normal size
STEPS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
NORMAL = 100


class Zoom(QObject):
    """The current size in percent; ``changed`` carries the new one."""

    changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._percent = NORMAL

    @property
    def percent(self) -> int:
        return self._percent

    def set_percent(self, percent: int) -> None:
        """Any size between the smallest and largest step (a hand-edited setting is clamped)."""
        percent = min(max(int(percent), STEPS[0]), STEPS[-1])
        if percent != self._percent:
            self._percent = percent
            self.changed.emit(percent)

    def zoom_in(self) -> None:
        self.set_percent(next((s for s in STEPS if s > self._percent), STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_percent(next((s for s in reversed(STEPS) if s < self._percent), STEPS[0]))

    def reset(self) -> None:
        self.set_percent(NORMAL)


_ZOOM: Zoom | None = None


def zoom() -> Zoom:
    """The app's one zoom (made on first use, after the QApplication)."""
    global _ZOOM
    if _ZOOM is None:
        _ZOOM = Zoom()
    return _ZOOM


def scaled(font: QFont, percent: int) -> QFont:
    """``font`` at ``percent`` of its size (point or pixel, whichever it is set in)."""
    result = QFont(font)
    if font.pointSizeF() > 0:
        result.setPointSizeF(font.pointSizeF() * percent / 100)
    elif font.pixelSize() > 0:
        result.setPixelSize(max(1, round(font.pixelSize() * percent / 100)))
    return result


class _Follower(QObject):
    def __init__(self, widget: QWidget, relayout: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._base = QFont(widget.font())
        self._relayout = relayout
        zoom().changed.connect(self.apply)
        if zoom().percent != NORMAL:
            self.apply(zoom().percent)

    def apply(self, percent: int) -> None:
        self._widget.setFont(scaled(self._base, percent))
        self._relayout()


def follow_zoom(widget: QWidget, relayout: Callable[[], None] = lambda: None) -> None:
    """Give ``widget`` the zoomed font now and on every change, then call ``relayout`` (forget
    measured rows). The follower is the widget's child: it goes with it."""
    _Follower(widget, relayout)


def follow_zoom_rows(table: QTableView) -> None:
    """A table's text follows the zoom, and its rows with it (the style's height is 100 %)."""
    rows = table.verticalHeader()
    normal = rows.defaultSectionSize()
    follow_zoom(table, lambda: rows.setDefaultSectionSize(round(normal * zoom().percent / 100)))
