"""What the pace rules remember of one stream: when each author wrote, what, and who wrote the
same text. Counting is O(1) for an author (the n-th latest time is within the window or not);
everything is bounded, what was written to longest ago forgotten first (a key written to is
moved to the end: a busy key is never forgotten for being old, so a backtest's part that starts
with an empty memory and a window's warm-up counts what one pass counts).

Times are kept in plain lists, not ``deque(maxlen=...)``: most keys (an author, a text) hold one
or two times, and an empty deque already costs ~760 B against ~90 B for a list with one time;
a stream remembers tens of thousands of keys per table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

#: the most times kept per author or text (a rule counting more than this cannot match); a
#: stream keeps only as many as its rules count to (``Memory.depth``)
DEPTH = 1000
#: authors and texts remembered per stream before the oldest are forgotten
WIDTH = 20_000
KINDS = ("times", "repeats", "authors", "seen")


class Memory:
    """``kinds``: what to keep: "times" (floods), "repeats", "authors" (raids), "seen" (new
    authors); a stream with no rule of a kind pays nothing for it."""

    def __init__(
        self,
        width: int | None = None,
        kinds: frozenset[str] = frozenset(KINDS),
        depth: int = DEPTH,
    ) -> None:
        # read when made (not when defined): a test sizes the tables it fills
        self.width = WIDTH if width is None else width
        #: times kept per author or (author, text): the largest count of the stream's rules
        #: (``within`` looks back ``count`` times, no further); a few hundred busy keys
        #: keeping 1,000-2,000 times each grew by megabytes a minute for a quarter of an hour
        self.depth = depth
        self.kinds = kinds
        self._times, self._repeats = "times" in kinds, "repeats" in kinds
        self._authors, self._seen = "authors" in kinds, "seen" in kinds
        #: author id -> when their messages arrived
        self.times: dict[str, list[float]] = {}
        #: (author id, folded words) -> when
        self.repeats: dict[tuple[str, str], list[float]] = {}
        #: folded words -> {author id: when they last wrote it}
        self.authors_of: dict[str, dict[str, float]] = {}
        #: author id -> how many messages of theirs were seen
        self.seen: dict[str, int] = {}

    def note(self, author: str, text: str, now: float) -> None:
        """Remember a message before the rules look at it (it counts itself). Written out
        flat: it runs for every message."""
        width, depth = self.width, self.depth
        if self._times:
            times = self.times.get(author)
            if times is None:
                if len(self.times) >= width:
                    _make_room(self.times, width)
                self.times[author] = [now]
            else:
                del self.times[author]  # the latest written last: the oldest go first
                self.times[author] = times
                times.append(now)
                if len(times) > 2 * depth:  # trimmed now and then: amortised O(1)
                    del times[:-depth]
        if self._repeats:
            key = (author, text)
            again = self.repeats.get(key)
            if again is None:
                if len(self.repeats) >= width:
                    _make_room(self.repeats, width)
                self.repeats[key] = [now]
            else:
                del self.repeats[key]
                self.repeats[key] = again
                again.append(now)
                if len(again) > 2 * depth:
                    del again[:-depth]
        if self._authors:
            self._note_author(author, text, now)
        if self._seen:
            seen = self.seen.pop(author, None)
            if seen is None:
                if len(self.seen) >= width:
                    _make_room(self.seen, width)
                seen = 0
            self.seen[author] = seen + 1

    def _note_author(self, author: str, text: str, now: float) -> None:
        authors = self.authors_of.pop(text, None)
        if authors is None:
            if len(self.authors_of) >= self.width:
                _make_room(self.authors_of, self.width)
            authors = {}
        self.authors_of[text] = authors
        authors.pop(author, None)
        authors[author] = now  # insertion order is time order
        if len(authors) > DEPTH:
            del authors[next(iter(authors))]

    def within(self, times: Sequence[float] | None, count: int, window: float, now: float) -> bool:
        """Whether ``count`` of ``times`` fall in the last ``window`` seconds."""
        return times is not None and len(times) >= count and now - times[-count] <= window

    def authors_within(self, text: str, window: float, now: float) -> int:
        authors = self.authors_of.get(text)
        if not authors:
            return 0
        count = 0
        for at in reversed(authors.values()):
            if now - at > window:
                break  # the rest wrote it earlier still
            count += 1
        return count


def _make_room(table: dict[K, V], width: int) -> None:
    if len(table) >= width:
        for key in list(table)[: max(1, width // 4)]:  # the oldest quarter
            del table[key]
