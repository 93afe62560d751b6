"""Which moderation buttons each chat row carries, and when they show (Qt-free, from the
settings): e.g. delete, timeout 10 min, ban, shown while the pointer is on the row."""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from moderator.core.actions import DEFAULT_TIMEOUT, ActionKind


class Show(enum.Enum):
    OFF = "off"
    HOVER = "hover"
    ALWAYS = "always"


#: what a button says: short, so three fit at a row's end
SHORT = {
    ActionKind.DELETE: "Del",
    ActionKind.HARD_DELETE: "Del!",
    ActionKind.MARK_READ: "Read",
    ActionKind.MARK_UNREAD: "Unread",
    ActionKind.BAN: "Ban",
    ActionKind.UNBAN: "Unban",
    ActionKind.FLAG: "Flag",
    ActionKind.END_CHAT: "End",
}
#: the buttons a new profile has
DEFAULT_KINDS = (ActionKind.DELETE, ActionKind.TIMEOUT, ActionKind.BAN)


@dataclass(frozen=True, slots=True)
class InlineConfig:
    kinds: tuple[ActionKind, ...] = DEFAULT_KINDS
    show: Show = Show.HOVER
    #: what the timeout button asks for first (the dialog still asks)
    timeout: timedelta = DEFAULT_TIMEOUT

    @classmethod
    def of(cls, kinds: Iterable[str], show: str, timeout_seconds: int) -> InlineConfig:
        """From the settings' plain values; unknown names are skipped, each kind kept once."""
        known = {k.value: k for k in ActionKind}
        chosen = tuple(dict.fromkeys(known[k] for k in kinds if k in known))
        shown = Show(show) if show in {s.value for s in Show} else Show.HOVER
        return cls(chosen, shown, timedelta(seconds=max(1, timeout_seconds)))

    @property
    def active(self) -> bool:
        return self.show is not Show.OFF and bool(self.kinds)

    def label(self, kind: ActionKind) -> str:
        if kind is ActionKind.TIMEOUT:
            return short_duration(self.timeout)
        return SHORT[kind]


def short_duration(duration: timedelta) -> str:
    """ "10m", "30s", "1h", "1d": a timeout button's label."""
    seconds = int(duration.total_seconds())
    for unit, size in (("d", 86_400), ("h", 3_600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
