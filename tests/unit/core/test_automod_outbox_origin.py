"""An action automod took keeps automod's voice when the outbox delivers it later (after a
network failure, a retry, a restart): the chat line, the audit record and the failure notice
name the rule, never the moderator."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from moderator.core.actions import ActionKind
from moderator.core.delivery import deliver
from moderator.core.models import MessageKind
from moderator.errors import PermissionDenied, ProviderUnavailable
from moderator.storage.outbox import Outbox
from tests.unit.core.moderation_kit import Desk, Platform, chat

STREAM = "test:1"
RULE = "automod: Links"


def never(_text: str, _since: float) -> bool:
    return False


def lines(desk: Desk) -> list[str]:
    return [m.text for m in desk.rows.lines if m.kind is MessageKind.MODERATION]


async def test_a_rules_ban_delivered_after_a_restart_still_reads_by_automod(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox.sqlite3"
    outbox = Outbox(path)
    first = Desk([chat(1, "ann")], Platform({"ann": ProviderUnavailable("down")}), outbox=outbox)
    first.pipeline.act(ActionKind.BAN, first.rows.lines, origin=RULE)
    await first.settle()
    outbox.close()

    reopened = Outbox(path)  # the app started again: a new pipeline, the same outbox
    platform = Platform()
    later = Desk([chat(1, "ann")], platform, outbox=reopened)
    (entry,) = reopened.waiting(STREAM)
    assert entry.origin == RULE
    later.pipeline.delivered(await deliver(platform, reopened, entry, already_arrived=never))
    assert platform.calls == [("ban", "ann")]
    assert lines(later) == ["Ann was banned by automod (Links)"]
    (record,) = later.audit.records
    assert record.result == "done"
    assert RULE in record.detail


async def test_a_rules_delete_that_fails_on_delivery_says_which_rule(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    platform = Platform({"1": ProviderUnavailable("down")})
    desk = Desk([chat(1)], platform, outbox=outbox)
    desk.pipeline.act(ActionKind.DELETE, desk.rows.lines, origin=RULE)
    await desk.settle()
    platform.refuse["1"] = PermissionDenied("not allowed")
    (entry,) = outbox.waiting(STREAM)
    desk.pipeline.delivered(await deliver(platform, outbox, entry, already_arrived=never))
    assert desk.audit.results("delete") == ["waiting", "failed"]
    assert all(RULE in r.detail for r in desk.audit.records)
    assert "automod (Links)" in desk.heard.notices()[-1]


async def test_the_moderators_own_queued_action_still_reads_by_you(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    platform = Platform({"ann": ProviderUnavailable("down")})
    desk = Desk([chat(1, "ann")], platform, outbox=outbox)
    desk.pipeline.act(ActionKind.BAN, desk.rows.lines)
    await desk.settle()
    platform.refuse.clear()
    (entry,) = outbox.waiting(STREAM)
    assert entry.origin == ""
    desk.pipeline.delivered(await deliver(platform, outbox, entry, already_arrived=never))
    assert lines(desk) == ["Ann was banned by you"]


def test_an_outbox_from_before_origins_were_kept_reads_its_rows_as_the_moderators(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        """CREATE TABLE outbox (
            id INTEGER PRIMARY KEY, dedupe_key TEXT NOT NULL UNIQUE, stream_key TEXT NOT NULL,
            kind TEXT NOT NULL, message TEXT, text TEXT NOT NULL DEFAULT '', duration_s REAL,
            created_at REAL NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'waiting');
        INSERT INTO outbox (dedupe_key, stream_key, kind, text, created_at)
            VALUES ('send|test:1|x', 'test:1', 'send', 'hello', 1.0);"""
    )
    old.commit()
    old.close()
    outbox = Outbox(path)
    (entry,) = outbox.waiting(STREAM)
    assert (entry.text, entry.origin) == ("hello", "")
