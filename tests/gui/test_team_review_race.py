"""Two moderators decide the same held message at the same moment: the decision the team
database took first is the only one applied (no delete of what the other approved, no showing
of what the other denied), and the other moderator is told who decided it and how."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui.conftest import Runner, until
from tests.gui.teamdesk import TeamDesk, team_desk
from tests.gui.test_team_share import deletes_of, held_ids, hold_spam, in_tab, records

__all__ = ["team_desk"]


@pytest.mark.parametrize("deny_first", [True, False])
def test_a_deny_and_an_approve_at_once_apply_only_the_first(
    team_desk: TeamDesk, arun: Runner[Any], deny_first: bool
) -> None:
    """Whichever the database takes first (the order of the clicks makes either likely)."""
    ana, bo = team_desk.ana, team_desk.bo
    [spam] = hold_spam(team_desk, arun)
    ana.automod.panel.table.selectRow(0)
    bo.automod.panel.table.selectRow(0)
    clicks = [ana.automod.panel.deny, bo.automod.panel.approve]
    for click in clicks if deny_first else reversed(clicks):
        click()  # both in the same turn of the loop: neither heard the other

    async def settled() -> None:
        await until(lambda: held_ids(ana) == held_ids(bo) == set(), what="both queues empty")
        await until(lambda: len(records(team_desk, "review")) == 1, what="one decision")
        for app in (ana, bo):  # whatever each app sends has gone out
            await until(lambda a=app: len(a.wiring.team.pending) == 0, what="all sent")  # type: ignore[misc]

    arun(settled())
    [(_subject, winner, body)] = records(team_desk, "review")
    loser = bo if winner == "ana" else ana
    said = f"Already {body['decision']} by {winner}."
    arun(until(lambda: loser.automod.panel.notice.text() == said, what="the second told"))
    if body["decision"] == "denied":
        arun(until(lambda: deletes_of(team_desk, spam) == 1, what="ana's delete"))
        assert not in_tab(bo, spam) and not in_tab(ana, spam), "shown though denied"
    else:  # rows reach a tab on its next flush
        arun(until(lambda: in_tab(ana, spam) and in_tab(bo, spam), what="shown in both tabs"))
        assert deletes_of(team_desk, spam) == 0, "deleted though approved"


def test_the_same_decision_twice_is_applied_once(team_desk: TeamDesk, arun: Runner[Any]) -> None:
    ana, bo = team_desk.ana, team_desk.bo
    first, second = hold_spam(team_desk, arun, 2)
    for app in (ana, bo):  # both approve both at once
        app.automod.panel.table.selectAll()
        app.automod.panel.approve()

    async def settled() -> None:
        await until(lambda: len(records(team_desk, "review")) == 2, what="two decisions")
        await until(lambda: held_ids(ana) == held_ids(bo) == set(), what="both queues empty")
        for app in (ana, bo):
            await until(lambda a=app: in_tab(a, first) and in_tab(a, second), what="shown")  # type: ignore[misc]

    arun(settled())
    for app in (ana, bo):  # shown once each, not twice
        ids = [m.id for m in app.tab.controller.model.messages()]
        assert ids.count(first) == 1 and ids.count(second) == 1
