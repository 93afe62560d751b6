"""Garbling a fake's real answer as a glitch would: cut short, or one schema change (drift)."""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from typing import Any


def truncate(body: bytes, rng: random.Random) -> bytes:
    """Cut a JSON body short, so it no longer parses."""
    return body[: rng.randrange(1, max(2, len(body) - 1))]


def drift_bytes(body: bytes, rng: random.Random) -> bytes:
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return body
    return json.dumps(drift(data, rng), ensure_ascii=False).encode()


def drift(data: Any, rng: random.Random) -> Any:
    """One schema change in ``data``: a key renamed or dropped, or numbers turned to strings.

    Message-like objects (those inside lists) are picked nine times in ten, the envelope and
    other objects otherwise, so both a single drifted item and an unreadable page happen.
    """
    in_lists, others = _objects(data, inside_list=False)
    pool = in_lists if in_lists and (not others or rng.random() < 0.9) else others
    if not pool:
        return data
    target = rng.choice(pool)
    change = rng.choice(("rename", "drop", "stringify"))
    if change == "stringify" or not target:
        _stringify(target)
        return data
    key = rng.choice(sorted(target))
    value = target.pop(key)
    if change == "rename":
        target[f"{key}_v2"] = value
    return data


def _objects(data: Any, *, inside_list: bool) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every dict in ``data``: those that are list items, and the rest."""
    in_lists: list[dict[str, Any]] = []
    others: list[dict[str, Any]] = []
    if isinstance(data, dict):
        (in_lists if inside_list else others).append(data)
        children: Iterable[Any] = data.values()
        nested = False
    elif isinstance(data, list):
        children, nested = data, True
    else:
        return in_lists, others
    for child in children:
        more_in, more_out = _objects(child, inside_list=nested)
        in_lists += more_in
        others += more_out
    return in_lists, others


def _stringify(target: dict[str, Any]) -> None:
    for key, value in target.items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            target[key] = str(value)
