"""Giving the C heap's free room back to the system (glibc's ``malloc_trim``).

A fast chat allocates and frees C memory all the time (page bodies, Qt's text layouts, SQLite
rows), and glibc keeps what is freed inside its heap for reuse: in a 10-minute run at 1,000
msg/s the heap grew from 47 to 72 MB while the bytes in use in it and in glibc's mapped blocks
stayed flat (large tables, mapped at first, come from the heap once glibc has raised its mapping
threshold, and the copies they leave when they grow are free room): resident memory grew 5.3 %.
One ``malloc_trim(0)`` at the end gave back 15.7 MB in 6 ms (resident memory 1 % below the
start). It returns the free pages, at the top and inside the heap; the next allocations take
them back from the system as needed.

Elsewhere than glibc (macOS, Windows, musl) there is nothing to call: :func:`trim` does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable
from functools import cache


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        function: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None
    return function


def trim() -> bool:
    """Return the C heap's free pages to the system; whether there was a way to."""
    function = _malloc_trim()
    if function is None:
        return False
    function(0)
    return True
