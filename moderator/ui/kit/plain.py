"""Words from a platform or a server are shown as plain text, wherever Qt could read HTML.

Qt guesses: a label, a message box or a tooltip whose text starts like a tag is rendered as rich
text, and an ``<img src="/dev/zero">`` in an author's name then makes Qt read that file on the
GUI thread (a freeze, or an abort). Every label of the app is a :class:`PlainLabel`; message
boxes go through :func:`plain_box`; tooltips through :func:`tip`; tab texts and button texts
through :func:`no_mnemonic`; desktop notifications through :func:`inert`.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtText  # mightBeRichText, convertFromPlainText
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy

from moderator.core.models import ChatMessage
from moderator.core.names import visible_name

#: a tooltip is a glance, not a reader: longer text is cut (the row's menu shows it all)
TIP_LIMIT = 600
#: the least a status line keeps, so a few words always show
MIN_LINE_WIDTH = 60


class PlainLabel(QLabel):
    """A QLabel that never interprets its text as HTML."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.setTextFormat(Qt.TextFormat.PlainText)


class LineLabel(PlainLabel):
    """A status line, notice or toast: its text comes from a platform or a server, so it takes
    the width it is given and no more (a 300-character error page must not widen the window);
    what does not fit is cut, and the whole text is its tooltip."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(MIN_LINE_WIDTH)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(tip(text) if text else "")

    def clear(self) -> None:
        self.setText("")


def plain_box(box: QMessageBox) -> QMessageBox:
    """A message box that shows its text and informative text as written."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def tip(text: str, limit: int = TIP_LIMIT) -> str:
    """A tooltip that shows ``text`` as written.

    Qt shows a tooltip as rich text when it looks like HTML, so text that could be mistaken for
    it is escaped and wrapped as rich text on purpose; other text stays as it is.
    """
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    if "<" not in text and "&" not in text and not QtText.mightBeRichText(text):
        return text
    return "<qt>" + QtText.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) + "</qt>"


def no_mnemonic(text: str) -> str:
    """Text for a tab or a button: an ``&`` is shown, not turned into a shortcut key."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """Text for a window title: Qt replaces ``[*]`` with the "modified" mark."""
    return text.replace("[*]", "[[*]]")


def inert(text: str) -> str:
    """Text for a desktop notification, which some systems render as markup: no tags, no
    entities, whatever the notification service makes of them."""
    return text.replace("&", "＆").replace("<", "‹").replace(">", "›")


def escaped(text: str) -> str:
    """A value put inside rich text this app writes itself (the about box, badge chips)."""
    return html.escape(text, quote=True)


def named_visibly(messages: Iterable[ChatMessage]) -> list[ChatMessage]:
    """The messages with their authors' names as shown, for a sentence built from them (a
    confirmation): a name's direction marks must not turn the rest of the sentence around."""
    return [
        replace(m, author=replace(m.author, name=visible_name(m.author.name))) for m in messages
    ]
