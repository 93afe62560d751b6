"""The pace rules over a window of archived lines at once, with numpy: what
:class:`moderator.core.automod.pace.PaceGroup` says of each line, one message at a time.

A flood, a repeat and (as a first sieve) a raid are all "the ``count``-th latest line of the
same group, this one included, is within ``window`` seconds": the lines are sorted by group
(stably: each group stays in archive order) and each line is compared with the line
``count - 1`` places before it, with the very expression the live check uses
(``now - then <= window``), so the floats round alike. A raid is then counted exactly (distinct
authors) for the few lines that pass. The caller hands a contiguous run of the archive that
starts at least the longest window before its first new line, so nothing older can matter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

    Ints = NDArray[np.int64]
    Floats = NDArray[np.float64]
    Bools = NDArray[np.bool_]


def within_nth(groups: Ints, times: Floats, count: int, window: float) -> Bools:
    """Per line: whether the group's ``count``-th latest line up to it (itself the first) was
    written at most ``window`` seconds before it (``times`` in archive order)."""
    size = len(groups)
    out = np.zeros(size, dtype=np.bool_)
    back = count - 1
    if size <= back:
        return out
    if back == 0:
        out[:] = True
        return out
    order = np.argsort(groups, kind="stable")
    sorted_groups, sorted_times = groups[order], times[order]
    same = sorted_groups[back:] == sorted_groups[:-back]
    near = (sorted_times[back:] - sorted_times[:-back]) <= window
    out[order[back:][same & near]] = True
    return out


def nth_in_group(groups: Ints) -> Ints:
    """Per line: how many lines of its group come before it (archive order)."""
    size = len(groups)
    if size == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.argsort(groups, kind="stable")
    sorted_groups = groups[order]
    starts = np.ones(size, dtype=np.bool_)
    starts[1:] = sorted_groups[1:] != sorted_groups[:-1]
    first = np.maximum.accumulate(np.where(starts, np.arange(size), 0))
    out = np.empty(size, dtype=np.int64)
    out[order] = np.arange(size) - first
    return out


def distinct_authors_within(
    texts: Ints, authors: Ints, times: Floats, candidates: Ints, count: int, window: float
) -> Ints:
    """Those of ``candidates`` (line numbers) where at least ``count`` distinct authors wrote
    the same text within ``window`` seconds up to the line (itself included): how
    :meth:`Memory.authors_within` counts, by the authors' latest time (the same test as
    theirs, as every later line of an author is later in time)."""
    if len(candidates) == 0:
        return candidates
    order = np.argsort(texts, kind="stable")
    place = np.empty(len(texts), dtype=np.int64)
    place[order] = np.arange(len(texts))
    sorted_texts = texts[order].tolist()
    sorted_authors = authors[order].tolist()
    sorted_times = times[order].tolist()
    hits: list[int] = []
    for line in candidates.tolist():
        k = int(place[line])
        text, now = sorted_texts[k], sorted_times[k]
        seen: set[int] = set()
        j = k
        while j >= 0 and sorted_texts[j] == text and now - sorted_times[j] <= window:
            seen.add(sorted_authors[j])
            j -= 1
        if len(seen) >= count:
            hits.append(line)
    return np.asarray(hits, dtype=np.int64)


def crowded(streams: Ints, times: Floats, lines: int, window: float) -> bool:
    """Whether some stream has ``lines`` lines within about ``window`` seconds (a margin
    over it: the answer is only ever used to be careful). ``times`` in order."""
    wider = window * (1 + 1e-9) + 1e-3
    size = len(times)
    if size < lines:
        return False
    # all streams together first (one search in the sorted times): nearly always enough
    earliest = np.searchsorted(times, times - wider, side="left")
    if int((np.arange(size) - earliest).max()) + 1 < lines:
        return False
    return bool(within_nth(streams, times, lines, wider).any())
