"""A bounded table of what was looked up lately, in two generations (no Qt).

Tables that "start afresh when full" swing from empty to full and back, and one the size of a
busy minute holds megabytes at the top of each swing. This one keeps two generations of at most
``size`` entries: a new entry goes into the young one; when that is full it becomes the old one
and the previous old one is dropped whole. An entry found in the old generation moves back to
the young one, so what is used stays; what is not is gone after ``2 * size`` newer entries.
Every operation is O(1): no ordering to maintain, unlike an LRU list.
"""

from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Recent(Generic[K, V]):
    def __init__(self, size: int) -> None:
        self.size = max(1, size)
        self._young: dict[K, V] = {}
        self._old: dict[K, V] = {}

    def __len__(self) -> int:
        return len(self._young) + len(self._old)

    def __contains__(self, key: object) -> bool:
        return key in self._young or key in self._old

    def get(self, key: K) -> V | None:
        """The value for ``key`` (None when absent: store no None where that matters)."""
        young = self._young
        if key in young:
            return young[key]
        if key in self._old:
            found = self._old.pop(key)
            self.put(key, found)
            return found
        return None

    def put(self, key: K, value: V) -> None:
        young = self._young
        if len(young) >= self.size and key not in young:
            self._old, self._young = young, {}
            young = self._young
        young[key] = value

    def clear(self) -> None:
        self._young.clear()
        self._old.clear()
