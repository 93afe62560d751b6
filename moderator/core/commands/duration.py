"""Durations as typed in a command: ``30s``, ``10m``, ``1h``, ``1d`` (a bare number is minutes)."""

from __future__ import annotations

import re
from datetime import timedelta

UNITS = {"s": 1, "m": 60, "h": 3_600, "d": 86_400}
PATTERN = re.compile(r"(\d{1,6})([smhd]?)", re.IGNORECASE)
#: the longest timeout any of the platforms takes (and a typo like 10000d is caught)
LONGEST = timedelta(days=28)


def parse_duration(word: str) -> timedelta | None:
    """The duration ``word`` spells, or None when it spells none (or more than 28 days)."""
    match = PATTERN.fullmatch(word.strip())
    if match is None:
        return None
    count, unit = int(match.group(1)), (match.group(2) or "m").lower()
    duration = timedelta(seconds=count * UNITS[unit])
    if not timedelta(0) < duration <= LONGEST:
        return None
    return duration
