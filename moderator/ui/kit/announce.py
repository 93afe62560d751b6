"""Tell assistive technology what just happened, without moving the focus.

:func:`announce` sends a ``QAccessibleAnnouncementEvent`` (Qt 6.8+: a screen reader speaks it,
politely after what it is saying, or at once when assertive). Listeners (:func:`listen`) hear
every announcement too: the tests record them, as a screen reader would.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

Politeness = QAccessible.AnnouncementPoliteness


@dataclass(frozen=True, slots=True)
class Announcement:
    source: QObject
    text: str
    assertive: bool


Listener = Callable[[Announcement], None]
_LISTENERS: list[Listener] = []


def listen(listener: Listener) -> Callable[[], None]:
    """Hear every announcement from now on; call the result to stop."""
    _LISTENERS.append(listener)
    return lambda: _LISTENERS.remove(listener) if listener in _LISTENERS else None


def announce(source: QObject, text: str, *, assertive: bool = False) -> None:
    """Say ``text`` on behalf of ``source`` (a widget, or an object inside one)."""
    if not text:
        return
    said = Announcement(source, text, assertive)
    for listener in list(_LISTENERS):
        listener(said)
    event = QAccessibleAnnouncementEvent(source, text)
    event.setPoliteness(Politeness.Assertive if assertive else Politeness.Polite)
    QAccessible.updateAccessibility(event)
