"""Allmine-shaped users, ids and dates for the fake."""

from __future__ import annotations

import hashlib
import itertools
import random
import re
from datetime import UTC, datetime
from typing import Any

from moderator.fakes.chatter import Viewer

#: handles like "NightOwl_42" come without a real name, as accounts that never filled one in
HANDLE = re.compile(r"^[A-Za-z0-9_]+$")


def iso(moment: float) -> str:
    """ISO 8601 with milliseconds and ``Z``, as Allmine writes every date."""
    stamp = datetime.fromtimestamp(moment, UTC)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"


class ObjectIds:
    """24-hex MongoDB ObjectIds: seconds, a per-process random part, a counter."""

    def __init__(self, rng: random.Random) -> None:
        self._process = rng.getrandbits(40)
        self._counter = itertools.count(rng.getrandbits(24))

    def make(self, moment: float) -> str:
        count = next(self._counter) & 0xFFFFFF
        return f"{int(moment) & 0xFFFFFFFF:08x}{self._process:010x}{count:06x}"


def stable_id(key: str) -> str:
    """A fixed ObjectId-looking id for a synthetic viewer."""
    return hashlib.sha256(key.encode()).hexdigest()[:24]


def user_json(
    viewer: Viewer, *, created: str, pictures: str = "https://cdn.example.com"
) -> dict[str, Any]:
    """A chat ``sender`` as seed 001 shows it; some without a name, some without a photo."""
    user_id = stable_id(viewer.id)
    if HANDLE.match(viewer.name):
        username, name, surname = viewer.name.lower(), None, None
    else:
        first, _, rest = viewer.name.partition(" ")
        username, name, surname = f"user_{user_id[-6:]}", first, rest or None
    return {
        "_id": user_id,
        "username": username,
        "name": name,
        "surname": surname,
        "profilePhoto": _photo(user_id, created, pictures),
        "availabilityStatus": "available" if int(user_id[-1], 16) % 2 else "busy",
    }


def _photo(user_id: str, created: str, pictures: str) -> dict[str, Any] | None:
    style = int(user_id[0], 16) % 3
    if style == 0:
        return None
    photo: dict[str, Any] = {
        "_id": stable_id(f"photo:{user_id}"),
        "url": f"{pictures}/uploads/images/{user_id}.jpg",
        "type": "image",
        "createdAt": created,
        "updatedAt": created,
    }
    if style == 2:  # older uploads have no size variants
        photo["variants"] = {
            "40": f"{pictures}/profiles/{user_id}/40.webp",
            "76": f"{pictures}/profiles/{user_id}/76.webp",
        }
    return photo
