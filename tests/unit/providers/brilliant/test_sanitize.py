"""Visitor HTML is hostile: nothing that runs, loads, links or styles may survive."""

from __future__ import annotations

import re

import pytest

from moderator.providers.brilliant.sanitize import plain_text, sanitize_html, to_rich_and_plain

#: (payload, the sanitized html, the plain text)
HOSTILE = [
    ("<script>alert(1)</script>hi", "hi", "hi"),
    ("<p>ok<script src='https://evil.example/x.js'></script></p>", "<p>ok</p>", "ok"),
    ('<img src="x" onerror="alert(1)">', "", ""),
    ('<p onclick="alert(1)" onmouseover="alert(2)">x</p>', "<p>x</p>", "x"),
    ('<b onload="alert(1)">bold</b>', "<b>bold</b>", "bold"),
    ('<img src="https://tracker.example/pixel.gif">seen', "seen", "seen"),
    ('<p style="background:url(https://tracker.example/bg.png)">x</p>', "<p>x</p>", "x"),
    ('<span style="color:red" class="c" id="i">s</span>', "<span>s</span>", "s"),
    ("<style>@import url(https://evil.example/a.css)</style>ok", "ok", "ok"),
    ('<a href="javascript:alert(1)">click</a>', "click", "click"),
    ('<a href="https://phish.example">free</a>', "free", "free"),
    ('<a href="jav&#x09;ascript:alert(1)">x</a>', "x", "x"),
    ('<iframe src="https://evil.example/">inside</iframe>after', "after", "after"),
    ('<svg onload="alert(1)"><script>alert(2)</script><text>svg</text></svg>t', "t", "t"),
    ("<svg/onload=alert(1)>", "", ""),
    ('<math><mtext><table><mglyph><style><img src=x onerror="alert(1)">', "", ""),
    ("<math href='javascript:alert(1)'>m</math>z", "z", "z"),
    ('<object data="https://evil.example/x.swf">o</object><embed src="x">', "", ""),
    ("<textarea><img src=x onerror=alert(1)></textarea>q", "q", "q"),
    ("<template><img src=x onerror=alert(1)></template>tt", "tt", "tt"),
    ("<noscript><img src=x></noscript>n", "n", "n"),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example">m', "m", "m"),
    ('<base href="https://evil.example/">b', "b", "b"),
    ('<link rel="stylesheet" href="https://evil.example/a.css">l', "l", "l"),
    ('<form action="https://evil.example"><input value="pw"></form>f', "f", "f"),
    ('<video poster="https://t.example/p.png"><source src="y"></video>v', "v", "v"),
    ("<!-- <script>alert(1)</script> -->c", "c", "c"),
    (
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "<script>alert(1)</script>",
    ),
    ("<<script>script>alert(1)<</script>/script>", "&lt;/script&gt;", "</script>"),
]
LOADS_OR_RUNS = re.compile(
    r"<\s*(script|img|iframe|svg|math|style|object|embed|a|link|meta|base|form|video)\b"
    r"|\bon\w+\s*=|\bhref\b|\bsrc\b|\bstyle\b|url\(|javascript:",
    re.IGNORECASE,
)


@pytest.mark.parametrize(("payload", "html", "text"), HOSTILE)
def test_hostile_payloads_are_defused(payload: str, html: str, text: str) -> None:
    safe, plain = to_rich_and_plain(payload)
    assert safe == html
    assert plain == text
    assert not LOADS_OR_RUNS.search(safe), safe


@pytest.mark.parametrize(
    ("payload", "html"),
    [
        ("<p>Hello, how can I help you?</p>", "<p>Hello, how can I help you?</p>"),
        ("<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><s>x</s><code>c</code>", None),
        ("line<br>next", "line<br>next"),
        ("<div><h1>Title</h1><ul><li>one</li><li>two</li></ul></div>", "Title one two"),
    ],
)
def test_inline_formatting_is_kept_and_blocks_are_unwrapped(payload: str, html: str | None) -> None:
    assert sanitize_html(payload) == (payload if html is None else html)


def test_plain_text_decodes_entities_and_collapses_whitespace() -> None:
    assert plain_text("\n\n<p>a&nbsp;&amp;  b</p>\n\n<p>c<br>d</p>\n") == "a & b c d"
    assert plain_text(sanitize_html("<p>日本語 😀 &#x1F600;</p>")) == "日本語 😀 😀"
    assert plain_text("") == ""
    assert plain_text(sanitize_html("<div>a</div><div>b</div>")) == "a b"
