"""Run the demo, then save a PNG of the main window with each tab in front.

    xvfb-run -a -s "-screen 0 1280x800x24" uv run python tools/screenshots.py OUT_DIR [SECONDS]

Used for the README's screenshot and for looking at the app as a person would.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication

from moderator.demo import start_demo
from moderator.ui.controller import StreamController
from moderator.ui.main_window import MainWindow


async def shoot(out: Path, seconds: float) -> None:
    demo = start_demo(rate=2.0, backlog=40)
    window = MainWindow(subtitle="demo")
    controllers = [StreamController(p, window) for p in demo.providers()]
    for controller in controllers:
        window.add_stream(controller)
        controller.start()
    window.resize(1200, 760)
    window.show()
    await asyncio.sleep(seconds)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        await asyncio.sleep(0.3)
        window.grab().save(str(out / f"tab{index}.png"))
    await asyncio.gather(*(c.close() for c in controllers))
    demo.stop()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 6.0
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(shoot(out, seconds))


if __name__ == "__main__":
    main()
