"""The help page, the connect dialog, the audit dock and a selected row with a purple author,
in the dark theme, as PNGs (to look at what the keymap task changed).

    xvfb-run -a -s "-screen 0 1280x800x24" uv run python -m tools.keymap_screenshots OUT_DIR
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from moderator.core.actions import ActionKind
from moderator.ui.kit.theme import ThemeManager
from moderator.ui.messages.row_colours import name_color
from moderator.ui.shell.cross_streams import CrossStreams
from tools.shots import DemoDesk, grab, run, settle

PURPLE = "#9334e6"


async def shoot(out: Path, app: QApplication) -> None:
    desk = DemoDesk.open(app, rate=1.0, backlog=40)
    ThemeManager(app).apply("dark")  # after the workspace applied the profile's theme
    window = desk.window
    window.resize(1100, 720)
    window.show()
    await settle(1.5)
    await grab(window.show_shortcuts(), out / "keys_help_dark.png")
    dialog = desk.workspace.open_connect_dialog(provider="prism")
    await grab(dialog, out / "keys_connect_dark.png")
    dialog.reject()
    tab = window.stream_tabs()[0]
    window.tabs.setCurrentWidget(tab)
    model = tab.controller.model
    purple = next(
        (
            r
            for r in range(model.rowCount())
            if name_color(model.message(r).author.id).name() == PURPLE
        ),
        0,
    )
    tab.view.select_row(purple)
    tab.view.setFocus()
    await grab(window, out / "keys_selected_purple_dark.png")
    tab.actions_.mark_read_up_to(purple)
    viewer = model.message(purple)
    tab.controller.act(ActionKind.TIMEOUT, [viewer], duration=timedelta(minutes=10), reason="spam")
    cross = CrossStreams(desk.workspace, archive=desk.stores.archive, audit=desk.stores.audit)
    await settle(1.0)
    if cross.audit_dock is not None:
        cross.audit_dock.show()
        await grab(window, out / "keys_audit_dock_dark.png")
    await desk.close()


if __name__ == "__main__":
    run(shoot)
