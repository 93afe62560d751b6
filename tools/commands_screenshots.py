"""The send box's completion and a command's answer, inline mod buttons (always shown, and
greyed on a platform without bans), a note chip and the user card's note, and the Settings
section, as PNGs (to look at what the commands task changed).

    xvfb-run -a -s "-screen 0 1280x800x24" uv run python -m tools.commands_screenshots OUT_DIR
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from moderator.core.commands.base import quoted
from moderator.core.identity import AuthorKey
from moderator.core.inline import InlineConfig, Show
from moderator.core.models import MessageKind
from moderator.core.provider import Capability
from moderator.ui.kit.theme import ThemeManager
from moderator.ui.shell.cross_streams import CrossStreams
from moderator.ui.stream.stream_tab import StreamTab
from tools.shots import DemoDesk, grab, run, settle


async def screen(app: QApplication, path: Path) -> None:
    """The whole screen: the completion popup is a window of its own."""
    await settle()
    app.primaryScreen().grabWindow(0).save(str(path))
    print(path)


def _viewer_row(tab: StreamTab) -> int:
    model = tab.controller.model
    rows = [r for r in range(model.rowCount()) if model.message(r).kind is MessageKind.CHAT]
    return rows[-3] if len(rows) > 3 else rows[-1]


async def shoot(out: Path, app: QApplication) -> None:
    desk = DemoDesk.open(app, rate=0.2, backlog=40)
    window = desk.window
    window.resize(1100, 720)
    window.show()
    cross = CrossStreams(desk.workspace, archive=desk.stores.archive, audit=desk.stores.audit)
    await settle(2.0)
    tabs = window.stream_tabs()
    for tab in tabs:
        tab.set_inline_buttons(InlineConfig(show=Show.ALWAYS))
    tab = tabs[0]
    window.tabs.setCurrentWidget(tab)
    seen = tab.controller.model.message(_viewer_row(tab))
    cross.extras.notes.set(AuthorKey.of(seen), "Warned twice about links (Tuesday)")
    cross.extras.notes_changed()
    tab.send_box.setFocus()
    QTest.keyClicks(tab.send_box, "/ti")
    await screen(app, out / "commands_completion.png")
    tab.send_box.popup.hide()
    tab.send_box.clear()
    tab.send_box.setText(f"/timeout {seen.author.name[:2]}")  # a name need not be ASCII
    tab.send_box._offer()
    await screen(app, out / "commands_name_completion.png")
    tab.send_box.popup.hide()
    tab.send_box.setText("/bna someone")
    tab.send_box.returnPressed.emit()
    await grab(window, out / "commands_unknown.png")
    tab.send_box.setText(f"/timeout {quoted(seen.author.name)} 30s links")
    tab.send_box.returnPressed.emit()
    dialog = tab.actions_.dialog
    if dialog is not None:
        await grab(dialog, out / "commands_timeout_dialog.png")
        dialog.close()
    for other in tabs[1:]:
        if Capability.BAN not in other.controller.provider.capabilities:
            window.tabs.setCurrentWidget(other)
            await grab(window, out / "commands_greyed_buttons.png")
            break
    card = cross.show_user_card(seen.author, seen.stream_key)
    await grab(card, out / "commands_user_card_note.png")
    card.close()
    window.tabs.setCurrentWidget(tab)
    for theme in ("dark", "high_contrast"):
        ThemeManager(app).apply(theme)
        await grab(window, out / f"commands_buttons_{theme}.png")
    ThemeManager(app).apply("light")
    settings = desk.workspace.open_settings()
    await grab(settings, out / "commands_settings.png")
    settings.reject()
    await desk.close()


if __name__ == "__main__":
    run(shoot)
