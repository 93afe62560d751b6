"""Two moderators share one workspace through a real PostgreSQL: the audit log, claims, and
de-duplicated actions, across a restart of the database in the middle."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from moderator.core.actions import ActionKind
from moderator.core.models import ChatMessage
from moderator.core.team import CLAIM_FOR, TeamState
from tests.gui.conftest import Runner, until
from tests.gui.tabkit import select_rows
from tests.gui.teamdesk import App, TeamDesk, team_desk

__all__ = ["team_desk"]


def pick(app: App, row: int) -> ChatMessage:
    return select_rows(app.tab, [row])[0]


def delete(app: App) -> None:
    app.tab.actions_.shortcut_actions[ActionKind.DELETE].trigger()


def deletes_of(desk: TeamDesk, message_id: str) -> int:
    return sum(
        1 for method, path in desk.gate.requests if method == "DELETE" and message_id in path
    )


def lines_about(app: App, message_id: str, action: str = "delete") -> list[Any]:
    return [r for r in app.dock_records() if r.message_id == message_id and r.action == action]


def test_an_action_by_one_shows_in_the_others_audit_dock(
    team_desk: TeamDesk, arun: Runner[Any]
) -> None:
    ana, bo = team_desk.ana, team_desk.bo
    message = pick(ana, 3)
    delete(ana)

    async def seen() -> None:
        await until(lambda: bool(lines_about(bo, message.id)), what="ana's delete in bo's dock")

    arun(seen())
    [line] = lines_about(bo, message.id)
    assert line.actor.startswith("ana") and line.result == "done"
    assert len(lines_about(ana, message.id)) == 1  # her own line is not heard back as news
    assert deletes_of(team_desk, message.id) == 1


def test_simultaneous_deletes_make_one_platform_call(
    team_desk: TeamDesk, arun: Runner[Any]
) -> None:
    ana, bo = team_desk.ana, team_desk.bo
    message = pick(ana, 5)
    assert pick(bo, 5).id == message.id
    team_desk.gate.open.clear()  # ana's call waits at the platform while bo presses Del too
    delete(ana)

    async def both() -> None:
        await until(lambda: deletes_of(team_desk, message.id) == 1, what="ana's call")
        delete(bo)
        # bo's guard waits at the database for ana's answer: one lock not granted
        await until(lambda: waiting_locks(team_desk) == 1, what="bo waiting for ana")
        team_desk.gate.open.set()
        for app in (ana, bo):
            await until(
                lambda a=app: a.row(message.id).is_deleted and not a.row(message.id).is_pending,  # type: ignore[misc]
                what=f"{app.name}'s row deleted",
            )
        await until(lambda: len(lines_about(bo, message.id)) == 2, what="both lines")

    arun(both())
    assert deletes_of(team_desk, message.id) == 1
    mine = [r for r in lines_about(bo, message.id) if r.actor == bo.tab.controller.moderation.actor]
    assert [r.error for r in mine] == ["Already deleted by ana."]
    assert bo.tab.notice_label.text() == "Already deleted by ana."


def test_a_claim_shows_on_the_others_row(team_desk: TeamDesk, arun: Runner[Any]) -> None:
    ana, bo = team_desk.ana, team_desk.bo
    message = pick(ana, 7)
    claim = ana.tab.view.findChild(QAction, "claim")
    assert claim is not None
    claim.trigger()
    marker = bo.tab.view.message_delegate.marker

    async def shown() -> None:
        await until(lambda: marker(bo.row(message.id)) == "ana is on it", what="the claim")

    arun(shown())
    assert ana.tab.view.message_delegate.marker(ana.row(message.id)) == "you are on it"
    # bo's row is redrawn when the claim runs out, not only at the next repaint
    link = bo.wiring.link
    redrawn: list[int] = []
    bo.tab.controller.model.dataChanged.connect(
        lambda top, _bottom, _roles=(): redrawn.append(top.row())
    )
    real_clock = link.claims._clock
    link.claims._clock = lambda: real_clock() + CLAIM_FOR + timedelta(seconds=1)
    link.expire_claims()
    link.claims._clock = real_clock
    assert bo.tab.controller.model.row_of(message.id) in redrawn
    assert marker(bo.row(message.id)) == ""
    claim.trigger()  # ana lets it go (hers still runs on her side)
    claim.trigger()  # and claims it again

    async def again() -> None:
        await until(lambda: marker(bo.row(message.id)) == "ana is on it", what="claimed again")

    arun(again())
    claim.trigger()  # ana lets it go

    async def gone() -> None:
        await until(lambda: marker(bo.row(message.id)) == "", what="the claim let go")

    arun(gone())


def test_a_database_restart_in_the_middle_loses_nothing_and_doubles_nothing(
    team_desk: TeamDesk, arun: Runner[Any]
) -> None:
    ana, bo = team_desk.ana, team_desk.bo
    first = pick(ana, 2)
    delete(ana)
    arun(until(lambda: bool(lines_about(bo, first.id)), what="before the restart"))
    team_desk.db.cluster.stop()
    try:
        arun(until(lambda: ana.wiring.team.state is TeamState.OFFLINE, what="ana alone"))
        label = ana.window.findChild(QLabel, "team_state")
        assert label is not None and label.text() == "Team: offline"
        assert "moderating alone" in label.toolTip()
        during = select_rows(ana.tab, [8, 9])
        delete(ana)
        arun(
            until(lambda: all(ana.row(m.id).is_deleted for m in during), what="deleted while alone")
        )
        assert len(ana.wiring.team.pending) >= 2
    finally:
        team_desk.db.cluster.start()

    async def back() -> None:
        for app in (ana, bo):
            await until(lambda a=app: a.wiring.team.state is TeamState.ONLINE, what="back")  # type: ignore[misc]
        for m in during:
            await until(lambda m=m: bool(lines_about(bo, m.id)), what="what waited")  # type: ignore[misc]
        await until(lambda: len(ana.wiring.team.pending) == 0, what="all sent")

    arun(back())
    for m in (first, *during):
        assert len(lines_about(bo, m.id)) == 1
        assert deletes_of(team_desk, m.id) == 1
    with team_desk.db.admin() as conn:
        rows = conn.execute("SELECT body->>'message_id' FROM moderator.audit").fetchall()
    ids = [r[0] for r in rows]
    assert sorted(ids) == sorted({m.id for m in (first, *during)})  # each once


def test_no_platform_secret_reaches_the_shared_database(
    team_desk: TeamDesk, arun: Runner[Any]
) -> None:
    ana = team_desk.ana
    pick(ana, 4)
    delete(ana)
    claim = ana.tab.view.findChild(QAction, "claim")
    assert claim is not None
    claim.trigger()
    arun(until(lambda: len(ana.wiring.team.pending) == 0 and _rows(team_desk) >= 2, what="shared"))
    secrets = team_desk.platform_secrets()
    assert secrets, "the test must know the secrets it looks for"
    with team_desk.db.admin() as conn:
        everything = " ".join(
            str(row)
            for table in ("audit", "records", "actions", "applied")
            for row in conn.execute(f"SELECT * FROM moderator.{table}").fetchall()
        )
    assert [s for s in secrets if len(s) >= 6 and s in everything] == []


def _rows(desk: TeamDesk) -> int:
    with desk.db.admin() as conn:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM moderator.audit)"
            " + (SELECT count(*) FROM moderator.records)"
        ).fetchone()
    return int(row[0]) if row else 0


def waiting_locks(desk: TeamDesk) -> int:
    with desk.db.admin() as conn:
        row = conn.execute("SELECT count(*) FROM pg_locks WHERE NOT granted").fetchone()
    return int(row[0]) if row else 0


def test_what_one_reads_shows_read_for_the_other(team_desk: TeamDesk, arun: Runner[Any]) -> None:
    ana, bo = team_desk.ana, team_desk.bo
    read = select_rows(ana.tab, [1, 2, 3])
    ana.tab.actions_.shortcut_actions[ActionKind.MARK_READ].trigger()

    async def shown() -> None:
        await until(lambda: all(bo.row(m.id).is_read for m in read), what="read for bo")

    arun(shown())
    key = bo.tab.controller.provider.stream.key
    assert bo.read_state.read_among(key, [m.id for m in read]) == {m.id for m in read}
    assert not bo.row(pick(bo, 6).id).is_read
