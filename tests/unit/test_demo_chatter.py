"""The demo's sites look like real ones, so the starter rules catch spam, not their visitors."""

from __future__ import annotations

from collections import Counter

from moderator.core.automod.rules import RuleKind
from moderator.core.automod.starter import starter_rules
from moderator.demo import demo_fakes, feed_rate
from moderator.fakes.brilliant import BrilliantFake
from moderator.fakes.liveperson import LivePersonFake

#: the fastest ``--demo-rate`` the README suggests for watching the chat move
BRISK_DEMO_RATE = 3.0


def flood_rule_limit() -> float:
    """Lines a second one author may write before the starter Flood rule acts."""
    flood = next(rule for rule in starter_rules().rules if rule.kind is RuleKind.FLOOD)
    return flood.count / flood.window_seconds


def test_no_visitor_of_the_demo_directory_site_writes_a_flood_at_a_brisk_demo_rate() -> None:
    everyone = demo_fakes(None, seed=1, prism_lives=2)
    site = next(f for f in everyone if isinstance(f, BrilliantFake))
    site.add_chatter(2_000)
    visitors = Counter(m["message_owner"] for m in site.messages)
    visitors.pop(site.owner_token)  # the site owner answers every thread; not a visitor
    busiest = max(visitors.values()) / len(site.messages)
    lines_a_second = feed_rate(everyone, BRISK_DEMO_RATE) * busiest
    assert lines_a_second < flood_rule_limit() * 0.8, visitors.most_common(3)


def test_no_visitor_of_the_demo_support_desk_writes_a_flood_at_a_brisk_demo_rate() -> None:
    everyone = demo_fakes(None, seed=1, prism_lives=2)
    desk = next(f for f in everyone if isinstance(f, LivePersonFake))
    desk.add_chatter(4_000)
    lines = Counter(
        chat.key  # the client names a visitor by the chat's visitor id: one author per chat
        for chat in desk.chats.values()
        for event in chat.events
        if event["type"] == "line" and event.get("source") == "visitor"
    )
    busiest = max(lines.values()) / 4_000
    lines_a_second = feed_rate(everyone, BRISK_DEMO_RATE) * busiest
    assert lines_a_second < flood_rule_limit() * 0.8, lines.most_common(3)
