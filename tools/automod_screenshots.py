"""Automod in the demo app: the review queue holding spam from all five providers, the rules
dialog and a backtest over the archive, saved as PNGs.

    xvfb-run -a -s "-screen 0 1280x800x24" uv run python tools/automod_screenshots.py OUT_DIR

Wired as ``moderator --demo`` is (app._workspace, CrossStreams, then attach_automod with the
starter set on), with small tab buffers so the archive fills for the backtest.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from moderator.ui.shell.automod_wiring import attach_automod
from moderator.ui.shell.cross_streams import CrossStreams
from tools.shots import DemoDesk, grab, run, settle


async def shoot(out: Path, app: QApplication) -> None:
    desk = DemoDesk.open(app, ["--demo", "--buffer", "60"], tabs=False)
    cross = CrossStreams(desk.workspace, archive=desk.stores.archive, audit=desk.stores.audit)
    automod = attach_automod(cross, desk.profile.data_dir, demo=True, window=desk.window)
    for provider in desk.demo.providers():
        desk.workspace.open_provider(provider)
    desk.window.resize(1280, 780)
    desk.window.show()
    await settle(40.0)
    held = automod.gate.queue.newest_first()
    print("held:", len(held), "from", sorted({h.message.stream_key for h in held}))
    print("title:", desk.window.windowTitle())
    await grab(desk.window, out / "automod_queue.png")
    dialog = automod.open_rules()
    await grab(dialog, out / "automod_rules.png")
    backtest = automod.open_backtest(automod.gate.rules)
    assert backtest is not None
    task = backtest.start()
    await task
    await grab(backtest, out / "automod_backtest.png")
    print("backtest:", backtest.summary.text())
    dialog.reject()
    backtest.close()
    await desk.close()


if __name__ == "__main__":
    run(shoot)
