"""Thread labels, cached: a message names its thread by token only.

Threads are read once at connect (the newest page) and then only when a message names a thread
not seen yet; all unknown tokens of one page are asked for in one request (operator ``in``) so
a busy page cannot spend the key's rate limit on lookups.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Any

from moderator.providers.brilliant.convert import thread_label, unknown_thread_label
from moderator.providers.brilliant.schema import MAX_LIMIT, BrilliantThread
from moderator.providers.wire import validate_each

#: reads one list page of chat_message_threads with these query parameters
ListThreads = Callable[[dict[str, str]], Awaitable[list[Any]]]


class ThreadDirectory:
    def __init__(self, list_threads: ListThreads, *, platform: str) -> None:
        self._list = list_threads
        self._platform = platform
        self._threads: dict[str, BrilliantThread] = {}
        #: tokens the site did not know when asked: not asked again
        self._missing: set[str] = set()

    def get(self, token: str) -> BrilliantThread | None:
        return self._threads.get(token)

    def label(self, token: str) -> str:
        thread = self._threads.get(token)
        return thread_label(thread) if thread else unknown_thread_label(token)

    async def load_recent(self) -> None:
        params = {"order_column": "thread_id", "order_type": "DESC", "limit": str(MAX_LIMIT)}
        self._store(await self._list(params))

    async def learn(self, tokens: Iterable[str]) -> None:
        """Look up every token not known yet, in one request per 100 tokens."""
        unknown = sorted({t for t in tokens if t and t not in self._threads} - self._missing)
        for start in range(0, len(unknown), MAX_LIMIT):
            chunk = unknown[start : start + MAX_LIMIT]
            params = {
                "property": "thread_token",
                "property_operator": "in",
                "property_value": ",".join(chunk),
                "limit": str(MAX_LIMIT),
            }
            self._store(await self._list(params))
            self._missing.update(t for t in chunk if t not in self._threads)

    def _store(self, rows: list[Any]) -> None:
        good, _ = validate_each(BrilliantThread, rows, platform=self._platform)
        for thread in good:
            self._threads[thread.thread_token] = thread
            self._missing.discard(thread.thread_token)
