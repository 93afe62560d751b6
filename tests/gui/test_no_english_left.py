"""A Turkish or Korean moderator reads no English: the real window against the fakes, each made
to fail on purpose (server errors, rate limits, garbled answers, a rejected sign-in, a crash
inside the platform's code, refused deletes and sends), and every text they can see collected
(status lines, tab headers and tooltips, what the message bridge told them, the batch bar, the
audit dock and its filter, the connect form's errors) and checked: none is its English source,
and none holds a phrase of the English sentences core and the providers write."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moderator.catalog import build_services
from moderator.core.actions import ActionKind
from moderator.core.events import SessionStatus
from moderator.core.models import ChatMessage
from moderator.fakes.faults import FaultKind, FaultPlan
from moderator.ui.across.audit_words import ACTIONS, RESULTS
from moderator.ui.dialogs.connect_dialog import ConnectDialog
from moderator.ui.kit.i18n import Translations, tr_core
from moderator.wording import CONTEXT, Said
from tests.gui.conftest import Runner, until
from tests.gui.desk import Desk, desk
from tests.gui.message_mock import MessageMock
from tests.gui.tabkit import viewer_rows
from tools.i18n import listed_core_strings

__all__ = ["desk"]  # the fixture


class Failing(FaultPlan):
    """Every request ``wanted`` picks fails with ``kind`` (``None``: the platform's code raises
    an error of its own, which no client knows: the app's "unexpected error")."""

    def __init__(self, kind: FaultKind | None, wanted: str = "", every: int = 1) -> None:
        super().__init__(rate=0.0, kinds=frozenset({kind or FaultKind.SERVER_ERROR}), delay=0.01)
        self.kind, self.wanted, self.every, self.seen = kind, wanted, every, 0

    def choose(self, path: str, method: str = "GET") -> FaultKind | None:
        if self.wanted and method != self.wanted:
            return None
        self.seen += 1
        if self.seen % self.every:
            return None
        if self.kind is None:
            raise RuntimeError("a bug in the platform's code")
        self.injected[self.kind] += 1
        return self.kind


@pytest.fixture(params=["tr", "ko"])
def language(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    translations = Translations()
    translations.install(request.param, tmp_path / "qm")
    yield request.param
    translations.remove()
    QLocale.setDefault(QLocale.c())


def _fragments() -> tuple[list[str], set[str]]:
    """The English phrases (several words between placeholders) of every template core and the
    providers write, and the single words they show alone (a batch's outcome, an audit word)."""
    phrases, words = set(), set(ACTIONS | RESULTS)
    for context, text in listed_core_strings():
        if context != CONTEXT:
            continue
        if " " not in text and "{" not in text:
            words.add(text)
        for part in re.split(r"\{[a-z_]+\}", text):
            part = part.strip(" .,:;()")
            if part.count(" ") >= 1 and len(part) >= 10:
                phrases.add(part)
    return sorted(phrases), words


def _english_in(texts: list[str]) -> list[tuple[str, str]]:
    phrases, _ = _fragments()
    return [(phrase, text) for text in texts for phrase in phrases if phrase in text]


def _seen(desk: Desk, told: MessageMock) -> list[str]:
    """Everything of the main window a moderator can read about the streams' state."""
    window, texts = desk.window, []
    for i in range(window.tabs.count()):
        texts += [window.tabs.tabText(i), window.tabs.tabToolTip(i)]
    for tab in desk.tabs:
        texts += [tab.status_label.text(), tab.notice_label.text()]
        texts.append(tab.actions_.batch_bar.label.text())
    texts.append(window.statusBar().currentMessage())
    texts += [tr_core("Core", m.text) for m in told.messages]
    return [t for t in texts if t]


def _viewer_messages(desk: Desk, tab: int, count: int) -> list[ChatMessage]:
    model = desk.controller(tab).model
    rows = [r for r in viewer_rows(desk.tabs[tab]) if not model.message(r).is_deleted]
    return [model.message(r) for r in rows[-count:]]


async def _fail_until(desk: Desk, tab: int, plan: FaultPlan, status: SessionStatus) -> str:
    """Make the tab's platform fail; the status line once it shows ``status`` with a reason."""
    controller = desk.controller(tab)
    fake = desk.prism if tab in (0, 1) else desk.brilliant if tab == 2 else desk.allmine
    fake.faults = plan
    controller.session.poke()
    await until(
        lambda: controller.status.status is status and bool(controller.status.detail),
        what=f"{status.value} with a reason",
    )
    line = desk.tabs[tab].status_label.text()
    fake.faults = FaultPlan()
    controller.session.poke()
    await until(lambda: controller.status.status is SessionStatus.LIVE, what="live again")
    return line


async def _signed_out(desk: Desk) -> str:
    """Allmine revokes every token, the refresh token too: the tab is signed out."""
    controller = desk.controller(3)
    desk.allmine.revoke_all()
    controller.session.poke()
    await until(lambda: controller.status.status is SessionStatus.SIGNED_OUT, what="signed out")
    return desk.tabs[3].status_label.text()


def _audit_texts(desk: Desk) -> tuple[list[str], list[str]]:
    """The audit dock's cells and tooltips, and its result filter's choices."""
    dock = desk.cross.audit_dock
    assert dock is not None
    dock.refresh()
    model, cells = dock.model, []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            cells.append(str(model.data(index, Qt.ItemDataRole.DisplayRole) or ""))
        cells.append(str(model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole) or ""))
    box = dock.result_box
    return cells, [box.itemText(i) for i in range(1, box.count())]


def _form_errors(qtbot: QtBot) -> list[str]:
    dialog = ConnectDialog(build_services(None), provider="brilliant")
    qtbot.addWidget(dialog)
    dialog.form.set_values(
        {"site_url": "directory", "api_key": "k", "requests_per_minute": "0", "timezone": "Mars"}
    )
    dialog.connect_button.click()
    errors = list(dialog.form.errors().values())
    assert len(errors) == 4, errors  # site, zone, limit, and the owner token left empty
    return errors


def test_a_moderator_in_turkish_or_korean_reads_no_english(
    language: str,
    desk: Desk,
    message_mock: MessageMock,
    arun: Runner[Any],
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    for tab in desk.tabs:
        tab.controller.session._backoff._cap = 0.2  # retry quickly in tests
    prism = desk.controller(0)
    prism.moderation.pipeline.audit = desk.audit  # what the real pipeline records, shown
    lines: list[str] = []

    async def scenario() -> None:
        for plan, status in (
            (Failing(FaultKind.UNAVAILABLE), SessionStatus.RETRYING),
            (Failing(FaultKind.RATE_LIMIT), SessionStatus.RATE_LIMITED),
            (Failing(FaultKind.MALFORMED), SessionStatus.ERROR),
            (Failing(None), SessionStatus.ERROR),
        ):
            lines.append(await _fail_until(desk, 0, plan, status))
        # deletes refused one time in two: a bulk summary with reasons, and one alone
        desk.prism.faults = Failing(FaultKind.SERVER_ERROR, wanted="DELETE", every=2)
        batch = prism.act(ActionKind.DELETE, _viewer_messages(desk, 0, 4))
        assert batch is not None
        await until(lambda: batch.done, what="the bulk delete")
        desk.prism.faults = Failing(FaultKind.SERVER_ERROR, wanted="DELETE")
        alone = prism.act(ActionKind.DELETE, _viewer_messages(desk, 0, 1))
        assert alone is not None
        await until(lambda: alone.done, what="the single delete")
        desk.prism.faults = Failing(FaultKind.SERVER_ERROR, wanted="PUT")
        prism.send("a line the platform refuses")
        await until(lambda: len(message_mock.messages) >= 2, what="the refusals told")
        desk.prism.faults = FaultPlan()
        lines.append(await _signed_out(desk))

    arun(scenario())
    seen = _seen(desk, message_mock)
    cells, results = _audit_texts(desk)
    errors = _form_errors(qtbot)
    # what was driven really shows, and shows translated
    assert len(lines) == 5 and all(":" in line for line in lines), lines
    bridge = [m.text for m in message_mock.messages if isinstance(m.text, Said)]
    assert len(bridge) >= 2, message_mock.texts()
    assert all(tr_core("Core", said) != str(said) for said in bridge), bridge
    summary = desk.tabs[0].actions_.batch_bar.label.text()
    assert summary and re.search(r"\d", summary), summary
    assert any(line.count(":") >= 1 for line in cells), cells
    # none of it is English
    _, words = _fragments()
    assert not _english_in([*lines, *seen, *cells, *errors]), _english_in([*lines, *seen, *cells])
    assert not [r for r in results if r in words], results
    action_and_result = [c for i, c in enumerate(cells) if i % 9 in (4, 7)]
    left = [c for c in action_and_result for w in words if re.fullmatch(rf"{w}(: .*)?", c)]
    assert not left, left
    assert not [t for t in [*seen, *errors] if t in words], seen
    _exports_read_for_people_and_tools(desk, tmp_path)


def _exports_read_for_people_and_tools(desk: Desk, folder: Path) -> None:
    """The CSV export is the dock in the moderator's language; JSON lines stay as written."""
    dock = desk.cross.audit_dock
    assert dock is not None
    dock.export(folder / "audit.csv")
    dock.export(folder / "audit.jsonl")
    with (folder / "audit.csv").open(encoding="utf-8", newline="") as handle:
        shown = {row["result"] for row in csv.DictReader(handle)}
    lines = (folder / "audit.jsonl").read_text(encoding="utf-8").splitlines()
    written = {json.loads(line)["result"] for line in lines}
    assert "failed" in written and written <= set(RESULTS), written
    assert shown and not shown & set(RESULTS), shown
