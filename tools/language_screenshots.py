"""The main window and every dialog in one language, saved as PNGs to look at.

    xvfb-run -a -s "-screen 0 1280x800x24" uv run python tools/language_screenshots.py ko OUT_DIR

The demo wired as ``moderator --demo --language CODE`` wires it: the window with its streams,
the connect dialog of each platform, settings, shortcuts, search, a user card, the ban and
timeout dialogs, the audit log, the All streams tab, the crash dialog, and automod's review
queue, rules dialog and a backtest.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from moderator.core.actions import ActionKind
from moderator.ui.actions.restrict_dialog import RestrictDialog
from moderator.ui.dialogs import crash_dialog
from moderator.ui.kit.i18n import Translations
from moderator.ui.shell.automod_wiring import Automod, attach_automod
from moderator.ui.shell.cross_streams import CrossStreams
from tools.shots import DemoDesk, grab, run, settle

LANGUAGE = sys.argv.pop(1) if len(sys.argv) > 2 else "ko"


async def shoot(out: Path, app: QApplication) -> None:
    translations = Translations()
    translations.install(LANGUAGE, Path(tempfile.mkdtemp(prefix="moderator-qm-")))
    desk = DemoDesk.open(app, rate=2.0, backlog=30)
    cross = CrossStreams(desk.workspace, archive=desk.stores.archive, audit=desk.stores.audit)
    automod = attach_automod(cross, desk.profile.data_dir, demo=True, window=desk.window)
    window = desk.window
    window.resize(1280, 800)
    window.show()
    await settle(3.0)
    await grab(window, out / f"{LANGUAGE}_main_window.png")
    await _dialogs(out, desk, cross)
    await _automod(out, automod)
    if cross.audit_dock is not None:
        cross.audit_dock.hide()  # a hidden log reads nothing after the stores close
        await settle(1.0)  # the refresh it had planned runs while they are open
    await desk.close()
    translations.remove()


async def _dialogs(out: Path, desk: DemoDesk, cross: CrossStreams) -> None:
    workspace, window = desk.workspace, desk.window
    for name in ("prism", "allmine", "ibmvideo", "brilliant", "liveperson"):
        dialog = workspace.open_connect_dialog(provider=name)
        await grab(dialog, out / f"{LANGUAGE}_connect_{name}.png")
        dialog.reject()
    settings = workspace.open_settings()
    await grab(settings, out / f"{LANGUAGE}_settings.png")
    settings.reject()
    shortcuts = window.show_shortcuts()
    await grab(shortcuts, out / f"{LANGUAGE}_shortcuts.png")
    shortcuts.close()
    search = cross.open_search()
    search.text_edit.setText("a")
    search.run()
    await grab(search, out / f"{LANGUAGE}_search.png")
    search.close()
    tab = window.stream_tabs()[0]
    message = tab.controller.model.message(tab.controller.model.rowCount() - 1)
    card = cross.show_user_card(message.author, message.stream_key)
    await grab(card, out / f"{LANGUAGE}_user_card.png")
    card.close()
    provider = tab.controller.provider
    for kind in (ActionKind.BAN, ActionKind.TIMEOUT):
        restrict = RestrictDialog(
            kind,
            [message],
            platform=provider.display_name,
            capabilities=provider.capabilities,
            takes_reason=True,
            parent=window,
        )
        await grab(restrict, out / f"{LANGUAGE}_{kind.value}.png")
        restrict.reject()
    if cross.audit_dock is not None:
        cross.audit_dock.show()
        await grab(window, out / f"{LANGUAGE}_audit_log.png")
    cross.show_all_streams()
    await grab(window, out / f"{LANGUAGE}_all_streams.png")
    crash_dialog.show_crash("ValueError: an example", "Traceback …", "/tmp/moderator.log", window)
    await grab(crash_dialog._open[-1], out / f"{LANGUAGE}_crash.png")
    crash_dialog._open[-1].done(0)


async def _automod(out: Path, automod: Automod) -> None:
    automod.dock.show()
    await grab(automod.window, out / f"{LANGUAGE}_review_queue.png")
    rules = automod.open_rules()
    await grab(rules, out / f"{LANGUAGE}_automod_rules.png")
    backtest = automod.open_backtest(automod.gate.rules)
    if backtest is not None:
        await backtest.start()
        await grab(backtest, out / f"{LANGUAGE}_backtest.png")
        backtest.close()
    rules.reject()


if __name__ == "__main__":
    run(shoot)
