"""Two moderators share notes, automod (rules, strikes, the review queue) and claims on authors
through a real PostgreSQL, live, and across a restart of the database."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtTest import QTest

from moderator.core.automod.rules import Act, Rule, RuleKind, RuleSet
from moderator.core.identity import AuthorKey
from moderator.core.models import ChatMessage
from moderator.core.team import NOTE, REVIEW, STRIKE, SharedRecord, TeamState
from moderator.core.team_records import rules_record
from moderator.fakes.chatter import Viewer
from moderator.storage.automod import load_rules
from moderator.ui.across.user_card import UserCard
from moderator.ui.kit import messages
from tests.gui.conftest import Runner, until
from tests.gui.tabkit import select_rows
from tests.gui.teamdesk import RULES, SPAM, App, TeamDesk, team_desk

__all__ = ["team_desk"]
SPAMMER = Viewer("prism-spam-1", "spammy")


def card(app: App, message: ChatMessage) -> UserCard:
    return app.cross.show_user_card(message.author, message.stream_key)


def post(desk: TeamDesk, text: str = SPAM, who: Viewer = SPAMMER) -> None:
    live = next(iter(desk.prism.lives))
    desk.prism.post(desk.prism.lives[live], who, text)


def held_ids(app: App) -> set[str]:
    return {h.message.id for h in app.automod.gate.queue.newest_first()}


def deletes_of(desk: TeamDesk, message_id: str) -> int:
    return sum(
        1 for method, path in desk.gate.requests if method == "DELETE" and message_id in path
    )


def records(desk: TeamDesk, kind: str) -> list[tuple[Any, ...]]:
    with desk.db.admin() as conn:
        return conn.execute(
            "SELECT subject, moderator, body FROM moderator.records WHERE kind = %s", (kind,)
        ).fetchall()


def in_tab(app: App, message_id: str) -> bool:
    return app.tab.controller.model.row_of(message_id) is not None


def test_a_note_by_one_shows_on_the_others_card_and_rows(
    team_desk: TeamDesk, arun: Runner[Any]
) -> None:
    ana, bo = team_desk.ana, team_desk.bo
    message = select_rows(ana.tab, [4])[0]
    theirs = card(bo, message)  # bo has the card open: it follows live
    mine = card(ana, message)
    mine.note_box.editor.setPlainText("warned twice about links")
    mine.note_box.save()
    row = bo.row(message.id)

    async def shown() -> None:
        await until(
            lambda: theirs.note_box.editor.toPlainText() == "warned twice about links",
            what="the note on bo's open card",
        )

    arun(shown())
    assert theirs.note_box.status.text() == "Written by ana."
    assert bo.tab.view.message_delegate.note(row) == "warned twice about links\n(note by ana)"
    assert ana.tab.view.message_delegate.note(ana.row(message.id)) == "warned twice about links"
    assert bo.notes.load() == {AuthorKey.of(message): "warned twice about links"}
    assert card(bo, message).note_box.status.text() == "Written by ana."  # a card opened later
    # bo writing in the box is not overwritten by ana's next change; he is told
    theirs.note_box.editor.clear()
    QTest.keyClicks(theirs.note_box.editor, "bo's draft")
    mine.note_box.editor.setPlainText("")
    mine.note_box.save()

    async def removed() -> None:
        await until(lambda: bo.tab.view.message_delegate.note(row) == "", what="note removed")

    arun(removed())
    assert theirs.note_box.editor.toPlainText() == "bo's draft"
    assert "ana changed this note meanwhile" in theirs.note_box.status.text()
    assert bo.notes.load() == {}
    # bo's own note, heard back from the team after a restart, is his: not signed
    key = AuthorKey.of(message)
    body = {"stream_key": key.stream_key, "author_id": key.author_id, "text": "bo's"}
    bo.wiring.share.heard.emit(SharedRecord(NOTE, "x", body, moderator="bo"))
    assert bo.tab.view.message_delegate.note(row) == "bo's"


def test_a_rule_saved_by_one_is_used_by_the_other(
    team_desk: TeamDesk, arun: Runner[Any], tmp_path: Any
) -> None:
    ana, bo = team_desk.ana, team_desk.bo
    zap = Rule(name="Zap", kind=RuleKind.WORDS, words=("zapme",), action=Act.HOLD)
    ana.automod.set_rules(RuleSet(rules=(*RULES.rules, zap)))  # as the rules dialog's OK does
    arun(until(lambda: "Zap" in {r.name for r in bo.automod.gate.rules.rules}, what="bo's rules"))
    assert bo.automod.gate.rules.rules == (*RULES.rules, zap)
    kept, problem = load_rules(tmp_path / "bo" / "automod.json", RuleSet())
    assert problem == "" and kept.rules == (*RULES.rules, zap)  # bo keeps them for next time
    post(team_desk, "please zapme now")

    async def held() -> None:
        await until(lambda: len(bo.automod.gate.queue) == 1, what="held by bo's app")

    arun(held())
    [caught] = bo.automod.gate.queue.newest_first()
    assert caught.rule == "Zap"
    assert len(records(team_desk, "rule")) == 1
    said: list[str] = []
    messages.bridge().listeners.append(lambda told: said.append(told.text))
    bo.wiring.share.heard.emit(rules_record(bo.automod.gate.rules.model_dump(mode="json")))
    assert said == []  # the same rules heard again (a restart's catch-up) change nothing


def hold_spam(desk: TeamDesk, arun: Runner[Any], count: int = 1) -> list[str]:
    for n in range(count):
        post(desk, f"{SPAM} {n}")

    async def held() -> None:
        for app in (desk.ana, desk.bo):
            await until(lambda a=app: len(held_ids(a)) == count, what=f"held by {app.name}")  # type: ignore[misc]
            shown = app.automod.panel.model.rowCount
            await until(lambda s=shown: s() == count, what=f"in {app.name}'s queue on screen")  # type: ignore[misc]

    arun(held())
    assert held_ids(desk.ana) == held_ids(desk.bo)
    return [h.message.id for h in desk.ana.automod.gate.queue.newest_first()]


def test_one_held_message_is_decided_once_across_two_queues(
    team_desk: TeamDesk, arun: Runner[Any]
) -> None:
    ana, bo = team_desk.ana, team_desk.bo
    denied, approved = hold_spam(team_desk, arun, 2)  # newest first
    ana.automod.panel.table.selectRow(0)
    ana.automod.panel.deny()

    async def left() -> None:
        await until(lambda: held_ids(bo) == {approved}, what="denied by ana, off bo's queue")
        await until(lambda: deletes_of(team_desk, denied) == 1, what="ana's delete")

    arun(left())
    assert bo.automod.panel.notice.text() == "Denied by ana."
    arun(until(lambda: bo.automod.panel.model.rowCount() == 1, what="off bo's queue on screen"))
    assert not in_tab(bo, denied)
    bo.automod.panel.table.selectRow(0)
    bo.automod.panel.approve()

    async def shown() -> None:
        await until(lambda: in_tab(ana, approved), what="approved by bo, in ana's tab")

    arun(shown())
    assert held_ids(ana) == set()
    assert ana.automod.panel.notice.text() == "Approved by bo."
    decisions = {row[0]: (row[1], row[2]["decision"]) for row in records(team_desk, "review")}
    assert sorted(decisions.values()) == [("ana", "denied"), ("bo", "approved")]
    assert deletes_of(team_desk, denied) == 1 and deletes_of(team_desk, approved) == 0


def test_a_message_decided_before_this_app_held_it_leaves_at_once(
    team_desk: TeamDesk, arun: Runner[Any]
) -> None:
    ana, bo = team_desk.ana, team_desk.bo
    stream_key = bo.tab.controller.provider.stream.key
    coming = str(team_desk.prism._next_id + 1)  # the id the fake gives the next line
    body = {"stream_key": stream_key, "message_id": coming, "decision": "denied"}
    # as a catch-up hands it over: ana denied it in an app that held it first
    bo.wiring.share.heard.emit(
        SharedRecord(REVIEW, f"{stream_key}/{coming}", body, moderator="ana")
    )
    post(team_desk)
    arun(until(lambda: held_ids(ana) == {coming}, what="held by ana"))
    arun(until(lambda: bo.automod.panel.notice.text() == "Denied by ana.", what="bo told"))
    assert held_ids(bo) == set() and not in_tab(bo, coming)


def test_two_denies_of_one_message_make_one_platform_call(
    team_desk: TeamDesk, arun: Runner[Any]
) -> None:
    ana, bo = team_desk.ana, team_desk.bo
    [spam] = hold_spam(team_desk, arun)
    for app in (ana, bo):  # both at once, before either hears the other
        app.automod.panel.table.selectRow(0)
        app.automod.panel.deny()

    async def done() -> None:
        await until(lambda: deletes_of(team_desk, spam) == 1, what="the delete")
        await until(lambda: len(records(team_desk, "review")) == 1, what="the decision")
        for app in (ana, bo):
            await until(lambda a=app: len(a.wiring.team.pending) == 0, what="all sent")  # type: ignore[misc]

    arun(done())
    assert held_ids(ana) == held_ids(bo) == set()
    assert deletes_of(team_desk, spam) == 1


def test_a_strike_counts_once_for_the_team(team_desk: TeamDesk, arun: Runner[Any]) -> None:
    ana, bo = team_desk.ana, team_desk.bo
    ladder = Rule(name="Links", kind=RuleKind.WORDS, words=("mychannel",), action=Act.LADDER)
    ana.automod.set_rules(RuleSet(rules=(ladder,)))
    arun(until(lambda: bo.automod.gate.rules.rules == (ladder,), what="bo's rules"))
    post(team_desk, "see mychannel")
    key = AuthorKey(ana.tab.controller.provider.stream.key, SPAMMER.id)
    both = (ana, bo)

    async def struck() -> None:
        await until(lambda: len(records(team_desk, "strike")) == 1, what="the team's strike")
        for app in both:
            await until(lambda a=app: a.automod.strikes_of(key) == 1, what=f"{app.name}'s")  # type: ignore[misc]

    arun(struck())
    assert [a.automod.strikes_of(key) for a in both] == [1, 1]  # one strike, not two
    # a strike only ana's app gave (bo's tab was closed then) counts in bo's ladder
    body = {"stream_key": key.stream_key, "author_id": key.author_id, "at": time.time()}
    record = SharedRecord(STRIKE, f"{key.stream_key}/old-1/strike", body, moderator="ana")
    bo.wiring.share.heard.emit(record)
    assert bo.automod.strikes_of(key) == 2
    assert "2 strike" in bo.automod.strike_line(key)


def test_an_author_claim_shows_on_all_their_rows_and_in_all_streams(
    team_desk: TeamDesk, arun: Runner[Any]
) -> None:
    ana, bo = team_desk.ana, team_desk.bo
    for _ in range(2):
        post(team_desk, "hello there", SPAMMER)
    arun(until(lambda: len(spammer_rows(bo)) == 2 and len(spammer_rows(ana)) == 2, what="rows"))
    rows = ana.tab.controller.model.messages()
    select_rows(ana.tab, [rows.index(spammer_rows(ana)[0])])
    claim = ana.tab.view.findChild(QAction, "claim_author")
    assert claim is not None
    model = bo.tab.controller.model
    redrawn: set[int] = set()  # the rows are redrawn as the claim arrives, not at a later paint
    model.dataChanged.connect(
        lambda top, bottom, _roles=(): redrawn.update(range(top.row(), bottom.row() + 1))
    )
    claim.trigger()
    overview = bo.cross.show_all_streams()
    assert overview is not None
    marker = bo.tab.view.message_delegate.marker
    everywhere = overview.view.message_delegate.marker

    async def shown() -> None:
        await until(
            lambda: all(marker(m) == "ana is on this author" for m in spammer_rows(bo)),
            what="the claim on every row of the author",
        )

    arun(shown())
    arun(until(lambda: {model.row_of(m.id) for m in spammer_rows(bo)} <= redrawn, what="redrawn"))
    assert all(everywhere(m) == "ana is on this author" for m in spammer_rows(bo))
    others = [m for m in bo.tab.controller.model.messages() if m.author.id != SPAMMER.id]
    assert others and all(marker(m) == "" for m in others)
    assert ana.tab.view.message_delegate.marker(spammer_rows(ana)[1]) == "you are on this author"
    claim.trigger()  # ana lets go
    arun(until(lambda: marker(spammer_rows(bo)[0]) == "", what="let go"))


def spammer_rows(app: App) -> list[ChatMessage]:
    return [m for m in app.tab.controller.model.messages() if m.author.id == SPAMMER.id]


def test_all_of_it_survives_a_database_restart(team_desk: TeamDesk, arun: Runner[Any]) -> None:
    ana, bo = team_desk.ana, team_desk.bo
    [spam] = hold_spam(team_desk, arun)
    message = select_rows(ana.tab, [3])[0]
    zap = Rule(name="Zap", kind=RuleKind.WORDS, words=("zapme",))
    team_desk.db.cluster.stop()
    try:
        arun(until(lambda: ana.wiring.team.state is TeamState.OFFLINE, what="ana alone"))
        note = card(ana, message).note_box
        note.editor.setPlainText("on the watch list")
        note.save()
        ana.automod.set_rules(RuleSet(rules=(*RULES.rules, zap)))
        ana.automod.panel.table.selectRow(0)
        ana.automod.panel.deny()
        claim = ana.tab.view.findChild(QAction, "claim_author")
        assert claim is not None
        claim.trigger()
        assert held_ids(bo) == {spam}  # nothing reached bo meanwhile
    finally:
        team_desk.db.cluster.start()
    key = AuthorKey.of(message)

    async def back() -> None:
        await until(lambda: bo.notes.load().get(key) == "on the watch list", what="the note")
        await until(lambda: zap in bo.automod.gate.rules.rules, what="the rules")
        await until(lambda: held_ids(bo) == set(), what="the decision")
        await until(
            lambda: (
                bo.tab.view.message_delegate.marker(bo.row(message.id)) == "ana is on this author"
            ),
            what="the claim",
        )
        await until(lambda: len(ana.wiring.team.pending) == 0, what="all sent")

    arun(back())
    assert bo.automod.panel.notice.text() == "Denied by ana."
    assert deletes_of(team_desk, spam) == 1
    for kind in ("note", "rule", "review"):
        assert len(records(team_desk, kind)) == 1, kind
    claims = [r for r in records(team_desk, "claim") if "/@" in r[0]]
    assert len(claims) == 1
