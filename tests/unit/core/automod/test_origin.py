"""An automod rule's action goes through the one pipeline, and its audit record names the rule."""

from __future__ import annotations

from moderator.core.actions import ActionKind
from moderator.core.request import ActionRequest, Surface
from tests.unit.core.moderation_kit import Desk, chat


async def test_the_audit_record_says_which_rule_acted() -> None:
    desk = Desk([chat(1), chat(2)])
    desk.pipeline.submit(
        ActionRequest(
            ActionKind.DELETE,
            [desk.rows.lines[0]],
            reason="automod: Links",
            origin=Surface.AUTOMOD,
            rule="Links",
        )
    )
    desk.pipeline.submit(ActionRequest(ActionKind.DELETE, [desk.rows.lines[1]]))
    await desk.settle()
    assert desk.platform.calls == [("delete", "1"), ("delete", "2")]
    details = {r.message_id: r.detail for r in desk.audit.records}
    assert details == {"1": "automod: Links; reason: automod: Links", "2": ""}
