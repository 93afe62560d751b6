"""What automod does speaks as automod: the chat line names the rule, and no Undo is offered as
if the moderator had acted (nobody is there to take it back within seconds)."""

from __future__ import annotations

from datetime import timedelta

from moderator.core.actions import ActionKind
from moderator.core.models import MessageKind
from moderator.core.request import ActionRequest, Surface
from moderator.core.result_line import done_sentence
from tests.unit.core.moderation_kit import Desk, chat


def automod(kind: ActionKind, desk: Desk, rule: str = "Spam phrases") -> ActionRequest:
    duration = timedelta(minutes=10) if kind is ActionKind.TIMEOUT else None
    return ActionRequest(kind, desk.rows.lines[:1], duration, origin=Surface.AUTOMOD, rule=rule)


def moderation_lines(desk: Desk) -> list[str]:
    return [m.text for m in desk.rows.lines if m.kind is MessageKind.MODERATION]


async def test_a_timeout_by_a_rule_says_automod_and_the_rule_not_you() -> None:
    desk = Desk([chat(1, "chris")])
    desk.pipeline.submit(automod(ActionKind.TIMEOUT, desk))
    await desk.settle()
    assert moderation_lines(desk) == [
        "Chris was timed out for 10 minutes by automod (Spam phrases)"
    ]


async def test_the_moderators_own_timeout_still_says_by_you() -> None:
    desk = Desk([chat(1, "chris")])
    desk.pipeline.submit(ActionRequest(ActionKind.BAN, desk.rows.lines[:1]))
    await desk.settle()
    assert moderation_lines(desk) == ["Chris was banned by you"]


async def test_a_delete_or_ban_by_a_rule_offers_no_undo_and_goes_out_at_once() -> None:
    for kind in (ActionKind.DELETE, ActionKind.BAN):
        desk = Desk([chat(1, "chris")])
        desk.pipeline.undo_delay = 60
        batch = desk.pipeline.submit(automod(kind, desk, rule="Links"))
        assert batch is not None and not batch.waiting
        await desk.settle()
        assert "offered" not in desk.heard.names()
        assert desk.platform.calls == [(kind.value, "1" if kind is ActionKind.DELETE else "chris")]


async def test_the_moderators_own_delete_still_offers_undo() -> None:
    desk = Desk([chat(1, "chris")])
    desk.pipeline.undo_delay = 60
    batch = desk.pipeline.submit(ActionRequest(ActionKind.DELETE, desk.rows.lines[:1]))
    assert batch is not None and batch.waiting
    assert "offered" in desk.heard.names()
    desk.pipeline.undo(batch)
    await desk.settle()


def test_the_sentence_names_who_acted() -> None:
    assert done_sentence(ActionKind.BAN, "Ann", by="automod: Raid") == (
        "Ann was banned by automod (Raid)"
    )
    assert done_sentence(ActionKind.UNBAN, "Ann") == "Ann was unbanned by you"
