"""Where each part of a chat row goes, for one message at one width (the delegate's layout,
kept apart so the delegate stays about painting and measuring)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextLayout


@dataclass(slots=True)
class RowLayout:
    """Where each part of a row goes, for one message at one width."""

    time: str
    thread: str
    badges: list[tuple[str, QColor, float]]  # label, colour, width
    name: str
    header_width: float
    text: QTextLayout
    height: float
    #: x of the thread label, the first badge and the name, from the left padding
    thread_x: float = 0.0
    badges_x: float = 0.0
    name_x: float = 0.0
    #: mentions a highlight word or the moderator's name: tinted, in bold
    highlight: bool = False
    #: the protected name the author's name imitates ("⚠" before the name)
    looks_like: str | None = None
    #: the author's ban or timeout as this moderator knows it ("banned"), a chip before the name
    marker: str = ""
    #: the moderator's note on the author (the last chip before the name), or ""
    note: str = ""
    #: room kept free at the end of the first line for the inline buttons
    reserve: float = 0.0
