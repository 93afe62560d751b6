"""Which rows a list shows under a filter (by author, by text, "only unread", cleared lines).

A rejected row is given no height (:class:`RowHeights`), so painting and hit-testing stay
O(visible rows): the filter is applied once to every row when it changes, then to each row as
it arrives, never per frame.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from moderator.core.filtering import MessageFilter
from moderator.core.models import ChatMessage
from moderator.ui.messages.row_heights import RowHeights


def hidden_flags(row_filter: MessageFilter, rows: Sequence[ChatMessage]) -> bytearray:
    """One flag per row: 1 where ``row_filter`` rejects it."""
    if not row_filter.active:
        return bytearray(len(rows))
    accepts = row_filter.accepts
    return bytearray(0 if accepts(m) else 1 for m in rows)


def hide_rejected(
    row_filter: MessageFilter,
    message: Callable[[int], ChatMessage],
    heights: RowHeights,
    first: int,
    last: int,
) -> None:
    """Hide the rows ``first``..``last`` (just arrived) that ``row_filter`` rejects."""
    if row_filter.active:
        accepts = row_filter.accepts
        for row in range(first, last + 1):
            if not accepts(message(row)):
                heights.hide(row)
