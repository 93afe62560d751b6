"""httpcore asks which async library runs on every lock and every response it closes.

It does so with ``import sniffio``, an optional package this app does not install; a failed
import is not remembered, so each ask searched every path entry again (~40 µs, ~4 asks per
request: 7 % of the GUI thread's profile while a tab read 5,000 messages a second). The app
runs on asyncio only (qasync), so an absent ``sniffio`` is recorded as absent once:
``sys.modules[name] = None`` makes every later import fail at once, and httpcore then answers
"asyncio" as it did. An installed ``sniffio`` is used as it is.
"""

from __future__ import annotations

import importlib.util
import sys


def remember_missing(name: str = "sniffio") -> None:
    """Make ``import name`` fail at once from now on, when it is not installed."""
    if name not in sys.modules and importlib.util.find_spec(name) is None:
        sys.modules[name] = None  # type: ignore[assignment]


remember_missing()
