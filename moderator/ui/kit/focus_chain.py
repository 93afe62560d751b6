"""Tab order as the eye reads: top to bottom, left to right.

Qt tabs through widgets in the order they were made, which is not the order a window shows
them in when a part is built later (a form rebuilt for another platform, radio buttons made
after the field beside them). :func:`chain_focus` puts widgets one after the other in the
focus chain; the chain is a ring, so what is not named keeps its place around them.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def chain_focus(*widgets: QWidget | None) -> None:
    """Tab moves through ``widgets`` in this order (None: left out)."""
    shown = [w for w in widgets if w is not None]
    for first, second in pairwise(shown):
        QWidget.setTabOrder(first, second)


def tab_stops(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that Tab reaches, in creation order (for :func:`chain_focus`
    over a part built elsewhere)."""
    return [w for w in root.findChildren(QWidget) if takes_tab(w)]


def takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def tab_ring(root: QWidget) -> list[QWidget]:
    """Where Tab goes under ``root``, following the focus chain once round from ``root``:
    the visible, enabled widgets that take Tab (what the tests check)."""
    found: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not root and widget is not None:
        shown = root.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
        if shown and takes_tab(widget):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found
