"""One hostile message in a real page, through every provider's real client and fake.

An invalid UTF-8 byte, a value nested 100,000 deep, a 100,000-digit number: each used to fail
the whole page on every retry (Python's json gives up on the whole document), so the cursor
never moved. Now the message holding it is read with U+FFFD or rejected on its own, and the
rest of the page arrives.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from moderator.core.models import MessageState
from moderator.core.provider import Page
from moderator.fakes.registry import FAKES
from moderator.providers.wire import MAX_TEXT
from tests.unit.providers.test_parsers_fuzz import connected

MARK = "\u2603HOSTILE\u2603"
DEEP = b"[" * 100_000 + b"]" * 100_000
GIANT = b"9" * 100_000


def _message_lists(node: Any) -> list[list[dict[str, Any]]]:
    found: list[list[dict[str, Any]]] = []
    if isinstance(node, dict):
        node = list(node.values())
    elif isinstance(node, list) and node and all(isinstance(i, dict) for i in node):
        found.append(node)
    if isinstance(node, list):
        for child in node:
            if isinstance(child, dict | list):
                found += _message_lists(child)
    return found


def planted(real: bytes, text: str, value: bytes) -> bytes:
    """``real`` with the value of the field holding ``text`` in one message set to ``value``."""
    data = json.loads(real)
    for items in _message_lists(data):
        for item in items:
            for key, field in item.items():
                if isinstance(field, str) and text in field:
                    item[key] = MARK
                    body = json.dumps(data, ensure_ascii=False).encode()
                    return body.replace(json.dumps(MARK, ensure_ascii=False).encode(), value)
    raise AssertionError(f"no message with text {text!r} in the page")


async def _read(name: str, value: bytes) -> tuple[list[str], Page]:
    """The texts of the other messages, and the page with ``value`` planted in one of them."""
    provider, app = await connected(name)
    try:
        app.body = None
        first = await provider.fetch(None)
        texts = [m.text for m in first.messages]
        victim = texts[len(texts) // 2]
        app.body = planted(app.real, victim, value)
        page = await provider.fetch(None)
    finally:
        await provider.aclose()
    return [t for t in texts if t != victim], page


@pytest.mark.parametrize("name", sorted(FAKES))
async def test_an_invalid_utf8_byte_costs_one_character(name: str) -> None:
    others, page = await _read(name, b'"caf\xc3 \xff\xfe ok"')
    got = [m.text for m in page.messages]
    assert set(others) <= set(got)
    assert any("\ufffd" in t and "ok" in t for t in got)
    assert page.rejected == 0


@pytest.mark.parametrize("name", sorted(FAKES))
@pytest.mark.parametrize("value", [DEEP, GIANT], ids=["deep", "giant"])
async def test_a_hostile_value_costs_only_its_message(name: str, value: bytes) -> None:
    others, page = await _read(name, value)
    assert set(others) <= {m.text for m in page.messages}
    assert page.rejected == 1


@pytest.mark.parametrize("name", sorted(FAKES))
async def test_a_huge_message_arrives_cut_and_says_so(name: str) -> None:
    others, page = await _read(name, json.dumps("w" * 1_000_000).encode())
    assert set(others) <= {m.text for m in page.messages}
    assert page.rejected == 0
    cut = [m for m in page.messages if m.text.startswith("wwww")]
    assert len(cut) == 1
    message = cut[0]
    assert MessageState.CUT in message.state
    assert len(message.text) <= MAX_TEXT + 100
    assert message.text.endswith("(message cut: 1,000,000 characters in all)")
    assert message.html is None
