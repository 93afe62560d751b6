"""Open the views across streams in the demo app and save PNGs of them.

    xvfb-run -a -s "-screen 0 1280x800x24" uv run python tools/cross_screenshots.py OUT_DIR

Wired as ``moderator --demo`` is (app._workspace, then CrossStreams), with small tab buffers so
the archive fills: the audit log dock after a few actions, the search dialog, a user card, the
All streams tab and the keyboard shortcuts page. Audit records are written here from the
controllers' results, standing in for the recording the controller itself will do.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication, QWidget

from moderator.app import Stores, _workspace, parse_args
from moderator.core.actions import ActionKind, ActionResult
from moderator.core.audit import AuditRecord
from moderator.core.models import MessageKind
from moderator.demo import start_demo
from moderator.paths import Profile
from moderator.storage.audit import AuditLog
from moderator.ui.cross_streams import CrossStreams
from moderator.ui.main_window import MainWindow


async def settle(seconds: float = 0.3) -> None:
    # Qt's events run while the loop sleeps (processEvents here would re-enter running tasks)
    await asyncio.sleep(seconds)


async def grab(widget: QWidget, path: Path) -> None:
    await settle()
    widget.grab().save(str(path))
    print(path)


def record_results(cross: CrossStreams, audit: AuditLog) -> None:
    for controller in cross.workspace.controllers.values():

        def done(result: ActionResult, name: str = controller.provider.display_name) -> None:
            outcome = "local" if result.local else "done" if result.ok else "failed"
            audit.record(
                AuditRecord.of(
                    actor="demo moderator",
                    platform=name,
                    action=result.kind.value,
                    message=result.message,
                    result=outcome,
                    error=result.error,
                )
            )

        controller.action_finished.connect(done)


async def act_a_little(cross: CrossStreams) -> None:
    """A few actions on every stream, so the audit log has done, local and failed rows."""
    for controller in cross.workspace.controllers.values():
        chat = [m for m in controller.model.messages() if m.kind is MessageKind.CHAT]
        for kind, message in zip(
            (ActionKind.DELETE, ActionKind.MARK_READ, ActionKind.BAN), chat[-3:], strict=False
        ):
            # routed as from a search result; a refused one is simply not sent
            cross.router.perform(kind, [message])
    await settle(2.0)


async def shoot(out: Path, app: QApplication) -> None:
    args = parse_args(["--demo", "--buffer", "60"])
    profile = Profile.throwaway().create()
    demo = start_demo(rate=3.0, backlog=200, prism_lives=2)
    window = MainWindow(subtitle="demo")
    stores = Stores.open(profile)
    archive, audit = stores.archive, stores.audit
    workspace = _workspace(args, profile, window, demo, app, stores)
    cross = CrossStreams(workspace, archive=archive, audit=audit)
    for provider in demo.providers():
        workspace.open_provider(provider)
    window.resize(1200, 780)
    window.show()
    await settle(6.0)
    for c in workspace.controllers.values():
        print(c.title, c.status, c.model.rowCount())
    record_results(cross, audit)
    await act_a_little(cross)
    await shots(out, window, cross)
    await workspace.close_all()
    demo.stop()
    stores.close()


async def shots(out: Path, window: MainWindow, cross: CrossStreams) -> None:
    next(a for a in window.view_menu.actions() if a.text() == "Audit &log").trigger()
    await grab(window, out / "audit_dock.png")
    window.all_streams_action.trigger()
    await settle(2.0)
    await grab(window, out / "all_streams.png")
    dialog = cross.open_search()
    dialog.text_edit.setText("stream")
    dialog.run()
    await grab(dialog, out / "search.png")
    dialog.text_edit.clear()
    dialog.author_edit.setText("Ay")
    dialog.run()
    await grab(dialog, out / "search_author.png")
    first = dialog.model.message(0)
    dialog.reject()
    card = cross.show_user_card(first.author, first.stream_key)
    await grab(card, out / "user_card.png")
    card.close()
    shortcuts = window.show_shortcuts()
    await grab(shortcuts, out / "shortcuts.png")
    shortcuts.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(shoot(out, app))


if __name__ == "__main__":
    main()
