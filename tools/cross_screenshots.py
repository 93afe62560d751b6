"""Open the views across streams in the demo app and save PNGs of them.

    xvfb-run -a -s "-screen 0 1280x800x24" uv run python tools/cross_screenshots.py OUT_DIR

Wired as ``moderator --demo`` is (app._workspace, then CrossStreams), with small tab buffers so
the archive fills: the audit log dock after a few actions, the search dialog, a user card, the
All streams tab and the keyboard shortcuts page. The controllers record the
audit log themselves, as in the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from moderator.core.actions import ActionKind
from moderator.core.models import MessageKind
from moderator.ui.shell.cross_streams import CrossStreams
from moderator.ui.shell.main_window import MainWindow
from tools.shots import DemoDesk, grab, run, settle


async def act_a_little(cross: CrossStreams) -> None:
    """A few actions on every stream, so the audit log has done, local and failed rows."""
    for controller in cross.workspace.controllers.values():
        chat = [m for m in controller.model.messages() if m.kind is MessageKind.CHAT]
        for kind, message in zip(
            (ActionKind.DELETE, ActionKind.MARK_READ, ActionKind.BAN), chat[-3:], strict=False
        ):
            # straight to the stream, no dialog to answer; a refused one is simply not sent
            if cross.router.entry(message, kind).enabled:
                controller.act(kind, [message])
    await settle(2.0)


async def shoot(out: Path, app: QApplication) -> None:
    desk = DemoDesk.open(app, ["--demo", "--buffer", "60"], rate=3.0, backlog=200, prism_lives=2)
    cross = CrossStreams(desk.workspace, archive=desk.stores.archive, audit=desk.stores.audit)
    desk.window.resize(1200, 780)
    desk.window.show()
    await settle(6.0)
    await act_a_little(cross)
    await shots(out, desk.window, cross)
    await desk.close()


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


if __name__ == "__main__":
    run(shoot)
