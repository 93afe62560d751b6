"""The composition root: arguments, logging, crash hook, QApplication on a qasync loop.

Everything is wired here and nowhere else: providers are created from their settings (one
``httpx.AsyncClient`` each, for the connection's whole life), handed to controllers, shown in
the window, and closed before the loop ends.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from moderator import APP_NAME, ORGANIZATION, __version__, teamwire
from moderator.cli import parse_args as parse_args  # the command line, in its own module
from moderator.crash_hook import CrashHook
from moderator.gc_control import GcGovernor
from moderator.logs import setup_logging
from moderator.paths import Profile

if TYPE_CHECKING:  # imported where used: the window shows before the rest is loaded
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from moderator.core.provider import ChatProvider, Connection
    from moderator.demo import Demo
    from moderator.netproc.process import NetworkProcess
    from moderator.startup import Startup
    from moderator.storage.archive import Archive
    from moderator.storage.audit import AuditLog
    from moderator.storage.identity import LinkFile
    from moderator.storage.notes import NoteFile
    from moderator.storage.outbox import Outbox
    from moderator.storage.read_state import ReadState
    from moderator.ui.kit.i18n import Translations
    from moderator.ui.shell.main_window import MainWindow
    from moderator.ui.shell.workspace import Workspace

log = logging.getLogger("moderator")
#: set to anything: quit after the first painted window, printing ``first-paint`` (benchmarks)
FIRST_PAINT_ENV = "MODERATOR_EXIT_AFTER_FIRST_PAINT"


def choose_profile(args: argparse.Namespace) -> Profile:
    from pathlib import Path

    if args.profile:
        return Profile.at(Path(args.profile)).create()
    if args.demo:
        return Profile.throwaway().create()
    return Profile.default().create()


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    # a frozen bundle starts the demo's child process as itself: run the child, not the app
    multiprocessing.freeze_support()
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
    translations = _translate(profile, args.language)
    crash = CrashHook(str(profile.log_file))
    sys.excepthook = crash.on_exception  # before the first window
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(crash.on_loop_error)
    # read before the loop runs: a modal prompt must not nest inside a running coroutine
    from moderator.startup import load_startup

    startup = load_startup(profile, demo=args.demo, ask=_ask_passphrase)
    with loop:
        result = int(loop.run_until_complete(_session(args, profile, app, startup)))
    translations.remove()
    return result


def _translate(profile: Profile, chosen: str | None = None) -> Translations:
    """The moderator's language, before the first window or prompt (``--language``, else the
    setting, else the OS's)."""
    from moderator.storage.settings import SettingsStore
    from moderator.ui.kit.i18n import Translations

    translations = Translations()
    language = chosen or SettingsStore(profile.settings_file).load().language
    translations.install(language, profile.data_dir / "translations")
    return translations


async def _session(
    args: argparse.Namespace, profile: Profile, app: QApplication, startup: Startup
) -> int:
    from moderator.first_paint import report_first_paint, shown
    from moderator.ui.dialogs.export import remember_in
    from moderator.ui.shell.main_window import MainWindow

    remember_in(profile.config_dir / "export.ini")  # the export dialog's last folder
    window = MainWindow(subtitle="demo" if args.demo else "", log_path=str(profile.log_file))
    closed = asyncio.Event()
    window.closing.connect(closed.set)
    signal.signal(signal.SIGINT, lambda *_: window.close())
    signal.signal(signal.SIGTERM, lambda *_: window.close())
    if args.quit_after is not None:
        asyncio.get_running_loop().call_later(args.quit_after, window.close)
    if os.environ.get(FIRST_PAINT_ENV):
        report_first_paint(window)
    # the window first, the rest (providers, fakes, databases, saved streams) right after:
    # the moderator sees Moderator at once and the tabs fill in
    await shown(window)
    # boots while the rest is built and the streams restored (calls queue in its pipe); started
    # before the window, its imports competed with the window's build for a 2-core machine
    network = _start_network(args)
    governor = GcGovernor(activity=network.arrivals)
    governor.start()  # after startup: what it built is frozen, out of every collection
    demo = await _start_demo(args) if args.demo else None
    try:
        _, workspace, stores = _open_streams(
            args, profile, window, app, startup, demo, network=network
        )
        await closed.wait()
        # what each tab holds, so a run (the demo's end-to-end test) can tell chat arrived in
        # every one
        held = ", ".join(
            f"{c.provider.stream.key}: {c.model.rowCount()} messages"
            for c in workspace.controllers.values()
        )
        log.info("closing %d streams (%s)", len(workspace.controllers), held)
        await workspace.close_all()
        await teamwire.close_all()
        from moderator.avatar_wiring import close_avatars  # loaded with the streams, not before

        await close_avatars()
        stores.close()
        await _finish_scheduled()
    finally:
        governor.stop()
        network.stop()
        if demo is not None:
            demo.stop()
    app.quit()
    return 0


