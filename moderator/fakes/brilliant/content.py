"""What the fake's visitors write: real HTML, now and then hostile, and the text it shows."""

from __future__ import annotations

import html
import random
import re
from html.parser import HTMLParser

#: wrappers a malicious visitor might put around an ordinary line; each shows only the line
HOSTILE = (
    '<p>{line}<script>alert("xss")</script></p>',
    '<p onmouseover="alert(1)">{line}'
    '<img src="https://tracker.example/p.gif" onerror="alert(1)"></p>',
    '<p style="background:url(https://tracker.example/bg.png)">{line}</p>',
    '<p><a href="javascript:alert(document.cookie)">{line}</a></p>',
    '<p>{line}</p><iframe src="https://evil.example/"></iframe>',
    '<svg onload="alert(1)"><script>alert(2)</script></svg><p>{line}</p>',
    '<p><b>{line}</b></p><style>body{{background:url("https://evil.example/x")}}</style>',
)
#: elements a browser never shows as text
_HIDDEN = frozenset(
    {"script", "style", "iframe", "svg", "math", "template", "noscript", "textarea", "object"}
)
_SPACES = re.compile(r"\s+")


def visitor_html(line: str, rng: random.Random, *, hostile_share: float = 0.12) -> str:
    """``<p>line</p>``, or one of :data:`HOSTILE` about one time in eight."""
    escaped = html.escape(line, quote=False)
    if rng.random() < hostile_share:
        return rng.choice(HOSTILE).format(line=escaped)
    return f"<p>{escaped}</p>"


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self._hidden += 1
        elif tag in ("p", "br"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag == "p":
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible_text(markup: str) -> str:
    """The words a reader sees in ``markup``, whitespace collapsed (for the test hooks)."""
    parser = _Visible()
    parser.feed(markup)
    parser.close()
    return _SPACES.sub(" ", "".join(parser.parts)).strip()
