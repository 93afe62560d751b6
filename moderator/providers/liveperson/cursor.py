"""The fetch cursor: the last event id read in each open chat, as JSON.

The multi-chat resource has no "next" link [D], so the client must remember per chat where it
stopped. ``{"H4709…K8414056": 12, …}`` is the whole cursor; a chat that ended leaves it.
"""

from __future__ import annotations

import json
import logging

log = logging.getLogger(__name__)

#: the position of a chat nothing has been read from yet: every event has a larger id.
#: Whether the server reads ``fromEventIds`` as "after" or "from" is not documented [I]; the
#: client drops events it has seen, so either reading is safe.
NEW_CHAT = -1


def decode(text: str | None) -> dict[str, int]:
    """The positions in a cursor; an unreadable cursor counts as none (and is logged)."""
    if not text:
        return {}
    try:
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise TypeError("not an object")
        return {str(key): int(value) for key, value in raw.items()}
    except (ValueError, TypeError) as err:
        log.warning("LivePerson: ignoring an unreadable cursor (%s)", type(err).__name__)
        return {}


def encode(positions: dict[str, int]) -> str:
    return json.dumps(positions, sort_keys=True, separators=(",", ":"))


def query(positions: dict[str, int]) -> dict[str, str]:
    """``chatSessionKeys`` and ``fromEventIds`` as two comma lists in the same order."""
    keys = sorted(positions)
    return {
        "chatSessionKeys": ",".join(keys),
        "fromEventIds": ",".join(str(positions[key]) for key in keys),
    }
