"""Open the connect and settings dialogs in the demo app and save PNGs of them.

    xvfb-run -a -s "-screen 0 1280x800x24" uv run python tools/dialog_screenshots.py OUT_DIR

Wired exactly as ``moderator --demo`` is (app._workspace), to look at the dialogs as a
moderator sees them: the form of each platform, a failed validation, a Test connection result,
the settings, the empty window and a "sign in again" tab, in light and dark.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from moderator.storage.settings import SavedStream
from tools.shots import DemoDesk, grab, run


async def shoot(out: Path, app: QApplication) -> None:
    desk = DemoDesk.open(app, tabs=False, rate=1.0, backlog=20)
    window, workspace = desk.window, desk.workspace
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
    workspace.add_signed_out(
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
    await desk.close()


if __name__ == "__main__":
    run(shoot)
