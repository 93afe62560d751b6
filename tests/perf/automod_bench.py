"""Automod in the ingest path: microseconds per message for a set of 50 rules (target ≤ 20).

``uv run python -m tests.perf.automod_bench [--messages N]``. The rules mix every kind (word
lists, regular expressions, links, caps, repeats, raids, floods, new authors, look-alike names,
length); the messages are the demo's chatter with its spam, from 2,000 authors, one per 50 ms.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from datetime import UTC, datetime, timedelta

from moderator.core.automod.engine import Engine
from moderator.core.automod.rules import Act, Rule, RuleKind, RuleSet
from moderator.core.models import Author, ChatMessage
from moderator.fakes.chatter import LINES, NAMES, SPAM

TARGET_US = 20.0
AUTHORS = 2_000
UNIQUE = 0.7
WORDS = ("spam", "scam", "free followers", "check my channel", "cheap", "buy now", "giveaway")


def fifty_rules() -> RuleSet:
    rules: list[Rule] = []
    for i in range(20):
        chosen = (*WORDS, f"badword{i}", f"bad phrase {i}", f"w{i}x")
        rules.append(Rule(name=f"words {i}", kind=RuleKind.WORDS, words=chosen))
    for i in range(8):
        rules.append(Rule(name=f"regex {i}", kind=RuleKind.REGEX, pattern=rf"\bcode{i}\d+"))
    for i in range(5):
        ok = ("youtube.com", f"site{i}.org")
        rules.append(Rule(name=f"links {i}", kind=RuleKind.LINKS, allowed_domains=ok))
    for i in range(4):
        rules.append(Rule(name=f"caps {i}", kind=RuleKind.CAPS, caps_ratio=0.6 + i / 20))
    for kind, n in ((RuleKind.REPEAT, 3), (RuleKind.RAID, 3), (RuleKind.FLOOD, 3)):
        rules += [Rule(name=f"{kind.value} {i}", kind=kind, count=3 + i) for i in range(n)]
    rules.append(Rule(name="new", kind=RuleKind.NEW_AUTHOR, action=Act.HIGHLIGHT))
    for i in range(2):
        names = ("Streamer", f"Mod{i}")
        rules.append(Rule(name=f"look {i}", kind=RuleKind.LOOKALIKE, protected_names=names))
    rules.append(Rule(name="length", kind=RuleKind.LENGTH, max_length=500))
    assert len(rules) == 50
    return RuleSet(rules=tuple(rules))


def messages(count: int, seed: int = 7) -> list[ChatMessage]:
    """The demo's lines and spam; 70 % of them made unique (a real chat repeats itself less
    than 22 lines do), each author keeping one name."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    texts = LINES + SPAM
    authors = [Author(f"u{i}", f"{rng.choice(NAMES)}{i}") for i in range(AUTHORS)]
    out = []
    for i in range(count):
        author = rng.choice(authors)
        text = rng.choice(texts)
        if rng.random() < UNIQUE:
            text = f"{text} {rng.choice(NAMES)} #{i}"
        at = start + timedelta(seconds=i / 20)
        out.append(ChatMessage(str(i), "prism:live", author, text, at))
    return out


def measure(count: int) -> float:
    """Microseconds per message (best of three runs, a fresh engine each)."""
    batch = messages(count)
    best = float("inf")
    for _ in range(3):
        engine = Engine(fifty_rules())
        began = time.perf_counter()
        for message in batch:
            engine.check(message)
        best = min(best, (time.perf_counter() - began) / count * 1e6)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=50_000)
    args = parser.parse_args()
    per_message = measure(args.messages)
    met = "met" if per_message <= TARGET_US else "NOT met"
    print(f"automod: {per_message:.1f} µs per message, 50 rules (target ≤ {TARGET_US:g}: {met})")
    print(json.dumps({"automod_us_per_message": round(per_message, 2), "rules": 50}))


if __name__ == "__main__":
    main()
