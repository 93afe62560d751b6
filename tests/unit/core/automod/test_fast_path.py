"""The fast path (rules grouped by kind, pre-filters, texts' verdicts kept) must say exactly
what the reference (each rule on its own, nothing skipped) says, on any chat."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderator.core.automod.engine import Engine, Verdict
from moderator.core.automod.rules import Act, Rule, RuleKind, RuleSet
from moderator.core.automod.text import Folded, caps_plain, fold_plain, links_plain, words
from moderator.core.models import Author, ChatMessage

T0 = datetime(2026, 1, 1, tzinfo=UTC)
#: letters the pre-filters could misjudge: long s and Kelvin (ASCII under IGNORECASE), full
#: width, a titlecase digraph, hidden and bidi characters, leet digits, Cyrillic look-alikes
TRICKY = "aAsSpPmMeE.0135@$|/:-_ \u017f\u212a\uff53\uff50\uff21\u01c5\u200b\u202e\u0435\u00dfK"
FRAGMENTS = (
    "free followers", "FR33 F0LL0W3R5", "check my channel", "spam", "5p4m", "bit.ly/x",
    "https://youtube.com/watch", "sub.site0.org", "example.\u017fk", "code1234", "CODE9",
    "HELLO WORLD", "gg", " ", ". co", "www.ex-ample.com.", "Ｓｐａｍ", "sp\u200bam",
)  # fmt: skip
WORDS = ("spam", "free followers", "check my channel", "gg", "sk", "hello")
#: proven safe (searched without a time limit) and not (back reference, nested repetition)
PATTERNS = (r"\bcode\d+", r"(a)\1", r"ſ+", r"[A-Z]{4,}", r"(sp|5p)a+m", r"(\w+\s?)+!")
NAMES = ("Streamer", "5treamer", "Str\u0435amer", "viewer", "Mod0", "M\u200bod0")

text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet=TRICKY, max_size=6)), max_size=6
).map("".join)


@st.composite
def rule(draw: st.DrawFn) -> Rule:
    kind = draw(st.sampled_from(list(RuleKind)))
    small = st.integers(min_value=2, max_value=5)
    return Rule(
        name=f"{kind.value} {draw(st.integers(0, 10**6))}",
        kind=kind,
        action=draw(st.sampled_from(list(Act))),
        dry_run=draw(st.booleans()),
        words=tuple(draw(st.lists(st.sampled_from(WORDS), max_size=3))),
        pattern=draw(st.sampled_from(PATTERNS)) if kind is RuleKind.REGEX else "",
        allowed_domains=tuple(draw(st.lists(st.sampled_from(("youtube.com", "site0.org"))))),
        caps_ratio=draw(st.sampled_from((0.01, 0.5, 0.7, 1.0))),
        min_letters=draw(st.integers(1, 15)),
        count=draw(small),
        window_seconds=draw(st.sampled_from((1.0, 5.0, 30.0))),
        first_messages=draw(st.integers(1, 3)),
        protected_names=tuple(draw(st.lists(st.sampled_from(("Streamer", "Mod0")), max_size=2))),
        max_length=draw(st.integers(1, 60)),
    )


chat = st.lists(
    st.tuples(
        st.integers(0, 3),
        st.sampled_from(NAMES),
        text,
        # whole seconds too: a window's very edge (exactly 5 s later) comes up often
        st.one_of(st.floats(0, 8), st.integers(0, 6).map(float)),
        st.booleans(),
    ),
    max_size=30,
)


def said(verdict: Verdict | None) -> object:
    if verdict is None:
        return None
    return (
        [(h.rule.name, h.why) for h in verdict.hits],
        [(h.rule.name, h.why) for h in verdict.dry],
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rules=st.lists(rule(), min_size=1, max_size=8), messages=chat)
def test_fast_path_says_what_the_reference_says(
    rules: list[Rule], messages: list[tuple[int, str, str, float, bool]]
) -> None:
    fast, plain = (
        Engine(RuleSet(rules=tuple(rules))),
        Engine(RuleSet(rules=tuple(rules)), reference=True),
    )
    at = 0.0
    for n, (who, name, body, step, pace) in enumerate(messages):
        at += step
        message = ChatMessage(str(n), "prism:live", Author(f"a{who}", name), body, T0)
        when = (T0 + timedelta(seconds=at)).timestamp()
        assert said(fast.check(message, when, pace=pace)) == said(
            plain.check(message, when, pace=pace)
        ), body


@settings(max_examples=500, deadline=None)
@given(
    raw=st.one_of(
        text,
        st.text(),
        st.text(alphabet=st.characters(codec="utf-8")),
        st.text(alphabet=st.sampled_from("aA1$\u01c5\u2160\u24b6\ud800\udfff")),
    )
)
def test_pre_filtered_forms_equal_the_plain_ones(raw: str) -> None:
    folded = Folded(raw)
    assert folded.caps == caps_plain(raw)
    assert folded.folded == fold_plain(raw)
    assert folded.upper == caps_plain(raw)[1]
    assert folded.links == links_plain(raw)
    # the ASCII short cut (one byte translation and a split) reads the words the regex reads
    assert folded.words == words(fold_plain(raw))


def test_a_pre_filter_never_hides_a_domain_with_letters_read_as_ascii() -> None:
    # "ſ" (long s) and "K" (Kelvin) are letters a case-blind [a-z] accepts
    assert Folded("go to example.\u017fk now").links == links_plain("go to example.\u017fk now")
    assert Folded("go to example.\u017fk now").links != ()


def test_pace_hits_take_their_place_among_a_texts_kept_hits() -> None:
    """The text rules' hits are kept with the text; a flood rule earlier in the set must still
    come first (as the reference orders them), on the second sight of the text too."""
    rules = RuleSet(
        rules=(
            Rule(name="flood", kind=RuleKind.FLOOD, count=2, window_seconds=30),
            Rule(name="words", kind=RuleKind.WORDS, words=("spam",)),
            Rule(name="new", kind=RuleKind.NEW_AUTHOR, first_messages=5),
        )
    )
    fast, plain = Engine(rules), Engine(rules, reference=True)
    for n in range(3):
        message = ChatMessage(str(n), "prism:live", Author("a", "a"), "spam", T0)
        when = T0.timestamp() + n
        assert said(fast.check(message, when)) == said(plain.check(message, when))
    assert [h.rule.name for h in fast.check(message, T0.timestamp() + 4).hits] == [  # type: ignore[union-attr]
        "flood",
        "words",
        "new",
    ]


def test_the_pace_rules_count_a_line_at_the_very_edge_of_their_window() -> None:
    """Two lines exactly a window apart are within it, for the fast path as for the reference
    (flood, repeat, raid), and a new author is new for exactly ``first_messages`` lines."""
    rules = RuleSet(
        rules=(
            Rule(name="flood", kind=RuleKind.FLOOD, count=2, window_seconds=5),
            Rule(name="repeat", kind=RuleKind.REPEAT, count=2, window_seconds=5),
            Rule(name="raid", kind=RuleKind.RAID, count=2, window_seconds=5),
            Rule(name="new", kind=RuleKind.NEW_AUTHOR, first_messages=2),
        )
    )
    fast, plain = Engine(rules), Engine(rules, reference=True)
    body = "the same words again and again"
    lines = [("a", 0.0), ("a", 5.0), ("b", 10.0), ("a", 10.0), ("b", 10.0)]
    hits = []
    for n, (who, at) in enumerate(lines):
        message = ChatMessage(str(n), "prism:live", Author(who, who), body, T0)
        when = T0.timestamp() + at
        verdict = fast.check(message, when)
        assert said(verdict) == said(plain.check(message, when))
        hits.append(sorted(h.rule.name for h in verdict.hits) if verdict else [])
    assert hits == [
        ["new"],
        ["flood", "new", "repeat"],  # a's second line, 5 s after the first
        ["new", "raid"],  # b writes what a wrote 5 s before
        ["flood", "raid", "repeat"],  # a's third line: no longer new
        ["flood", "new", "raid", "repeat"],  # b's second line: still new
    ]
