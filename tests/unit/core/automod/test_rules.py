from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from moderator.core.automod.engine import Engine
from moderator.core.automod.rules import (
    Act,
    BadRules,
    Rule,
    RuleKind,
    RuleScope,
    RuleSet,
    ScopeKind,
)
from moderator.core.automod.starter import starter_rules
from moderator.core.models import Author, Badge, ChatMessage, MessageKind
from moderator.fakes.chatter import LINES, SPAM

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def msg(
    text: str,
    author: str = "a1",
    *,
    name: str = "viewer",
    stream: str = "prism:live",
    at: float = 0.0,
    badges: frozenset[Badge] = frozenset(),
    n: list[int] = [0],  # noqa: B006 - a counter for unique ids
) -> ChatMessage:
    n[0] += 1
    who = Author(author, name, badges=badges)
    return ChatMessage(str(n[0]), stream, who, text, T0 + timedelta(seconds=at))


def hits(engine: Engine, message: ChatMessage) -> list[str]:
    verdict = engine.check(message)
    return [] if verdict is None else [h.rule.name for h in verdict.hits]


def one(rule: Rule) -> Engine:
    return Engine(RuleSet(rules=(rule,)))


def test_words_match_whole_words_in_any_case_folded() -> None:
    engine = one(Rule(name="w", kind=RuleKind.WORDS, words=("spam", "free followers")))
    assert hits(engine, msg("SPAM here")) == ["w"]
    assert hits(engine, msg("ｓｐａｍ in full width")) == ["w"]
    assert hits(engine, msg("5p4m with leet")) == ["w"]
    assert hits(engine, msg("sp\u200bam hides a zero width space")) == ["w"]
    assert hits(engine, msg("get FR33   f0llowers now")) == ["w"]
    assert hits(engine, msg("spammer is another word")) == []
    assert hits(engine, msg("free and followers apart")) == []


def test_regex_rule_times_out_instead_of_hanging() -> None:
    engine = one(Rule(name="r", kind=RuleKind.REGEX, pattern=r"(a|aa)+$"))
    began = time.perf_counter()
    assert hits(engine, msg("a" * 40 + "b")) == []  # catastrophic: given up, not hung
    assert time.perf_counter() - began < 2.0
    assert hits(engine, msg("aaa")) == ["r"]


def test_a_pattern_that_does_not_compile_is_refused_with_the_reason() -> None:
    with pytest.raises(ValueError, match="does not compile"):
        Rule(name="r", kind=RuleKind.REGEX, pattern="(unclosed")


def test_links_outside_the_allow_list() -> None:
    engine = one(Rule(name="l", kind=RuleKind.LINKS, allowed_domains=("youtube.com",)))
    assert hits(engine, msg("see bit.ly/abc")) == ["l"]
    assert hits(engine, msg("https://EVIL.example.org/x")) == ["l"]
    assert hits(engine, msg("https://www.youtube.com/watch?v=1")) == []
    assert hits(engine, msg("fine. no link.")) == []


def test_caps_ratio_needs_enough_letters() -> None:
    engine = one(Rule(name="c", kind=RuleKind.CAPS, caps_ratio=0.7, min_letters=10))
    assert hits(engine, msg("STOP SHOUTING AT ME")) == ["c"]
    assert hits(engine, msg("GG WP")) == []
    assert hits(engine, msg("Mostly calm Text")) == []


def test_repeat_same_author_within_the_window() -> None:
    engine = one(Rule(name="rep", kind=RuleKind.REPEAT, count=3, window_seconds=30))
    assert hits(engine, msg("buy now", at=0)) == []
    assert hits(engine, msg("BUY  now", at=5)) == []
    assert hits(engine, msg("buy now", author="other", at=6)) == []
    assert hits(engine, msg("buy now!", at=10)) == ["rep"]
    assert hits(engine, msg("buy now", author="late", at=100)) == []


def test_raid_counts_distinct_authors() -> None:
    engine = one(Rule(name="raid", kind=RuleKind.RAID, count=3, window_seconds=20))
    assert hits(engine, msg("join the raid incoming", author="x1", at=0)) == []
    assert hits(engine, msg("join the raid incoming", author="x1", at=1)) == []
    assert hits(engine, msg("join the raid incoming", author="x2", at=2)) == []
    assert hits(engine, msg("join the raid incoming", author="x3", at=3)) == ["raid"]
    assert hits(engine, msg("join the raid incoming", author="x4", at=60)) == []
    for i in range(5):  # a short text from many is chat ("F in the chat"), not a raid
        assert hits(engine, msg("gg wp", author=f"y{i}", at=100 + i)) == []


