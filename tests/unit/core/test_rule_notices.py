"""A rule acting on many authors while the platform is down or refuses tells the moderator once,
not once per author (hundreds a second froze the demo's window); the moderator's own actions
are each told; once a rule's action of that kind goes through, the next trouble is told again.
Every action is still audited and kept in the outbox."""

from __future__ import annotations

from pathlib import Path

from moderator.core.actions import ActionKind
from moderator.errors import PermissionDenied, ProviderUnavailable
from moderator.storage.outbox import Outbox
from tests.unit.core.moderation_kit import Desk, Platform, chat

RULE = "automod: Flood"
AUTHORS = ("ann", "bob", "cy", "dee")


def desk_of(tmp_path: Path, platform: Platform, outbox: Outbox | None = None) -> Desk:
    messages = [chat(i, author) for i, author in enumerate(AUTHORS, start=1)]
    return Desk(messages, platform, outbox=outbox or Outbox(tmp_path / "outbox.sqlite3"))


async def rule_bans(desk: Desk, *authors: str) -> None:
    for message in desk.rows.lines:
        if message.author.id in authors:
            desk.pipeline.act(ActionKind.BAN, [message], origin=RULE)
    await desk.settle()


async def test_a_rules_bans_left_waiting_are_told_once(tmp_path: Path) -> None:
    down: dict[str, Exception] = {a: ProviderUnavailable("down") for a in AUTHORS}
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    desk = desk_of(tmp_path, Platform(down), outbox)
    await rule_bans(desk, "ann", "bob", "cy")
    assert len([n for n in desk.heard.notices() if "unreachable" in n]) == 1
    assert desk.audit.results("ban") == ["waiting"] * 3  # each one kept and recorded
    assert len(outbox.waiting("test:1")) == 3


async def test_a_rules_refused_bans_are_told_once_until_one_goes_through(tmp_path: Path) -> None:
    refused: dict[str, Exception] = {a: PermissionDenied("no") for a in ("ann", "bob", "dee")}
    platform = Platform(refused)
    desk = desk_of(tmp_path, platform)
    await rule_bans(desk, "ann", "bob")
    assert len(desk.heard.notices()) == 1
    await rule_bans(desk, "cy")  # went through: the next refusal is news again
    await rule_bans(desk, "dee")
    assert len(desk.heard.notices()) == 2
    assert desk.audit.results("ban") == ["failed", "failed", "done", "failed"]


async def test_the_moderators_own_actions_are_each_told(tmp_path: Path) -> None:
    down: dict[str, Exception] = {a: ProviderUnavailable("down") for a in AUTHORS}
    desk = desk_of(tmp_path, Platform(down))
    for message in desk.rows.lines[:3]:
        desk.pipeline.act(ActionKind.BAN, [message])
    await desk.settle()
    assert len([n for n in desk.heard.notices() if "unreachable" in n]) == 3
