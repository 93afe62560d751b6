"""Sending the moderator's line once: what a refused send becomes, and in which words.

A send the platform could not take for a passing reason (down, slow, rate-limited) waits in the
outbox when there is one, and the drain (:mod:`moderator.core.outbox_drain`) sends it later
unless its echo arrived meanwhile; any other refusal is told as it is. Qt-free: the stream's
controller shows the sentence and puts the platform's copy of the line in the chat.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from moderator.core.delivery import Received
from moderator.core.models import ChatMessage
from moderator.core.provider import ChatProvider
from moderator.errors import ModeratorError, ProviderError
from moderator.wording import Said

#: keeps a text for later; says what happens next, in words
Queue = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Sent:
    #: whether the platform took it
    ok: bool
    #: the platform's copy of the line, where it hands one back
    message: ChatMessage | None = None
    #: what to tell the moderator ("" when it went out)
    notice: str = ""
    #: it waits in the outbox
    queued: bool = False


async def send_line(
    provider: ChatProvider, text: str, received: Received, queue: Queue | None
) -> Sent:
    """Send ``text``; ``queue`` keeps it for later (None: nowhere to keep it)."""
    received.expect(text)  # its echo may prove a later retry needless
    try:
        message = await provider.send(text)
    except ProviderError as err:
        if err.transient and queue is not None:
            later = queue(text)  # a full disk keeps it in memory, retrying: the words say so
            notice = Said("Not sent yet: {reason} {later}", reason=err.sentence(), later=later)
            return Sent(False, notice=notice, queued=True)
        return Sent(False, notice=Said("Not sent: {reason}", reason=err.sentence()))
    except ModeratorError as err:
        return Sent(False, notice=Said("Not sent: {reason}", reason=err.sentence()))
    if message is not None:
        received.learn_own(message.author.id)
    return Sent(True, message)
