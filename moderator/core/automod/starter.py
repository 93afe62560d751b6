"""The starter rule set: catches the demo's spam, and is where a moderator begins."""

from __future__ import annotations

from moderator.core.automod.rules import (
    Act,
    Ladder,
    LadderStep,
    Rule,
    RuleKind,
    RuleSet,
)

STARTER_LADDER = Ladder(
    steps=(
        LadderStep(action=Act.HOLD),
        LadderStep(action=Act.TIMEOUT, timeout_seconds=60),
        LadderStep(action=Act.TIMEOUT, timeout_seconds=600),
        LadderStep(action=Act.BAN),
    ),
    decay_seconds=3600,
)


def starter_rules() -> RuleSet:
    return RuleSet(
        rules=(
            Rule(
                name="Spam phrases",
                kind=RuleKind.WORDS,
                action=Act.LADDER,
                words=(
                    "free followers",
                    "check my channel",
                    "cheap viewers",
                    "follow for follow",
                    "free vbucks",
                ),
            ),
            Rule(
                name="Links",
                kind=RuleKind.LINKS,
                action=Act.HOLD,
                allowed_domains=("youtube.com", "youtu.be", "twitch.tv", "wikipedia.org"),
            ),
            Rule(name="Shouting", kind=RuleKind.CAPS, action=Act.HOLD, caps_ratio=0.7),
            Rule(
                name="Repeated message",
                kind=RuleKind.REPEAT,
                action=Act.LADDER,
                count=4,
                window_seconds=30,
            ),
            Rule(name="Raid", kind=RuleKind.RAID, action=Act.HOLD, count=8, window_seconds=20),
            Rule(
                name="Flood",
                kind=RuleKind.FLOOD,
                action=Act.TIMEOUT,
                count=10,
                window_seconds=10,
                timeout_seconds=60,
            ),
            Rule(
                name="Impostor name",
                kind=RuleKind.LOOKALIKE,
                action=Act.HOLD,
                protected_names=("Streamer", "ModSquad Lead"),
            ),
            Rule(name="Wall of text", kind=RuleKind.LENGTH, action=Act.FLAG, max_length=600),
            Rule(
                name="New authors (watch)",
                kind=RuleKind.NEW_AUTHOR,
                action=Act.HIGHLIGHT,
                dry_run=True,
                # off until the moderator wants it: on a fresh start every author is new, and a
                # chip on most rows hides the ones that matter
                enabled=False,
            ),
        ),
        ladder=STARTER_LADDER,
    )
