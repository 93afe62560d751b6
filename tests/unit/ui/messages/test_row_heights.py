"""RowHeights against a plain list of heights, over random appends, trims, inserts and
measurements (it holds no Qt, so it is tested without a view)."""

from __future__ import annotations

import random
from itertools import accumulate

import pytest

from moderator.ui.messages.row_heights import BLOCK, RowHeights


class Plain:
    def __init__(self, estimate: int) -> None:
        self.estimate = estimate
        self.h: list[int] = []

    def tops(self) -> list[int]:
        return list(accumulate(self.h, initial=0))


def check(fast: RowHeights, plain: Plain, rng: random.Random) -> None:
    tops = plain.tops()
    assert len(fast) == len(plain.h)
    assert fast.total == tops[-1]
    for row in rng.sample(range(len(plain.h) + 1), min(20, len(plain.h) + 1)):
        assert fast.top_of(row) == tops[row]
    for _ in range(20):
        y = rng.randrange(-5, tops[-1] + 5)
        expected = -1 if y < 0 else next((r for r in range(len(plain.h)) if tops[r + 1] > y), None)
        assert fast.row_at(y) == (len(plain.h) if expected is None else expected)


@pytest.mark.parametrize("seed", range(6))
def test_matches_a_plain_list_through_random_changes(seed: int) -> None:
    rng = random.Random(seed)
    fast, plain = RowHeights(20), Plain(20)
    for _ in range(120):
        op = rng.random()
        if op < 0.35:
            count = rng.randrange(1, 3 * BLOCK)
            fast.append(count)
            plain.h.extend([20] * count)
        elif op < 0.5 and plain.h:
            count = rng.randrange(1, len(plain.h) + 1)
            fast.remove(0, count - 1)
            del plain.h[:count]
        elif op < 0.6:
            # at the top (archive pages) or anywhere (All streams' late rows)
            first = 0 if op < 0.55 else rng.randrange(len(plain.h) + 1)
            count = rng.randrange(1, BLOCK)
            fast.insert(first, count)
            plain.h[first:first] = [20] * count
        elif op < 0.65 and len(plain.h) > 3:
            first = rng.randrange(1, len(plain.h) - 1)
            fast.remove(first, first + 1)
            del plain.h[first : first + 2]
        elif plain.h:
            for _ in range(10):
                row = rng.randrange(len(plain.h))
                height = rng.randrange(1, 90)
                assert fast.set(row, height) == (plain.h[row] != height)
                assert fast.is_known(row)
                plain.h[row] = height
        check(fast, plain, rng)


def test_reset_forgets_every_measurement() -> None:
    heights = RowHeights(20)
    heights.append(500)
    heights.remove(0, 99)
    heights.set(3, 70)
    heights.reset(30)
    assert len(heights) == 400
    assert heights.total == 400 * 30
    assert not heights.is_known(3)


def test_hidden_rows_have_no_height_and_survive_reset_and_forget() -> None:
    heights = RowHeights(10)
    heights.append(6)
    heights.set_hidden(bytearray([0, 1, 1, 0, 1, 0]))
    assert heights.total == 30
    assert [heights.row_at(y) for y in (0, 10, 25)] == [0, 3, 5]
    heights.forget(1)
    heights.reset(12)
    assert heights.total == 36 and heights.is_hidden(1) and heights.is_known(1)
    assert not heights.set(1, 40)
    heights.append(2)
    heights.hide(6)
    assert heights.total == 48 and heights.hidden_count() == 4
    heights.remove(0, 1)
    assert heights.hidden_count() == 3 and heights.row_at(0) == 1
    heights.set_hidden(bytearray(len(heights)))
    assert heights.hidden_count() == 0 and heights.total == 12 * 6


def test_a_late_row_after_a_trim_does_not_sum_every_row_again() -> None:
    # All streams trims its front and puts late rows in near its end many times a second
    heights = RowHeights(20)
    heights.append(20 * BLOCK)
    heights.remove(0, BLOCK - 1)  # a trim: the dead prefix stays until it outgrows the rest
    summed: list[int] = []
    rebuild = heights._rebuild

    def counted(first: int = 0) -> None:
        summed.append(first)
        rebuild(first)

    heights._rebuild = counted  # type: ignore[method-assign]
    heights.insert(len(heights) - 3, 2)
    heights.remove(len(heights) - 5, len(heights) - 4)
    assert heights._start == BLOCK, "no compaction"
    assert all(first >= 18 * BLOCK for first in summed), "only the blocks from the change on"
    assert heights.total == (20 * BLOCK - BLOCK) * 20
