"""What the screenshot tools share: the demo wired as ``moderator --demo`` wires it, waiting,
grabbing a widget to a PNG, and running a coroutine on a qasync loop."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtWidgets import QApplication, QWidget

from moderator.app import Stores, _workspace, parse_args
from moderator.demo import Demo, start_demo
from moderator.paths import Profile
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.shell.workspace import Workspace


@dataclass
class DemoDesk:
    profile: Profile
    demo: Demo
    window: MainWindow
    stores: Stores
    workspace: Workspace

    @classmethod
    def open(
        cls, app: QApplication, argv: Sequence[str] = ("--demo",), *, tabs: bool = True, **demo: Any
    ) -> DemoDesk:
        """The demo's fakes, a throwaway profile and the workspace; ``tabs`` opens the streams."""
        args = parse_args(list(argv))
        profile = Profile.throwaway().create()
        running = start_demo(**demo)
        window = MainWindow(subtitle="demo")
        stores = Stores.open(profile)
        workspace = _workspace(args, profile, window, running, app, stores)
        if tabs:
            for provider in running.providers():
                workspace.open_provider(provider)
        return cls(profile, running, window, stores, workspace)

    async def close(self) -> None:
        await self.workspace.close_all()
        self.stores.close()
        self.demo.stop()
        self.profile.discard()


async def settle(seconds: float = 0.3) -> None:
    # the loop runs Qt's events while this waits: processEvents here would re-enter asyncio
    await asyncio.sleep(seconds)


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


async def grab(widget: QWidget, path: Path) -> None:
    await settle()
    save(widget, path)


def run(shoot: Callable[[Path, QApplication], Awaitable[None]]) -> None:
    """``python tools/X.py OUT_DIR``: run ``shoot(OUT_DIR, app)`` on a qasync loop."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(shoot(out, app))
