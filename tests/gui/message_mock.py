"""Records what the app told or asked the moderator, so a test says "the moderator was told X".

Each GUI test gets a fresh :class:`MessageBridge` (``conftest.fresh_messages``); the
``message_mock`` fixture listens to it. Displays still show what they are given: a test may look
at the widget or at the record, whichever says more.
"""

from __future__ import annotations

from moderator.ui.kit import messages
from moderator.ui.kit.messages import Level, Message, Question


class MessageMock:
    def __init__(self, bridge: messages.MessageBridge) -> None:
        self.messages: list[Message] = []
        self.questions: list[Question] = []
        bridge.listeners.append(self._record)

    def _record(self, item: Message | Question) -> None:
        if isinstance(item, Message):
            self.messages.append(item)
        else:
            self.questions.append(item)

    def texts(self, level: Level | None = None) -> list[str]:
        return [m.text for m in self.messages if level is None or m.level is level]

    def getmsg(self, level: Level | None = None) -> Message:
        """The one message (of ``level``) the moderator was told; fails naming them all."""
        found = [m for m in self.messages if level is None or m.level is level]
        assert len(found) == 1, f"expected one {level or 'message'}, got {self.messages}"
        return found[0]

    def told(self, fragment: str, level: Level | None = None) -> bool:
        """Whether some message (of ``level``) holds ``fragment``."""
        return any(fragment in text for text in self.texts(level))

    def question(self) -> Question:
        """The one question still waiting for an answer."""
        waiting = [q for q in self.questions if not q.answered]
        assert len(waiting) == 1, f"expected one open question, got {self.questions}"
        return waiting[0]

    def answer(self, label: str | None) -> None:
        self.question().answer(label)
