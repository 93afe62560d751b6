"""Run the demo, zoom in twice (Ctrl + twice), and save a PNG of the main window with the
audit dock open and text in the send box: every chat-text surface should be bigger together.

    xvfb-run -a -s "-screen 0 1280x900x24" uv run python -m tools.zoom_screenshots OUT_DIR
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from moderator.ui.kit.zoom import zoom
from moderator.ui.shell.cross_streams import CrossStreams
from moderator.ui.stream.stream_tab import StreamTab
from tools.shots import DemoDesk, grab, run, settle


def trigger_in(tab: StreamTab, name: str) -> None:
    action = tab.findChild(QAction, name)
    if isinstance(action, QAction):
        action.trigger()


def trigger(desk: DemoDesk, name: str) -> None:
    action = desk.window.findChild(QAction, name)
    assert isinstance(action, QAction), name
    action.trigger()


async def shoot(out: Path, app: QApplication) -> None:
    desk = DemoDesk.open(app, rate=2.0, backlog=40)
    stores = desk.stores
    cross = CrossStreams(desk.workspace, archive=stores.archive, audit=stores.audit)
    desk.window.resize(1260, 880)
    desk.window.show()
    await settle(5.0)
    await grab(desk.window, out / "zoom-100.png")
    trigger(desk, "zoom_in")
    trigger(desk, "zoom_in")
    print("zoom", zoom().percent)
    dock = cross.audit_dock
    assert dock is not None
    dock.show()
    tab = desk.window.tabs.currentWidget()
    if isinstance(tab, StreamTab):  # a few moderation lines in the audit log
        tab.view.select_row(tab.controller.model.rowCount() - 3)
        trigger_in(tab, "mark read")
    if isinstance(tab, StreamTab):
        tab.send_box.setText("/timeout Ayşe 60 — zoomed text in the send box")
        tab.view.setFocus()
    await settle(2.0)
    await grab(desk.window, out / "zoom-125.png")
    zoom().reset()
    await desk.close()


if __name__ == "__main__":
    run(shoot)
