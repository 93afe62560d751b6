"""Open the connect and settings dialogs in the demo app and save PNGs of them.

    xvfb-run -a -s "-screen 0 1280x800x24" uv run python tools/dialog_screenshots.py OUT_DIR

Wired exactly as ``moderator --demo`` is (app._workspace), to look at the dialogs as a
moderator sees them: the form of each platform, a failed validation, a Test connection result,
the settings, the empty window and a "sign in again" tab, in light and dark.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import qasync
from PySide6.QtWidgets import QApplication, QWidget

from moderator.app import Stores, _workspace, parse_args
from moderator.demo import start_demo
from moderator.paths import Profile
from moderator.storage.settings import SavedStream
from moderator.ui.main_window import MainWindow


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0.05)
        QApplication.processEvents()


async def grab(widget: QWidget, path: Path) -> None:
    await settle()
    widget.grab().save(str(path))
    print(path)


async def shoot(out: Path, app: QApplication) -> None:
    args = parse_args(["--demo"])
    profile = Profile.throwaway().create()
    demo = start_demo(rate=1.0, backlog=20)
    window = MainWindow(subtitle="demo")
    stores = Stores.open(profile)
    workspace = _workspace(args, profile, window, demo, app, stores)
    window.resize(1100, 720)
    window.show()
    await grab(window, out / "empty_window.png")
    for name in ("prism", "allmine", "ibmvideo", "liveperson"):
        dialog = workspace.open_connect_dialog(provider=name)
        await grab(dialog, out / f"connect_{name}.png")
        if name == "ibmvideo":
            await dialog.test_connection()
            await grab(dialog, out / "connect_ibmvideo_tested.png")
        dialog.reject()
    dialog = workspace.open_connect_dialog(provider="brilliant")
    dialog.form.set_values({"site_url": "directory", "requests_per_minute": "0", "api_key": ""})
    dialog.connect_button.click()
    await grab(dialog, out / "connect_brilliant_errors.png")
    dialog.reject()
    settings = workspace.open_settings()
    await grab(settings, out / "settings.png")
    settings.reject()
    workspace._add_signed_out(
        SavedStream(provider="prism", public={"label": "Late-night ranked grind"}),
        "The saved sign-in for a prism stream is missing: sign in again.",
        can_sign_in=True,
    )
    await grab(window, out / "sign_in_again.png")
    assert workspace.themes is not None
    workspace.themes.apply("dark")
    dialog = workspace.open_connect_dialog(provider="allmine")
    await grab(dialog, out / "connect_allmine_dark.png")
    dialog.reject()
    settings = workspace.open_settings()
    await grab(settings, out / "settings_dark.png")
    settings.reject()
    await workspace.close_all()
    stores.close()
    demo.stop()
    profile.discard()


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
