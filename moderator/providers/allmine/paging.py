"""Reading Allmine's page/limit chat list so that no message is skipped or repeated.

Allmine numbers pages from one end of the chat and does not say which (PROVIDERS.md B, [I]),
so the order is told from the dates (or set in the connection) and kept in the cursor:

* newest first: new messages land on page 1 and push older ones to later pages. Each poll
  walks from page 1 until it meets a message at or below the mark (the newest handed out
  before). Messages arriving mid-walk only push seen messages onto later pages, so a walk
  never misses one; the duplicates are dropped by date and id (``Walk.low``), and the new
  arrivals are newer than the mark, so the next walk picks them up.
* oldest first: pages before the newest are stable; each poll reads on from the page that
  holds the newest seen message. A first read jumps to the last page for the backlog.

The cursor is the JSON of :class:`Cursor`. A mark keeps the ids handed out within
:data:`OVERLAP` of its date, so a message stored a little late (same millisecond, another
server's clock) is still caught once and only once.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

log = logging.getLogger(__name__)

Order = Literal["desc", "asc"]
OVERLAP = timedelta(seconds=2)
#: ids kept in a mark at most (a cursor stays small even in a flooded chat)
SEEN_CAP = 500
VERSION = 1


@dataclass(frozen=True, slots=True)
class Seen:
    """A message reduced to what paging needs."""

    id: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Mark:
    """The newest date handed out, plus the ids handed out within :data:`OVERLAP` of it.

    ``floor``: nothing at or before it is new. It is set by a first read, which hands out one
    page of backlog on purpose and must not take the older messages next to it for late ones.
    """

    at: datetime | None = None
    seen: tuple[Seen, ...] = ()
    floor: datetime | None = None

    def _bottom(self) -> datetime | None:
        if self.at is None:
            return self.floor
        window = self.at - OVERLAP
        return window if self.floor is None or window > self.floor else self.floor

    def fresh(self, items: Iterable[Seen]) -> list[Seen]:
        bottom = self._bottom()
        ids = {s.id for s in self.seen}
        return [i for i in items if (bottom is None or i.at > bottom) and i.id not in ids]

    def reached(self, items: Iterable[Seen]) -> bool:
        """Whether ``items`` go down to messages older than anything that may still be new."""
        bottom = self._bottom()
        return bottom is not None and any(i.at <= bottom for i in items)

    def advance(self, items: Iterable[Seen]) -> Mark:
        pool = {s.id: s for s in self.seen}
        pool.update((i.id, i) for i in items)
        if not pool:
            return self
        at = max(s.at for s in pool.values())
        if self.at is not None and self.at > at:
            at = self.at
        keep = sorted((s for s in pool.values() if s.at > at - OVERLAP), key=_order_key)
        return Mark(at, tuple(keep[-SEEN_CAP:]), self.floor)


#: the floor of a chat that was empty at its first read: everything said after it is new
EMPTY_FLOOR = datetime(1970, 1, 1, tzinfo=UTC)


def backlog_mark(items: list[Seen], *, older_exist: bool) -> Mark:
    """The mark after a first read that handed out ``items`` as the backlog.

    An empty chat gets a floor too: else the next read would count as a first read again and
    take one page of what was said meanwhile, skipping the rest (a burst before the next poll).
    """
    if not items:
        return Mark(floor=EMPTY_FLOOR)
    floor = min(i.at for i in items) if older_exist else None
    return Mark(floor=floor).advance(items)


@dataclass(frozen=True, slots=True)
class Walk:
    """A newest-first walk that goes on in the next fetch."""

    page: int
    #: the mark when the walk began: it ends where it meets this
    stop: Mark
    #: the oldest date this walk handed out, and the ids handed out at exactly that date
    low: datetime | None = None
    low_ids: tuple[str, ...] = ()

    def fresh(self, items: Iterable[Seen]) -> list[Seen]:
        candidates = self.stop.fresh(items)
        if self.low is None:
            return candidates
        low = self.low
        return [i for i in candidates if i.at < low or (i.at == low and i.id not in self.low_ids)]

    def caught_up(self, items: list[Seen], fresh: list[Seen]) -> bool:
        """A page of nothing new that holds messages handed out before this walk: the rest is
        older still (in a fast chat the overlap window could span pages; this ends the walk)."""
        if fresh or not self.stop.seen:
            return False
        before = {s.id for s in self.stop.seen}
        return any(i.id in before for i in items)

    def lowered(self, handed_out: list[Seen], page: int) -> Walk:
        dates = [s.at for s in handed_out]
        if self.low is not None:
            dates.append(self.low)
        if not dates:
            return replace(self, page=page)
        low = min(dates)
        ids = {s.id for s in handed_out if s.at == low}
        if low == self.low:
            ids.update(self.low_ids)
        return Walk(page, self.stop, low, tuple(sorted(ids)))


@dataclass(frozen=True, slots=True)
class Step:
    """What one page read gives: the new messages, the cursor after it, the page to read next."""

    fresh: list[Seen]
    cursor: Cursor
    next_page: int | None


@dataclass(frozen=True, slots=True)
class Cursor:
    order: Order | None = None
    mark: Mark = Mark()
    #: oldest first: the page to read from (0: not located yet)
    page: int = 0
    #: newest first: a walk that ran out of pages in the last fetch
    walk: Walk | None = None

    def first_page(self) -> int:
        if self.walk is not None:
            return self.walk.page
        if self.order == "asc" and self.page:
            return self.page
        return 1

    def step(self, number: int, items: list[Seen], *, has_next: bool, total_pages: int) -> Step:
        order = self.order or detect_order(items)
        if order == "asc":
            return replace(self, order="asc", walk=None)._ascending(
                number, items, has_next=has_next, total_pages=total_pages
            )
        # unknown order is read newest first: it stays unknown only while page 1 holds at most
        # one message (or two with the same date and id), so the whole chat is on page 1
        return replace(self, order=order)._descending(number, items, has_next=has_next)

    def _descending(self, number: int, items: list[Seen], *, has_next: bool) -> Step:
        if self.walk is None and self.mark.at is None and self.mark.floor is None:
            # a first read takes one page of backlog, like a chat window opened late
            fresh = self.mark.fresh(items)
            mark = backlog_mark(fresh, older_exist=has_next)
            return Step(fresh, Cursor(self.order, mark), None)
        walk = self.walk or Walk(number, self.mark)
        fresh = walk.fresh(items)
        mark = self.mark.advance(fresh)
        if not has_next or walk.stop.reached(items) or walk.caught_up(items, fresh):
            return Step(fresh, Cursor(self.order, mark), None)
        return Step(
            fresh, Cursor(self.order, mark, walk=walk.lowered(fresh, number + 1)), number + 1
        )

    def _ascending(
        self, number: int, items: list[Seen], *, has_next: bool, total_pages: int
    ) -> Step:
        first = self.mark.at is None and self.mark.floor is None
        if self.page == 0 and first and number == 1 and total_pages > 1:
            # the first read of an oldest-first chat: the newest messages are on the last page
            return Step([], self, total_pages)
        if not items and number > 1 and number > total_pages:
            # the chat shrank under the cursor (the platform removed messages): step back
            target = max(total_pages, 1)
            return Step([], replace(self, page=target), target)
        fresh = self.mark.fresh(items)
        # a first read is the backlog: the last page, or page 1 of a short chat
        mark = backlog_mark(fresh, older_exist=number > 1) if first else self.mark.advance(fresh)
        after = number + 1 if has_next else number
        return Step(fresh, Cursor("asc", mark, page=after), after if has_next else None)

    # -- the opaque string -----------------------------------------------------------------------

    def dump(self) -> str:
        data: dict[str, Any] = {"v": VERSION, "o": self.order, "m": _mark_json(self.mark)}
        if self.page:
            data["p"] = self.page
        if self.walk is not None:
            w = self.walk
            data["w"] = {
                "p": w.page,
                "stop": _mark_json(w.stop),
                "low": w.low.isoformat() if w.low else None,
                "ids": list(w.low_ids),
            }
        return json.dumps(data, separators=(",", ":"))

    @classmethod
    def load(cls, text: str | None, *, order: Order | None = None) -> Cursor:
        """The cursor in ``text``; a fresh one (reading the backlog) when there is none."""
        if not text:
            return cls(order=order)
        try:
            return _parse(json.loads(text), order)
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            log.warning("Allmine: an unreadable cursor was dropped (%s)", type(err).__name__)
            return cls(order=order)


def detect_order(items: list[Seen]) -> Order | None:
    """The page order from the first and last item's dates; ObjectIds (seconds, then a counter)
    break a tie of dates within one millisecond."""
    if len(items) < 2:
        return None
    first, last = _order_key(items[0]), _order_key(items[-1])
    if first == last:
        return None
    return "desc" if first > last else "asc"


def _order_key(seen: Seen) -> tuple[datetime, str]:
    return seen.at, seen.id


def _mark_json(mark: Mark) -> dict[str, Any]:
    return {
        "at": mark.at.isoformat() if mark.at else None,
        "seen": [[s.id, s.at.isoformat()] for s in mark.seen],
        "floor": mark.floor.isoformat() if mark.floor else None,
    }


def _mark(data: dict[str, Any]) -> Mark:
    at, floor = data["at"], data.get("floor")
    seen = tuple(Seen(str(i), _date(t)) for i, t in data["seen"])
    return Mark(_date(at) if at else None, seen, _date(floor) if floor else None)


def _date(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("a cursor date without a zone")
    return moment


def _parse(data: dict[str, Any], order: Order | None) -> Cursor:
    if data["v"] != VERSION:
        raise ValueError(f"cursor version {data['v']}")
    stored = data["o"]
    if stored not in (None, "asc", "desc"):
        raise ValueError("unknown order")
    walk = None
    if data.get("w"):
        w = data["w"]
        low = _date(w["low"]) if w["low"] else None
        walk = Walk(int(w["p"]), _mark(w["stop"]), low, tuple(str(i) for i in w["ids"]))
    return Cursor(stored or order, _mark(data["m"]), int(data.get("p", 0)), walk)
