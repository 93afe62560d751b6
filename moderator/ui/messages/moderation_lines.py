"""The lines a ban, timeout or unban leaves in the chat, in the moderator's language.

Core writes them in English ("NightOwl_42 was timed out for 10 minutes by you", see
:mod:`moderator.core.result_line`) and the archive keeps them so; each list shows them
translated, recognised by their shape, with the author's name, the length and who acted kept
as they are (a rule's name is the moderator's own words)."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from PySide6.QtCore import QObject

from moderator.ui.kit.i18n import counts

_SHAPES = (
    ("ban", re.compile(r"(?P<name>.+) was banned by (?P<who>.+)", re.S)),
    ("unban", re.compile(r"(?P<name>.+) was unbanned by (?P<who>.+)", re.S)),
    ("timeout", re.compile(r"(?P<name>.+) was timed out for (?P<length>.+) by (?P<who>.+)", re.S)),
)
_LENGTH = re.compile(r"(?P<count>\d+) (?P<unit>day|hour|minute|second)s?")
_UNITS = {"day": 86_400, "hour": 3_600, "minute": 60, "second": 1}


class ModerationLines(QObject):
    """Never subclassed: PySide looks a translation up under the instance's own class name."""

    def said(self, text: str) -> str:
        for kind, shape in _SHAPES:
            if found := shape.fullmatch(text):
                return self._line(kind, found) or text
        return text

    def _line(self, kind: str, found: re.Match[str]) -> str:
        name, who = found["name"], found["who"]
        you = who == "you"
        if kind == "ban":
            line = (
                self.tr("{name} was banned by you")
                if you
                else self.tr("{name} was banned by {who}")
            )
        elif kind == "unban":
            line = (
                self.tr("{name} was unbanned by you")
                if you
                else self.tr("{name} was unbanned by {who}")
            )
        else:
            length = _length(found["length"])
            if length is None:
                return ""
            line = (
                self.tr("{name} was timed out for {duration} by you")
                if you
                else self.tr("{name} was timed out for {duration} by {who}")
            )
            return line.format(name=name, who=who, duration=counts().duration(length))
        return line.format(name=name, who=who)


def _length(text: str) -> timedelta | None:
    found = _LENGTH.fullmatch(text)
    if found is None:
        return None
    return timedelta(seconds=int(found["count"]) * _UNITS[found["unit"]])


@lru_cache(maxsize=512)
def moderation_line(text: str) -> str:
    """``text`` (a moderation row's) as the moderator's language says it. Cached: rows are laid
    out again and again, the language does not change while the app runs."""
    return ModerationLines().said(text)
