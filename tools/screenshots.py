"""Run the demo, then save a PNG of the main window with each tab in front.

    xvfb-run -a -s "-screen 0 1280x800x24" uv run python tools/screenshots.py OUT_DIR

Used for looking at the app as a person would.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from tools.shots import DemoDesk, grab, run, settle


async def shoot(out: Path, app: QApplication) -> None:
    desk = DemoDesk.open(app, rate=2.0, backlog=40)
    desk.window.resize(1200, 760)
    desk.window.show()
    await settle(6.0)
    for index in range(desk.window.tabs.count()):
        desk.window.tabs.setCurrentIndex(index)
        await grab(desk.window, out / f"tab{index}.png")
    await desk.close()


if __name__ == "__main__":
    run(shoot)
