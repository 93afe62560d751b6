"""What can still be read of a damaged JSON settings file.

Valid JSON with a wrong value keeps everything else; a truncated or garbled file still gives
back each complete object of its ``"streams"`` list, read one by one from where the list starts.
"""

from __future__ import annotations

import json
import re
from typing import Any

_STREAMS = re.compile(r'"streams"\s*:\s*\[')


def readable_fields(text: str) -> dict[str, Any]:
    """The top-level fields of ``text`` if it is a JSON object, else only its salvaged streams."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError:
        return {"streams": salvage_streams(text)}
    return raw if isinstance(raw, dict) else {}


def salvage_streams(text: str) -> list[Any]:
    """Every complete JSON object at the start of the ``"streams"`` list, until one is not."""
    found = _STREAMS.search(text)
    if found is None:
        return []
    decoder = json.JSONDecoder()
    items: list[Any] = []
    at = found.end()
    while True:
        at = _skip(text, at)
        if at >= len(text) or text[at] == "]":
            return items
        try:
            item, at = decoder.raw_decode(text, at)
        except json.JSONDecodeError:
            return items
        if isinstance(item, dict):
            items.append(item)


def _skip(text: str, at: int) -> int:
    while at < len(text) and (text[at].isspace() or text[at] == ","):
        at += 1
    return at