async def _finish_scheduled(turns: int = 20) -> None:
    """Let the callbacks already scheduled run while the loop still runs. anyio delivers a
    cancellation from a callback it schedules again each turn until the cancelled fetch has
    let go; one still pending when the loop stops ran later, outside it, and logged "no running
    event loop" at quit (seen in CI, after the archive's close had blocked a while)."""
    for _ in range(turns):
        await asyncio.sleep(0)
    await asyncio.sleep(0.01)


def _start_network(args: argparse.Namespace) -> NetworkProcess:
    """The child process every provider client runs in (HTTP and parsing off the GUI thread)."""
    from moderator.netproc.process import NetworkProcess

    return NetworkProcess(log_level=str(args.log_level).upper()).start()


async def _start_demo(args: argparse.Namespace) -> Demo:
    """The demo's fakes, served by a child process (in this one they would take the GIL)."""
    from moderator.demo import spawn_demo

    child = spawn_demo(
        rate=args.demo_rate, backlog=args.demo_backlog, prism_lives=args.demo_streams
    )
    return await child.ready()


def _open_streams(
    args: argparse.Namespace,
    profile: Profile,
    window: MainWindow,
    app: QApplication,
    startup: Startup | None = None,
    demo: Demo | None = None,
    *,
    network: NetworkProcess | None = None,
) -> tuple[Demo | None, Workspace, Stores]:
    """Everything behind the tabs: the databases, the workspace, the demo's streams."""
    from moderator.core.identity import Identities
    from moderator.core.notes import Notes
    from moderator.ui.kit import messages
    from moderator.ui.shell.automod_wiring import attach_automod
    from moderator.ui.shell.cross_streams import CrossStreams

    stores = Stores.open(profile)
    for problem in stores.problems():
        messages.error(problem)
    workspace = _workspace(args, profile, window, demo, app, stores, startup, network=network)
    providers = demo.providers(_network_create(network)) if demo is not None else []
    identities = Identities(stores.links)
    cross = CrossStreams(
        workspace,
        archive=stores.archive,
        audit=stores.audit,
        identities=identities,
        notes=Notes(stores.notes),
    )
    automod = attach_automod(cross, profile.data_dir, demo=demo is not None, window=window)
    teamwire.join(cross, automod)  # a team shares notes and automod too (no team: nothing)
    for provider in providers:
        workspace.open_provider(provider)
    workspace.restore()
    return demo, workspace, stores


def _network_create(network: NetworkProcess | None) -> Callable[[Connection], ChatProvider] | None:
    """Clients in ``network``'s child (None: in this process)."""
    if network is None:
        return None
    from moderator.providers import REGISTRY

    return lambda settings: network.create(REGISTRY[settings.provider], settings)


