"""Which regular expressions cannot backtrack badly, proven by looking at them (no timing).

A search with a time limit costs ~3 µs more than one without (the ``regex`` module arms a
timer per call), more than the search itself. A pattern whose shape bounds its work needs no
limit: :func:`is_safe` says so for a pattern with

- no back reference, look-around or conditional (the classic ways out of linear time),
- no repetition inside a repetition (``(a+)+``, ``(\\w+\\s?)*``: exponential),
- at most one repetition of variable length on any path through it (``a*a*a*b`` is
  polynomial of high degree),
- few alternatives in all (each path is tried from each position).

Then a search costs at most (paths × length²) steps; :data:`SAFE_TEXT` bounds the length a
search without a limit is trusted with. Anything the standard parser cannot read (the
``regex`` module's own syntax: fuzzy matching, recursion, ``\\p{..}``) is not proven safe,
and keeps its limit.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

#: the standard parser (Python 3.11+; typeshed does not describe it): it reads, never runs
_c: Any = importlib.import_module("re._constants")
_p: Any = importlib.import_module("re._parser")

#: the longest text a pattern proven safe is searched without a time limit
SAFE_TEXT = 500
#: the most paths (alternatives multiplied out) a safe pattern may have
MAX_PATHS = 64
#: the regex module's fuzzy-matching braces ("{e<=1}"): the standard parser reads them as text
_FUZZY = re.compile(r"\{[^}]*[a-zA-Z<>=+][^}]*\}")
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT}
_UNSAFE = {_c.GROUPREF, _c.GROUPREF_EXISTS, _c.ASSERT, _c.ASSERT_NOT}


class _Unsafe(Exception):
    pass


def is_safe(pattern: str) -> bool:
    """Whether ``pattern`` (case-insensitive) is proven to run in bounded time (see module)."""
    if _FUZZY.search(pattern):
        return False
    try:
        parsed = _p.parse(pattern, re.IGNORECASE)
    except (re.error, OverflowError, RecursionError, ValueError):
        return False
    try:
        paths, repeats = _sequence(list(parsed))
    except _Unsafe:
        return False
    return paths <= MAX_PATHS and repeats <= 1


def _sequence(items: list[tuple[Any, Any]]) -> tuple[int, int]:
    """(paths, variable repetitions on the worst path) of items matched one after another."""
    paths, repeats = 1, 0
    for op, arg in items:
        p, r = _item(op, arg)
        paths, repeats = paths * p, repeats + r
        if paths > MAX_PATHS:
            raise _Unsafe
    return paths, repeats


def _item(op: Any, arg: Any) -> tuple[int, int]:
    if op in _UNSAFE:
        raise _Unsafe
    if op is _c.BRANCH:
        found = [_sequence(list(alt)) for alt in arg[1]]
        return sum(p for p, _r in found), max(r for _p2, r in found)
    if op is _c.SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(arg))
    if op in _REPEATS:
        low, high, body = arg
        inner_paths, inner_repeats = _sequence(list(body))
        if inner_repeats or inner_paths > 1:
            raise _Unsafe  # a repetition of choices: backtracking multiplies
        return 1, 0 if low == high else 1
    return 1, 0  # a literal, a set, an anchor: one way to match, no choice
