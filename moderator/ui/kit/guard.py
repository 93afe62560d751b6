"""Display code that cannot take the app down.

An exception escaping a Qt virtual (``data()``, ``paint()``, ``sizeHint()``, ``headerData()``,
``paintEvent()``) aborts the whole process, every stream with it. :func:`guarded` turns one into
a logged, counted *display problem* and answers a harmless value instead; the main window shows
the count. :func:`shown_time` formats a time for the moderator's zone without ever raising.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any, ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from moderator.core.models import ChatMessage
from moderator.ui.kit.i18n import QT_TRANSLATE_NOOP, clock_time, local_time

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")

UNKNOWN_TIME = QT_TRANSLATE_NOOP("Time", "time unknown")
#: the formats shown in the locale's own way: a date with a time, and a time of day
DATE_TIME = "%Y-%m-%d %H:%M:%S"
CLOCK = "%H:%M:%S"
#: a failing paint repeats on every frame: log the first of each place, then every Nth
LOG_EVERY = 1_000


class DisplayProblems(QObject):
    """How many times display code failed since the start (each one logged, not raised)."""

    changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.count = 0
        self._by_place: dict[str, int] = {}

    def report(self, place: str, error: Exception) -> None:
        self.count += 1
        seen = self._by_place[place] = self._by_place.get(place, 0) + 1
        if seen == 1 or seen % LOG_EVERY == 0:
            log.error(
                "display problem in %s (%d there so far); the row is shown without it",
                place,
                seen,
                exc_info=(type(error), error, error.__traceback__),
            )
        self.changed.emit(self.count)


PROBLEMS = DisplayProblems()


def guarded(fallback: Callable[[], Any]) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Run a Qt virtual; on an exception, report it and return ``fallback()`` instead (a
    value Qt accepts from that virtual: None from data(), an empty size from sizeHint())."""

    def wrap(method: Callable[P, R]) -> Callable[P, R]:
        place = method.__qualname__

        @functools.wraps(method)
        def safe(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return method(*args, **kwargs)
            except Exception as error:  # anything: an escaping exception kills the process
                PROBLEMS.report(place, error)
                answer: R = fallback()
                return answer

        return safe

    return wrap


def nothing() -> None:
    return None


def shown_time(moment: datetime, fmt: str) -> str:
    """``moment`` in the moderator's zone, or "time unknown" where that cannot be shown."""
    try:
        local = moment.astimezone()
        if fmt == DATE_TIME:  # the moderator's locale writes dates its own way (QLocale)
            return local_time(local)
        if fmt == CLOCK:
            return clock_time(local)
        return local.strftime(fmt)
    except (OverflowError, ValueError, OSError):
        return QCoreApplication.translate("Time", UNKNOWN_TIME)


def message_time(message: ChatMessage, fmt: str) -> str:
    """When a message was sent, as the moderator reads it; "time unknown" when the platform
    sent no usable time (``sent_at`` is then only when it arrived)."""
    if message.time_known:
        return shown_time(message.sent_at, fmt)
    return QCoreApplication.translate("Time", UNKNOWN_TIME)
