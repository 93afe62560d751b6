"""Untrusted visitor HTML to safe rich text and plain text (PROVIDERS.md D).

``message_content`` is written by anyone who opens the site's chat widget. Only inline
formatting survives: no attribute at all (so no ``style``, ``url()``, event handler, ``href`` or
``src``), no element that loads anything, and the content of script-like elements is dropped
with them. Links keep their text only: a moderator must never be one click from a visitor's URL.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

#: inline formatting and paragraphs; nothing that loads, links, embeds or styles
ALLOWED_TAGS = frozenset({"b", "strong", "i", "em", "u", "s", "br", "p", "code", "span"})
#: elements whose text is code, markup or a hidden form, not something the visitor said
DROPPED_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "iframe",
        "frame",
        "frameset",
        "object",
        "embed",
        "noscript",
        "noembed",
        "noframes",
        "template",
        "svg",
        "math",
        "textarea",
        "select",
        "title",
        "xmp",
        "head",
    }
)
#: tags after which the plain text needs a gap ("<p>a</p><p>b</p>" reads "a b", not "ab")
BREAKING_TAGS = frozenset({"p", "br"})
#: block elements are unwrapped, but leave a space so "<div>a</div><div>b</div>" reads "a b"
BLOCK_TAGS = frozenset(
    {"div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "td"}
)
_BLOCK = re.compile(r"(?:</?(?:" + "|".join(sorted(BLOCK_TAGS)) + r")>)+")
_SPACES = re.compile(r"\s+")


def sanitize_html(raw: str) -> str:
    """The visitor's HTML with only :data:`ALLOWED_TAGS`, no attributes, no comments."""
    cleaned = nh3.clean(
        raw,
        tags=set(ALLOWED_TAGS | BLOCK_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={},
        strip_comments=True,
        link_rel=None,
        url_schemes=set(),
    )
    # nh3's output is well formed and has no attributes left, so a block tag is exactly "<div>"
    return _BLOCK.sub(" ", cleaned).strip()


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BREAKING_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in BREAKING_TAGS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(safe_html: str) -> str:
    """Text of already sanitized HTML: tags gone, entities decoded, whitespace collapsed."""
    collector = _TextCollector()
    collector.feed(safe_html)
    collector.close()
    return _SPACES.sub(" ", "".join(collector.parts)).strip()


def to_rich_and_plain(raw: str) -> tuple[str, str]:
    """``(sanitized html, plain text)`` of one visitor message."""
    safe = sanitize_html(raw)
    return safe, plain_text(safe)
