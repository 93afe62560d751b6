"""The composition root: arguments, logging, crash hook, QApplication on a qasync loop.

Everything is wired here and nowhere else: providers are created from their settings (one
``httpx.AsyncClient`` each, for the connection's whole life), handed to controllers, shown in
the window, and closed before the loop ends.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any

from moderator import APP_NAME, ORGANIZATION, __version__
from moderator.logs import setup_logging
from moderator.paths import Profile

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

log = logging.getLogger("moderator")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="moderator", description="Moderate live-stream chats on several platforms."
    )
    parser.add_argument(
        "--demo", action="store_true", help="run against the built-in fake providers"
    )
    parser.add_argument("--profile", metavar="DIR", help="keep settings, data and logs under DIR")
    parser.add_argument(
        "--quit-after", metavar="SECONDS", type=float, help="quit after this long (smoke tests)"
    )
    parser.add_argument(
        "--demo-rate",
        metavar="MSGS_PER_S",
        type=float,
        default=1.0,
        help="demo chat speed per stream",
    )
    parser.add_argument(
        "--demo-backlog",
        metavar="N",
        type=int,
        default=40,
        help="demo messages already in each stream",
    )
    parser.add_argument(
        "--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"]
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


def choose_profile(args: argparse.Namespace) -> Profile:
    from pathlib import Path

    if args.profile:
        return Profile.at(Path(args.profile)).create()
    if args.demo:
        return Profile.throwaway().create()
    return Profile.default().create()


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    profile = choose_profile(args)
    setup_logging(profile.log_file, args.log_level)
    log.info("%s %s starting (profile %s)", APP_NAME, __version__, profile.config_dir.parent)
    try:
        return _run_gui(args, profile)
    finally:
        profile.discard()


def _run_gui(args: argparse.Namespace, profile: Profile) -> int:
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    # matches packaging/linux/moderator.desktop, so docks and taskbars show the right icon
    app.setDesktopFileName("moderator")
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    crash = CrashHook(str(profile.log_file))
    sys.excepthook = crash.on_exception  # before the first window
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(crash.on_loop_error)
    with loop:
        return int(loop.run_until_complete(_session(args, profile, app)))


async def _session(args: argparse.Namespace, profile: Profile, app: Any) -> int:
    from moderator.ui.controller import StreamController
    from moderator.ui.main_window import MainWindow

    demo = None
    providers = []
    if args.demo:
        from moderator.demo import start_demo

        demo = start_demo(rate=args.demo_rate, backlog=args.demo_backlog)
        providers = demo.providers()
    window = MainWindow(subtitle="demo" if demo else "", log_path=str(profile.log_file))
    controllers = [StreamController(p, window) for p in providers]
    for controller in controllers:
        window.add_stream(controller)
        controller.start()
    closed = asyncio.Event()
    window.closing.connect(closed.set)
    signal.signal(signal.SIGINT, lambda *_: window.close())
    signal.signal(signal.SIGTERM, lambda *_: window.close())
    if args.quit_after is not None:
        asyncio.get_running_loop().call_later(args.quit_after, window.close)
    window.show()
    await closed.wait()
    log.info("closing %d streams", len(controllers))
    await asyncio.gather(*(c.close() for c in controllers), return_exceptions=True)
    if demo is not None:
        demo.stop()
    app.quit()
    return 0


def app_icon() -> QIcon:
    """The window icon, from the PNGs shipped in :mod:`moderator.resources`."""
    from PySide6.QtGui import QIcon, QPixmap

    from moderator.resources import icon_pngs

    icon = QIcon()
    for png in icon_pngs().values():
        pixmap = QPixmap()
        if pixmap.loadFromData(png, "PNG"):
            icon.addPixmap(pixmap)
    return icon


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
        from moderator.ui.crash_dialog import details_of, show_crash

        show_crash(
            f"Unexpected error: {kind.__name__}: {error}",
            details_of(kind, error, tb),
            self._log_path,
        )

    def on_loop_error(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        if isinstance(error, BaseException):
            self.on_exception(type(error), error, error.__traceback__)
        else:
            log.error("event loop: %s", context.get("message"))


if __name__ == "__main__":
    raise SystemExit(main())
