"""The colours and marks a chat row is painted with: badges, author names (one colour per
author id, readable on light and dark themes), the chips before a name."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from moderator.core.models import Badge, MessageKind

BADGE_COLORS: dict[Badge, str] = {
    Badge.OWNER: "#c98a00",
    Badge.MANAGER: "#1e8e3e",
    Badge.MODERATOR: "#1e8e3e",
    Badge.ADMIN: "#c5221f",
    Badge.AGENT: "#1a73e8",
    Badge.VISITOR: "#5f6368",
    Badge.VERIFIED: "#8430ce",
    Badge.SYSTEM: "#5f6368",
}
BADGE_ORDER = list(BADGE_COLORS)
BADGE_QCOLORS = {badge: QColor(colour) for badge, colour in BADGE_COLORS.items()}
GREY = QColor("#9aa0a6")
#: behind a highlighted row: a warm tint that reads on light and dark themes alike
HIGHLIGHT = QColor(255, 183, 0, 56)
WHITE = QColor("white")
#: before a name that imitates a moderator's, the streamer's or the moderator's own
WARNING = "⚠ "
IMPOSTOR = QColor("#e37400")
#: the chip of a banned or timed-out author (white text on it reads at 6.5:1)
MARKER = QColor("#b3261e")
#: the chip of an author the moderator wrote a note on; the note is its tooltip
NOTE_MARK = QT_TRANSLATE_NOOP("MessageDelegate", "✎ note")
NOTE = QColor("#8a5a00")
#: rows painted without an author name, muted: the platform's and Moderator's own lines
NAMELESS = frozenset({MessageKind.SYSTEM, MessageKind.MODERATION})
#: author colours readable on light and dark backgrounds
NAME_COLORS = (
    "#d93025",
    "#1967d2",
    "#188038",
    "#b06000",
    "#9334e6",
    "#c2185b",
    "#007b83",
    "#5b6abf",
)


NAME_QCOLORS = [QColor(colour) for colour in NAME_COLORS]


def name_color(author_id: str) -> QColor:
    return NAME_QCOLORS[zlib.crc32(author_id.encode()) % len(NAME_QCOLORS)]
