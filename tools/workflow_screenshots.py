"""Work a demo tab the way a moderator does and save PNGs of what it shows.

    xvfb-run -a -s "-screen 0 1280x800x24" uv run python tools/workflow_screenshots.py OUT_DIR

Wired as ``moderator --demo`` is (app._workspace with the same stores): unread counts in the
tab and window titles, the last-read line, a highlight, the paused list with its pill, the
filter bar, the Undo toast, a bulk action's progress and summary, the timeout dialog (PRISM:
no reason; Stream Chat: a reason), and the hard-delete question, in light and one in dark.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from moderator.core.actions import ActionKind
from moderator.core.bulk import Batch
from moderator.ui.shell.main_window import MainWindow
from moderator.ui.stream.stream_tab import StreamTab
from tests.gui.tabkit import select_rows, viewer_rows
from tools.shots import DemoDesk, run, save, settle


def tab_of(window: MainWindow, provider: str) -> StreamTab:
    tab = next(t for t in window.stream_tabs() if t.controller.provider.name == provider)
    window.tabs.setCurrentWidget(tab)
    return tab


async def reading(window: MainWindow, out: Path) -> None:
    for tab in window.stream_tabs():
        while tab.controller.model.rowCount() < 40:
            await settle(0.1)
    tab = tab_of(window, "prism")
    select_rows(tab, [25])
    tab.actions_.mark_read_up_to()
    tab.view.scrollTo(tab.controller.model.index(25))
    await settle()
    save(window, out / "unread_and_last_read_line.png")
    tab.view.scroll_to_newest()
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(60, 60),
        QPointF(60, 60),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(tab.view.viewport(), move)
    await settle(3.0)
    save(window, out / "paused_with_pill.png")
    tab.view.leaveEvent(None)
    tab.filter_bar.open_bar()
    tab.filter_bar.text.setText("?")
    tab.filter_bar.unread.setChecked(True)
    tab.filter_bar.apply()
    await settle()
    save(window, out / "filter_bar.png")
    tab.filter_bar.close_bar()


async def bulk(window: MainWindow, out: Path) -> None:
    tab = tab_of(window, "prism")
    tab.controller.undo_delay = 5
    select_rows(tab, viewer_rows(tab)[-30:])
    tab.perform(ActionKind.DELETE)
    await settle()
    save(window, out / "undo_toast.png")
    shot: list[Batch] = []

    def halfway(batch: Batch) -> None:
        if batch.finished == 12 and not shot:
            shot.append(batch)
            save(window, out / "bulk_progress.png")

    tab.controller.moderation.batch_progress.connect(halfway)
    assert tab.actions_.toast.batch is not None
    tab.controller.moderation.send_now(tab.actions_.toast.batch)
    await settle(2.0)
    save(window, out / "bulk_summary.png")


async def dialogs(window: MainWindow, out: Path) -> None:
    for provider in ("prism", "ibmvideo"):
        tab = tab_of(window, provider)
        select_rows(tab, [viewer_rows(tab)[-1]])
        tab.perform(ActionKind.TIMEOUT)
        await settle()
        assert tab.actions_.dialog is not None
        save(tab.actions_.dialog, out / f"timeout_dialog_{provider}.png")
        tab.actions_.dialog.close()
    tab = tab_of(window, "ibmvideo")
    select_rows(tab, viewer_rows(tab)[-3:])
    tab.perform(ActionKind.HARD_DELETE)
    await settle()
    assert tab.actions_.dialog is not None
    save(tab.actions_.dialog, out / "hard_delete_question.png")
    tab.actions_.dialog.close()


async def shoot(out: Path, app: QApplication) -> None:
    desk = DemoDesk.open(app, tabs=False, rate=4.0, backlog=60, prism_lives=1)
    window, workspace, stores = desk.window, desk.workspace, desk.stores
    settings = workspace.library.settings.model_copy(update={"highlights": ["giveaway", "code"]})
    workspace.apply_settings(settings)
    for provider in desk.demo.providers():
        workspace.open_provider(provider)
    window.resize(1100, 720)
    window.show()
    await reading(window, out)
    await bulk(window, out)
    await dialogs(window, out)
    assert workspace.themes is not None
    workspace.themes.apply("dark")
    tab_of(window, "prism").view.scroll_to_newest()
    await settle(0.5)
    save(window, out / "dark_window.png")
    print(f"audit records: {len(stores.audit.recent())}")
    await desk.close()


if __name__ == "__main__":
    run(shoot)