def test_flood_counts_messages_per_author() -> None:
    engine = one(Rule(name="f", kind=RuleKind.FLOOD, count=4, window_seconds=10))
    assert [hits(engine, msg(f"m{i}", at=i)) for i in range(4)][-1] == ["f"]
    assert hits(engine, msg("calm", author="b", at=3)) == []


def test_new_author_only_their_first_messages() -> None:
    engine = one(Rule(name="n", kind=RuleKind.NEW_AUTHOR, first_messages=2))
    assert hits(engine, msg("hi", author="new")) == ["n"]
    assert hits(engine, msg("hi again", author="new")) == ["n"]
    assert hits(engine, msg("third", author="new")) == []


def test_lookalike_of_staff_and_protected_names() -> None:
    engine = one(Rule(name="look", kind=RuleKind.LOOKALIKE, protected_names=("Streamer",)))
    mod = frozenset({Badge.MODERATOR})
    assert hits(engine, msg("hello", author="m", name="ModAnna", badges=mod)) == []
    assert hits(engine, msg("hi", author="x", name="M0d\u200bAnna")) == ["look"]
    assert hits(engine, msg("hi", author="y", name="Strеamer")) == ["look"]  # Cyrillic е
    assert hits(engine, msg("hi", author="z", name="Stre\u202eamer")) == ["look"]
    assert hits(engine, msg("hi", author="w", name="Streamer")) == []  # the name itself
    assert hits(engine, msg("hi", author="v", name="Someone")) == []


def test_length() -> None:
    engine = one(Rule(name="len", kind=RuleKind.LENGTH, max_length=10))
    assert hits(engine, msg("x" * 11)) == ["len"]
    assert hits(engine, msg("x" * 10)) == []


def test_scope_enabled_and_dry_run() -> None:
    word = Rule(name="w", kind=RuleKind.WORDS, words=("spam",))
    platform = word.model_copy(update={"scope": RuleScope(kind=ScopeKind.PLATFORM, value="ibm")})
    stream = word.model_copy(update={"scope": RuleScope(kind=ScopeKind.STREAM, value="prism:live")})
    assert hits(one(platform), msg("spam")) == []
    assert hits(one(platform), msg("spam", stream="ibm:chan")) == ["w"]
    assert hits(one(stream), msg("spam")) == ["w"]
    assert hits(one(stream), msg("spam", stream="prism:other")) == []
    assert hits(one(word.model_copy(update={"enabled": False})), msg("spam")) == []
    verdict = one(word.model_copy(update={"dry_run": True})).check(msg("spam"))
    assert verdict is not None and not verdict.hits and verdict.dry[0].rule.name == "w"


def test_staff_own_account_and_system_lines_are_never_checked() -> None:
    engine = one(Rule(name="w", kind=RuleKind.WORDS, words=("spam",)))
    assert hits(engine, msg("spam", badges=frozenset({Badge.OWNER}))) == []
    engine.exempt.add("me")
    assert hits(engine, msg("spam", author="me")) == []
    system = msg("spam")
    from dataclasses import replace

    assert engine.check(replace(system, kind=MessageKind.SYSTEM)) is None


def test_export_and_import_round_trip(tmp_path: Path) -> None:
    rules = starter_rules()
    path = tmp_path / "rules.json"
    rules.export(path)
    assert RuleSet.load(path) == rules


def test_a_bad_file_says_why(tmp_path: Path) -> None:
    path = tmp_path / "rules.json"
    path.write_text('{"rules": [{"name": "x", "kind": "nonsense"}]}')
    with pytest.raises(BadRules, match=r"rules\.0\.kind"):
        RuleSet.load(path)
    path.write_text("not json")
    with pytest.raises(BadRules, match="not an automod rules file"):
        RuleSet.load(path)


def test_the_starter_set_catches_the_demo_spam_and_not_the_chat() -> None:
    engine = Engine(starter_rules())
    for i, line in enumerate(SPAM):
        assert hits(engine, msg(line, author=f"s{i}")), line
    for i, line in enumerate(LINES):
        assert hits(engine, msg(line, author=f"c{i}", at=i * 30)) == [], line
    assert Act.LADDER in {r.action for r in starter_rules().rules}