def _ask_passphrase(prompt: str) -> str | None:
    """The passphrase of the encrypted secrets file; None to go on without it."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(None, APP_NAME, prompt, QLineEdit.EchoMode.Password)
    return text if ok and text else None


@dataclass(frozen=True)
class Stores:
    """The profile's databases every tab shares."""

    outbox: Outbox
    archive: Archive
    audit: AuditLog
    read_state: ReadState
    #: the moderator's links between authors of different streams
    links: LinkFile
    #: the moderator's notes on authors
    notes: NoteFile

    @classmethod
    def open(cls, profile: Profile) -> Stores:
        from moderator.storage.archive import Archive
        from moderator.storage.audit import AuditLog
        from moderator.storage.identity import LinkFile
        from moderator.storage.notes import NoteFile
        from moderator.storage.outbox import Outbox
        from moderator.storage.read_state import ReadState

        data = profile.data_dir
        return cls(
            Outbox(data / "outbox.sqlite3"),
            Archive(data / "archive.sqlite3"),
            AuditLog(data / "audit.sqlite3"),
            ReadState(data / "read_state.sqlite3"),
            LinkFile(data / "author_links.sqlite3"),
            NoteFile(data / "author_notes.sqlite3"),
        )

    def problems(self) -> list[str]:
        """Sentences for databases that were damaged and moved aside."""
        stores = (self.outbox, self.archive, self.audit, self.read_state, self.links, self.notes)
        return [s.problem for s in stores if s.problem]

    def close(self) -> None:
        for store in (
            self.outbox,
            self.archive,
            self.audit,
            self.read_state,
            self.links,
            self.notes,
        ):
            store.close()


def _workspace(
    args: argparse.Namespace,
    profile: Profile,
    window: MainWindow,
    demo: Demo | None,
    app: QApplication,
    stores: Stores,
    startup: Startup | None = None,
    *,
    network: NetworkProcess | None = None,
) -> Workspace:
    """The workflow around the tabs: saved streams, secrets, the connect dialog, the theme."""
    from moderator.avatar_wiring import install_avatars
    from moderator.catalog import build_services
    from moderator.demo import DEMO_POLL_SECONDS
    from moderator.providers import http as provider_http
    from moderator.startup import load_startup, secrets_path
    from moderator.storage import secrets
    from moderator.storage.streams import StreamLibrary
    from moderator.ui.bridge.controller import StreamController
    from moderator.ui.kit import messages
    from moderator.ui.kit.theme import ThemeManager
    from moderator.ui.shell.workspace import Workspace

    if startup is None:  # the screenshot tools: the demo, nothing to ask
        startup = load_startup(profile, demo=demo is not None, ask=lambda _prompt: None)
    for problem in startup.problems:
        messages.error(problem)
    settings, choice = startup.settings, startup.secrets
    provider_http.use_ca_bundle(settings.ca_bundle)
    if network is not None:
        network.ca_bundle = provider_http.ca_bundle
    install_avatars(profile, settings, demo)  # before any list: every list paints pictures

    def open_store(kind: secrets.StoreKind, passphrase: str | None) -> secrets.SecretChoice:
        path = secrets_path(profile)
        return secrets.open_secret_store(kind, encrypted_path=path, passphrase=passphrase)

    themes = ThemeManager(app)
    themes.apply(settings.theme)
    services = build_services(
        examples=demo.examples() if demo else None,
        poll_floor=DEMO_POLL_SECONDS if demo else None,
        network=network,
    )
    library = StreamLibrary(startup.store, settings, choice.store)
    team = teamwire.choose(settings, profile, choice.store, stores, window)
    workspace = Workspace(
        window,
        team.services(services),
        library,
        # read at each new tab, so a changed buffer size applies to the next stream
        make_controller=lambda p: StreamController(
            team.provider(p),
            window,
            outbox=stores.outbox,
            archive=stores.archive,
            audit=team.audit_or(stores.audit),
            read_state=team.read_or(stores.read_state),
            limit=args.buffer or library.settings.buffer_size,
            cursor=demo.cursor_for(p) if demo else None,
        ),
        store_notice=choice.notice,
        open_store=None if demo is not None else open_store,
        keyring_available=secrets.keyring_available,
        themes=themes,
        audit=stores.audit,
    )
    return team.attach(workspace)


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


if __name__ == "__main__":
    raise SystemExit(main())
