"""Token renewals shared by every PRISM client in this process.

A PRISM refresh token works once. Two tabs on lives of the same account hold the same refresh
token; when both meet an expired access token, the second renewal would present a spent token
and sign the moderator out. So renewals go one at a time per account, and a spent refresh token
leads to the tokens that replaced it, for whichever client still holds it.
"""

from __future__ import annotations

import asyncio
import weakref
from collections import OrderedDict

#: spent refresh token -> (access token, refresh token) issued in exchange; bounded
_RENEWED: OrderedDict[str, tuple[str, str]] = OrderedDict()
_CAP = 256
_LOCKS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
    weakref.WeakKeyDictionary()
)


def lock() -> asyncio.Lock:
    """One renewal at a time (per event loop: a lock belongs to one loop)."""
    loop = asyncio.get_running_loop()
    found = _LOCKS.get(loop)
    if found is None:
        found = _LOCKS[loop] = asyncio.Lock()
    return found


def record(spent: str, access: str, refresh: str) -> None:
    _RENEWED[spent] = (access, refresh)
    while len(_RENEWED) > _CAP:
        _RENEWED.popitem(last=False)


def latest(refresh: str) -> tuple[str, str] | None:
    """The newest tokens that descend from ``refresh``, or None if it was never spent here."""
    found = None
    for _ in range(_CAP):
        step = _RENEWED.get(refresh)
        if step is None:
            break
        found = step
        refresh = step[1]
    return found
