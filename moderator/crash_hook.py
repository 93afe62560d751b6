"""Unexpected errors: logged in full, shown as a dialog, and the app goes on."""

from __future__ import annotations

import asyncio
import logging
import sys
from types import TracebackType

log = logging.getLogger("moderator")


class CrashHook:
    """Unexpected errors: logged in full, shown as a dialog, and the app goes on."""

    def __init__(self, log_path: str) -> None:
        self._log_path = log_path

    def on_exception(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.critical("unexpected error", exc_info=(kind, error, tb))
        from PySide6.QtCore import QCoreApplication

        from moderator.ui.dialogs.crash_dialog import details_of, show_crash

        show_crash(
            QCoreApplication.translate("CrashDialog", "Unexpected error: {error}").format(
                error=f"{kind.__name__}: {error}"
            ),
            details_of(kind, error, tb),
            self._log_path,
        )

    def on_loop_error(self, loop: asyncio.AbstractEventLoop, context: dict[str, object]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException):
            self.on_exception(type(error), error, error.__traceback__)
        else:
            log.error("event loop: %s", context.get("message"))
