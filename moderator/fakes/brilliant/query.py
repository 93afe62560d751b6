"""How the Brilliant Directories API v2 selects, sorts and pages rows (PROVIDERS.md D).

Kept apart from the routes because it is where the platform's traps live: filters by
``property``/``property_operator``/``property_value``, an unknown column that answers success
with nothing, ``limit`` 25 by default and 100 at most, and ``page`` an opaque cursor; a plain
page number is not one and silently gives page 1.
"""

from __future__ import annotations

import math
import re
import secrets
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

DEFAULT_LIMIT = 25
MAX_LIMIT = 100
Row = dict[str, str]


class BadQuery(ValueError):
    """A request the platform answers with 400 and this sentence."""


def _number(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _compare(left: str, right: str) -> int:
    a, b = _number(left), _number(right)
    if a is not None and b is not None:
        return (a > b) - (a < b)
    return (left > right) - (left < right)


def _like(value: str, pattern: str) -> bool:
    regex = "".join(".*" if c == "%" else "." if c == "_" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, value, flags=re.IGNORECASE | re.DOTALL) is not None


OPERATORS: Mapping[str, Callable[[str, str], bool]] = {
    "eq": lambda v, w: _compare(v, w) == 0,
    "ne": lambda v, w: _compare(v, w) != 0,
    "gt": lambda v, w: _compare(v, w) > 0,
    "gte": lambda v, w: _compare(v, w) >= 0,
    "lt": lambda v, w: _compare(v, w) < 0,
    "lte": lambda v, w: _compare(v, w) <= 0,
    "like": _like,
    "in": lambda v, w: v in {part.strip() for part in w.split(",")},
    "not_in": lambda v, w: v not in {part.strip() for part in w.split(",")},
}


def select(rows: Sequence[Row], params: Mapping[str, str], columns: set[str]) -> list[Row] | None:
    """The filtered, sorted rows; None when a named column does not exist (answered as empty)."""
    prop = params.get("property")
    chosen = list(rows)
    if prop:
        if prop not in columns:
            return None
        if "property_value" not in params:
            raise BadQuery("property_value is required with property")
        op = params.get("property_operator", "eq").lower()
        test = OPERATORS.get(op)
        if test is None:
            raise BadQuery(f"unknown property_operator {op!r}")
        wanted = params["property_value"]
        chosen = [r for r in chosen if test(r.get(prop, ""), wanted)]
    column = params.get("order_column")
    if column:
        if column not in columns:
            return None
        descending = params.get("order_type", "ASC").upper() == "DESC"
        key = _sort_key(column)
        chosen.sort(key=key, reverse=descending)
    return chosen


def _sort_key(column: str) -> Callable[[Row], tuple[int, float, str]]:
    def key(row: Row) -> tuple[int, float, str]:
        value = row.get(column, "")
        number = _number(value)
        return (0, number, "") if number is not None else (1, 0.0, value)

    return key


def page_size(params: Mapping[str, str]) -> int:
    try:
        limit = int(params.get("limit", DEFAULT_LIMIT))
    except ValueError as err:
        raise BadQuery("limit must be a number") from err
    return DEFAULT_LIMIT if limit <= 0 else min(limit, MAX_LIMIT)


@dataclass
class PageTokens:
    """Opaque page cursors, each good for the query that issued it."""

    capacity: int = 2000

    def __post_init__(self) -> None:
        self._tokens: OrderedDict[str, tuple[str, int]] = OrderedDict()

    def issue(self, query: str, page: int) -> str:
        token = secrets.token_urlsafe(12)
        self._tokens[token] = (query, page)
        while len(self._tokens) > self.capacity:
            self._tokens.popitem(last=False)
        return token

    def resolve(self, token: str | None, query: str) -> int:
        """The page a cursor stands for; a number, a stranger's or a stale cursor is page 1."""
        found = self._tokens.get(token or "")
        return found[1] if found and found[0] == query else 1


def query_key(params: Mapping[str, str]) -> str:
    return "&".join(f"{k}={v}" for k, v in sorted(params.items()) if k != "page")


def paged(rows: list[Row] | None, params: Mapping[str, str], tokens: PageTokens) -> dict[str, Any]:
    """The list envelope for one page of ``rows`` (None: an unknown column, success and empty)."""
    limit = page_size(params)
    if rows is None:
        rows = []
    key = query_key(params)
    pages = math.ceil(len(rows) / limit)
    page = tokens.resolve(params.get("page"), key)
    if page > max(pages, 1):
        page = 1
    start = (page - 1) * limit
    return {
        "status": "success",
        "message": rows[start : start + limit],
        "total": str(len(rows)),
        "current_page": page,
        "total_pages": pages,
        "next_page": tokens.issue(key, page + 1) if page < pages else "",
        "prev_page": tokens.issue(key, page - 1) if page > 1 else "",
    }
