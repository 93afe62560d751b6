"""Automod joined to one window: the gate on every stream that opens, the review queue dock,
the held count in the window title, the rules dialog in the View menu, the dry-run marks on the
rows. Attached once by the composition root, after :class:`CrossStreams`."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDockWidget
from shiboken6 import Shiboken

from moderator.core.automod.backtest import Report
from moderator.core.automod.rules import RuleSet
from moderator.core.automod.starter import starter_rules
from moderator.core.automod.strikes import StrikeStore
from moderator.core.identity import AuthorKey, Identities
from moderator.core.keymap import binding
from moderator.core.models import ChatMessage
from moderator.errors import StorageError
from moderator.storage.automod import StrikeFile, load_rules, save_rules
from moderator.storage.automod_backtest import Span, backtest_in_workers
from moderator.ui.across.review_queue import ReviewQueuePanel
from moderator.ui.bridge.automod import AutomodGate
from moderator.ui.dialogs.automod_dialog import AutomodDialog
from moderator.ui.dialogs.backtest_dialog import BacktestDialog
from moderator.ui.kit import messages
from moderator.ui.kit.i18n import counts, tr_core
from moderator.ui.kit.shortcuts import set_keys
from moderator.ui.shell.cross_streams import CrossStreams
from moderator.ui.stream.stream_tab import StreamTab

log = logging.getLogger(__name__)


class Automod(QObject):
    def __init__(
        self,
        cross: CrossStreams,
        rules: RuleSet,
        *,
        strikes: StrikeStore | None = None,
        identities: Identities | None = None,
        save: Callable[[RuleSet], None] | None = None,
    ) -> None:
        super().__init__(cross)
        self.workspace = cross.workspace
        self.window = cross.window
        self.save = save
        self.archive = cross.archive
        people = identities or cross.identities
        self.gate = AutomodGate(rules, strikes=strikes, person=people.person, parent=self)
        self.gate.notice.connect(lambda text: messages.warning(text))
        self.panel = ReviewQueuePanel(
            self.gate,
            cross.router,
            stream_name=cross.stream_name,
            platform_name=cross.platform_name,
        )
        self.dock = QDockWidget(
            QCoreApplication.translate("Automod", "Automod review queue"), self.window
        )
        self.dock.setObjectName("reviewQueueDock")
        self.dock.setWidget(self.panel)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self._offered = False
        self._add_menu()
        self.workspace.title_note = self.title_note
        cross.card_lines.append(self.strike_line)
        self.gate.held_changed.connect(self._held)
        self.workspace.stream_opened.connect(self._opened)
        for tab in self.window.stream_tabs():
            self._opened(tab)

    def _add_menu(self) -> None:
        menu = self.window.view_menu
        menu.addSeparator()
        toggle = self.dock.toggleViewAction()
        toggle.setText(tr_core("Keymap", binding("review_queue").label))
        set_keys(toggle, "review_queue")
        menu.addAction(toggle)
        rules = menu.addAction(tr_core("Keymap", binding("automod_rules").label), self.open_rules)
        set_keys(rules, "automod_rules")

    def title_note(self) -> str:
        held = len(self.gate.queue)
        if not held:
            return ""
        return counts().held_for_review(held)

    def _held(self, count: int) -> None:
        if not Shiboken.isValid(self.window):
            return  # the window is going away (its tabs close last)
        self.workspace.refresh_title()
        if count and not self._offered:
            # the first held message shows where it waits, once: a moderator who closes the
            # queue keeps it closed (the window title still counts what waits)
            self._offered = True
            self.dock.show()
            self.window.resizeDocks([self.dock], [420], Qt.Orientation.Horizontal)

    def _opened(self, tab: StreamTab) -> None:
        controller = tab.controller
        self.gate.attach(controller)
        delegate = tab.view.message_delegate
        own = delegate.marker

        def marker(message: ChatMessage, own: Callable[[ChatMessage], str] = own) -> str:
            return own(message) or self.gate.mark_of(message)

        delegate.marker = marker
        tab.destroyed.connect(lambda _obj=None, c=controller: self.gate.detach(c))

    def strikes_of(self, key: AuthorKey) -> int:
        """The author's strikes still counting (linked authors' too), for the user card."""
        decay = self.gate.rules.ladder.decay_seconds
        person = set(self.gate.person(key)) | {key}
        return self.gate.strikes.count(person, self.gate.clock() - decay)

    def strike_line(self, key: AuthorKey) -> str:
        count = self.strikes_of(key)
        if not count:
            return ""
        hours = f"{self.gate.rules.ladder.decay_seconds / 3600:g}"
        return counts().strikes(count).format(hours=hours)

    def set_rules(self, rules: RuleSet) -> None:
        self.gate.set_rules(rules)
        if self.save is not None:
            try:
                self.save(rules)
            except StorageError as err:
                messages.error(str(err))

    def open_rules(self) -> AutomodDialog:
        dialog = AutomodDialog(self.gate.rules, self.window, backtest=self.open_backtest)
        dialog.accepted.connect(lambda: self.set_rules(dialog.rules()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_backtest(self, rules: RuleSet) -> BacktestDialog | None:
        archive = self.archive
        if archive is None:
            messages.info(
                QCoreApplication.translate("Automod", "No chat archive is kept: nothing to test.")
            )
            return None

        async def runner(rules: RuleSet, span: Span) -> Report:
            archive.flush()  # what the tabs handed over is in the file
            return await backtest_in_workers(archive.path, rules, span)

        dialog = BacktestDialog(rules, runner, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog


def attach_automod(cross: CrossStreams, data_dir: Path, *, demo: bool, window: Any) -> Automod:
    """Automod with the rules saved in the profile (the starter set at first: on in the demo,
    off otherwise until the moderator turns it on) and strikes kept beside them."""
    starter = starter_rules()
    default = starter if demo else starter.model_copy(update={"enabled": False})
    path = data_dir / "automod.json"
    rules, problem = load_rules(path, default)
    if problem:
        window.show_problem(problem)
    try:
        strikes: StrikeStore | None = StrikeFile(data_dir / "automod_strikes.sqlite3")
    except (StorageError, sqlite3.Error) as err:
        window.show_problem(
            QCoreApplication.translate(
                "Automod", "Automod strikes are kept in memory only: {why}"
            ).format(why=err)
        )
        strikes = None
    return Automod(cross, rules, strikes=strikes, save=lambda r: save_rules(path, r))
