"""Automod on a real window: spam is held out of the tabs into one review queue across streams,
deny deletes where the platform can and says "hidden here only" where it cannot, approve shows
the message, a repeat spammer is timed out by the ladder, the audit names the rule."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from moderator.core.automod.rules import Act, Rule, RuleKind, RuleSet
from moderator.core.automod.starter import starter_rules
from moderator.core.search import SearchQuery
from moderator.fakes.chatter import Viewer
from moderator.ui.shell.automod_wiring import Automod
from tests.gui.conftest import Runner, until
from tests.gui.desk import Desk, desk
from tests.gui.message_mock import MessageMock

__all__ = ["desk"]  # the fixture, used by name

SPAM = "FREE FOLLOWERS at bit.ly/totally-legit !!!"
SPAMMER = Viewer("prism-spam-1", "spammy")
ALLMINE_SPAMMER = Viewer("allmine-spam-1", "spammy2")


def automod(desk: Desk) -> Automod:
    for tab in desk.tabs:  # the desk's streams keep no audit of their own
        tab.controller.moderation.pipeline.audit = desk.audit
    return Automod(desk.cross, starter_rules())


def post_spam(desk: Desk, text: str = SPAM) -> tuple[str, str]:
    live = next(iter(desk.prism.lives))
    desk.prism.post(desk.prism.lives[live], SPAMMER, text)
    stream = next(iter(desk.allmine.streams.values()))
    desk.allmine.post(stream, ALLMINE_SPAMMER, text)
    return f"prism:{live}", f"allmine:{stream.stream_id}"


async def both_held(am: Automod) -> None:
    await until(lambda: len(am.gate.queue) == 2, what="both spam lines held")
    await until(lambda: am.panel.model.rowCount() == 2, what="both in the queue on screen")


def in_tabs(desk: Desk, text: str) -> list[str]:
    return [
        m.stream_key for t in desk.tabs for m in t.controller.model.messages() if m.text == text
    ]


def test_spam_is_held_across_streams_and_counted_in_the_title(
    desk: Desk, arun: Runner[Any]
) -> None:
    am = automod(desk)
    prism_key, allmine_key = post_spam(desk)
    arun(both_held(am))
    held = am.gate.queue.newest_first()
    assert {h.message.stream_key for h in held} == {prism_key, allmine_key}
    assert {h.rule for h in held} == {"Spam phrases"}
    assert in_tabs(desk, SPAM) == []  # hidden from the tabs
    archived = {(m.stream_key, m.id) for m in desk.archive.search(SearchQuery(limit=10**6))}
    assert {h.key for h in held} <= archived  # kept, whatever the moderator decides
    assert "2 held for review" in desk.window.windowTitle()
    assert am.dock.isVisible()
    assert "Spam phrases" in am.panel.model.index(0, 4).data()
    held_records = [r for r in desk.audit.all() if r.action == "held for review"]
    assert {r.detail.split(";")[0] for r in held_records} == {"automod: Spam phrases"}


def test_a_queue_the_moderator_closed_stays_closed_when_more_is_held(
    desk: Desk, arun: Runner[Any]
) -> None:
    am = automod(desk)
    post_spam(desk)
    arun(both_held(am))
    assert am.dock.isVisible()  # the first held message shows where it waits
    am.dock.close()
    post_spam(desk, "CHECK MY CHANNEL, free followers inside")
    arun(until(lambda: len(am.gate.queue) == 4, what="two more held"))
    assert not am.dock.isVisible()  # closed is closed; the title still counts
    assert "4 held for review" in desk.window.windowTitle()


def test_deny_deletes_where_it_can_and_says_hidden_here_only(
    desk: Desk, qtbot: QtBot, arun: Runner[Any]
) -> None:
    am = automod(desk)
    prism_key, _allmine_key = post_spam(desk)
    arun(both_held(am))
    prism_msg = next(
        h.message for h in am.gate.queue.newest_first() if h.message.stream_key == prism_key
    )
    am.panel.table.selectAll()
    am.panel.table.setFocus()
    QTest.keyClick(am.panel.table, Qt.Key.Key_D)
    live = prism_key.partition(":")[2]
    arun(until(lambda: desk.prism.message_facts(live, prism_msg.id).deleted, what="deleted"))
    assert len(am.gate.queue) == 0
    shown = am.panel.notice.text()  # the queue, where the moderator acted, says it
    assert am.panel.notice.isVisibleTo(am.panel)
    assert "hidden here only" in shown and "Allmine" in shown
    assert "held for review" not in desk.window.windowTitle()


def test_approve_shows_the_message_in_its_tab(desk: Desk, qtbot: QtBot, arun: Runner[Any]) -> None:
    am = automod(desk)
    post_spam(desk)
    arun(both_held(am))
    am.panel.table.selectRow(0)
    am.panel.table.setFocus()
    QTest.keyClick(am.panel.table, Qt.Key.Key_A)
    arun(until(lambda: len(in_tabs(desk, SPAM)) == 1, what="the approved line in its tab"))
    assert len(am.gate.queue) == 1 and am.panel.model.rowCount() == 1


def test_a_repeat_spammer_is_timed_out_by_the_ladder(desk: Desk, arun: Runner[Any]) -> None:
    am = automod(desk)
    live = next(iter(desk.prism.lives))
    desk.prism.post(desk.prism.lives[live], SPAMMER, "check my channel please")
    arun(until(lambda: len(am.gate.queue) == 1, what="the first strike held"))
    desk.prism.post(desk.prism.lives[live], SPAMMER, "pls check my channel")
    arun(until(lambda: desk.prism.restriction(live, SPAMMER.id) == "timeout", what="timed out"))
    held = am.gate.queue.newest_first()
    assert [h.strikes for h in held] == [2, 1]
    restricts = [r for r in desk.audit.all() if r.action == "timeout"]
    assert restricts and restricts[0].detail.startswith("automod: Spam phrases")
    key = (held[0].message.stream_key, SPAMMER.id)
    from moderator.core.identity import AuthorKey

    assert am.strikes_of(AuthorKey(*key)) == 2


def test_the_user_card_shows_the_strikes(desk: Desk, arun: Runner[Any]) -> None:
    am = automod(desk)
    live = next(iter(desk.prism.lives))
    desk.prism.post(desk.prism.lives[live], SPAMMER, "check my channel please")
    arun(until(lambda: len(am.gate.queue) == 1, what="the first strike held"))
    held = am.gate.queue.newest_first()[0].message
    card = desk.cross.show_user_card(held.author, held.stream_key)
    assert card.extra.isVisible() and "Automod: 1 strike" in card.extra.text()
    card.close()
    other = desk.controller(0).model.messages()[0]
    clean = desk.cross.show_user_card(other.author, other.stream_key)
    assert not clean.extra.isVisible()
    clean.close()


def test_history_is_held_without_strikes_or_pace_rules(desk: Desk, arun: Runner[Any]) -> None:
    am = automod(desk)
    live = next(iter(desk.prism.lives))
    am.gate.live.discard(f"prism:{live}")  # as if these were the first lines it read
    lives = desk.prism.lives[live]
    for _ in range(3):
        desk.prism.post(lives, SPAMMER, "check my channel please")
    arun(until(lambda: len(am.gate.queue) == 3, what="the history's spam held"))
    assert desk.prism.restriction(live, SPAMMER.id) is None
    assert [h.strikes for h in am.gate.queue.newest_first()] == [0, 0, 0]
    assert {h.rule for h in am.gate.queue.newest_first()} == {"Spam phrases"}  # no "Repeated"


def test_a_delete_rule_deletes_where_it_can_and_holds_where_it_cannot(
    desk: Desk, arun: Runner[Any]
) -> None:
    for tab in desk.tabs:
        tab.controller.moderation.pipeline.audit = desk.audit
    zap = Rule(name="Zap", kind=RuleKind.WORDS, words=("zapme",), action=Act.DELETE)
    am = Automod(desk.cross, RuleSet(rules=(zap,)))
    prism_key, allmine_key = post_spam(desk, "please zapme now")
    live = prism_key.partition(":")[2]
    arun(until(lambda: len(am.gate.queue) == 1, what="the Allmine line held"))
    held = am.gate.queue.newest_first()[0]
    assert held.message.stream_key == allmine_key and "hidden here only" in held.why

    def deleted_on_prism() -> bool:
        ids = [m.id for m in desk.controller(0).model.messages() if m.text == "please zapme now"]
        return bool(ids) and desk.prism.message_facts(live, ids[0]).deleted

    arun(until(deleted_on_prism, what="the PRISM line deleted by the rule"))
    records = [r for r in desk.audit.all() if r.action == "delete"]
    assert [r.detail for r in records] == ["automod: Zap"]


def test_a_platform_that_cannot_act_is_named_once_not_for_every_author(
    desk: Desk, arun: Runner[Any], message_mock: MessageMock
) -> None:
    """At a fast chat a rule escalates on many authors a second: one notice per rule and
    stream (hundreds a second froze the demo), and again once the rules are changed."""
    banhammer = Rule(name="Banhammer", kind=RuleKind.WORDS, words=("banme",), action=Act.BAN)
    am = Automod(desk.cross, RuleSet(rules=(banhammer,)))
    stream = next(iter(desk.allmine.streams.values()))
    for n in range(3):
        desk.allmine.post(stream, Viewer(f"allmine-b{n}", f"b{n}"), f"banme {n}")
    arun(until(lambda: len(am.gate.queue) == 3, what="the three lines held"))
    arun(until(lambda: message_mock.told("could not act"), what="the moderator told"))
    refusals = [t for t in message_mock.texts() if "could not act" in t]
    assert refusals == [
        "Automod rule “Banhammer” could not act: "
        "Allmine has no moderator ban endpoint; a user can only block another user for themselves."
    ]
    am.set_rules(RuleSet(rules=(banhammer,)))
    desk.allmine.post(stream, Viewer("allmine-b9", "b9"), "banme again")
    arun(until(lambda: len(am.gate.queue) == 4, what="the fourth held"))
    arun(
        until(
            lambda: sum("could not act" in t for t in message_mock.texts()) == 2,
            what="told again after the rules changed",
        )
    )
