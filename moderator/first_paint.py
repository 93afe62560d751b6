"""The window's first paint: the app waits for it before loading the rest, and the cold-start
benchmark times the process up to it."""

from __future__ import annotations

import asyncio
import contextlib

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


async def shown(window: QWidget, wait: float = 1.0) -> None:
    """Show ``window`` and wait until it has painted (at most ``wait`` seconds)."""
    painted = asyncio.get_running_loop().create_future()

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not painted.done():
                painted.set_result(None)
            return False

    watch = Watch(window)
    window.installEventFilter(watch)
    window.show()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(painted, wait)
    window.removeEventFilter(watch)


def report_first_paint(window: QWidget) -> None:
    """Print ``first-paint`` once the window has painted, then close it (the cold-start
    benchmark times the process from its start to that line)."""

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, done)  # after this paint has reached the screen
            return False

    def done() -> None:
        print("first-paint", flush=True)
        window.close()

    window.installEventFilter(FirstPaint(window))
