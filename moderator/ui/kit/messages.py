"""One way for the app to tell the moderator something, or ask: the message bridge.

Code anywhere in the UI calls :func:`info`, :func:`warning` or :func:`error` with a sentence
and, when it knows, where it belongs: ``place`` (the surface the moderator acted on: a tab, All
streams, the search dialog, a user card, the window) or ``stream`` (the stream it is about). The
bridge hands it to the display attached for that place, else for that stream, else to the
window's (the status bar, and a box for errors), and logs it either way; :func:`ask` does the
same for a question with answers. Callers never know which widget shows it, and a test records
everything the moderator was told (``tests/gui/message_mock.py``), as qutebrowser's
``utils/message.py`` and its ``messagemock`` do.

The sentences are plain English built by the caller (translated there); every display shows
them as plain text.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol, cast

from shiboken6 import isValid

log = logging.getLogger(__name__)


class Level(Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Message:
    level: Level
    text: str
    #: the stream it is about (that stream's tab shows it)
    stream: str | None = None
    #: the surface it answers (that surface shows it): compared by identity
    place: object | None = None


@dataclass(eq=False)
class Question:
    """A question with its answers (button labels, the first one the default); ``on_answer``
    gets the chosen label once, or ``None`` when the question was closed unanswered."""

    text: str
    answers: tuple[str, ...]
    on_answer: Callable[[str | None], None]
    details: str = ""
    #: the answer that means "not now" (Escape picks it)
    later: str | None = None
    stream: str | None = None
    place: object | None = None
    answered: bool = field(default=False, init=False)

    def answer(self, label: str | None) -> None:
        """Take the moderator's answer; the first one counts (a box and a test may both)."""
        if self.answered:
            return
        if label is not None and label not in self.answers:
            raise ValueError(f"{label!r} is not one of {self.answers}")
        self.answered = True
        self.on_answer(label)


class Display(Protocol):
    def show_message(self, message: Message) -> None: ...


class Asker(Protocol):
    def ask_question(self, question: Question) -> None: ...


Listener = Callable[["Message | Question"], None]


class _Slot:
    """One attached display; it stops counting once its widget is gone."""

    def __init__(self, owner: object, stream: str | None, place: object | None) -> None:
        self._owner = weakref.ref(owner)
        self.stream = stream
        self.place = place

    @property
    def owner(self) -> object | None:
        owner = self._owner()
        if owner is None or not _alive(owner):
            return None
        return owner


def _alive(owner: object) -> bool:
    try:
        return bool(isValid(owner))
    except TypeError:  # not a Qt object: alive while referenced
        return True


class MessageBridge:
    """Routes messages and questions to the displays attached for them (latest first)."""

    def __init__(self) -> None:
        self._slots: list[_Slot] = []
        #: told every message and question first (a test's recorder, a log view)
        self.listeners: list[Listener] = []

    def attach(
        self, display: object, *, stream: str | None = None, place: object | None = None
    ) -> None:
        """Show what is meant for ``place`` or ``stream`` in ``display``; with neither, it shows
        what nothing else does. Kept while the display (a widget) exists."""
        self._slots = [s for s in self._slots if s.owner is not None]
        self._slots.append(_Slot(display, stream, place))

    def show(self, message: Message) -> bool:
        """Route ``message``; whether a display showed it (it is logged anyway)."""
        log.log(_LOG_LEVELS[message.level], "told the moderator: %s", message.text)
        for listener in list(self.listeners):
            listener(message)
        display = self._find(message.stream, message.place, "show_message")
        if display is None:
            return False
        cast(Display, display).show_message(message)
        return True

    def ask(self, question: Question) -> bool:
        """Put ``question`` to the moderator; whether an asker showed it."""
        log.info("asked the moderator: %s", question.text)
        for listener in list(self.listeners):
            listener(question)
        asker = self._find(question.stream, question.place, "ask_question")
        if asker is None:
            return False
        cast(Asker, asker).ask_question(question)
        return True

    def _find(self, stream: str | None, place: object | None, method: str) -> object | None:
        """The latest live display for the place, else for the stream, else the general one."""
        for wanted in (
            lambda s: place is not None and s.place is place,
            lambda s: stream is not None and s.stream == stream,
            lambda s: s.stream is None and s.place is None,
        ):
            for slot in reversed(self._slots):
                owner = slot.owner
                if owner is not None and wanted(slot) and hasattr(owner, method):
                    return owner
        return None


_LOG_LEVELS = {Level.INFO: logging.INFO, Level.WARNING: logging.WARNING, Level.ERROR: logging.ERROR}
_bridge = MessageBridge()


def bridge() -> MessageBridge:
    return _bridge


def install(new: MessageBridge) -> MessageBridge:
    """Use ``new`` from now on; the one it replaces (tests give each test its own)."""
    global _bridge
    old, _bridge = _bridge, new
    return old


def attach(display: object, *, stream: str | None = None, place: object | None = None) -> None:
    _bridge.attach(display, stream=stream, place=place)


def info(text: str, *, stream: str | None = None, place: object | None = None) -> bool:
    return _bridge.show(Message(Level.INFO, text, stream, place))


def warning(text: str, *, stream: str | None = None, place: object | None = None) -> bool:
    return _bridge.show(Message(Level.WARNING, text, stream, place))


def error(text: str, *, stream: str | None = None, place: object | None = None) -> bool:
    return _bridge.show(Message(Level.ERROR, text, stream, place))


def ask(question: Question) -> bool:
    return _bridge.ask(question)
