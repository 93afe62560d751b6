"""A send, below Qt: a passing refusal waits in the outbox (and says so), any other is told as
it is, and a sent line teaches who the moderator is."""

from __future__ import annotations

from datetime import UTC, datetime

from moderator.core.delivery import Received
from moderator.core.models import Author, ChatMessage
from moderator.core.provider import Capability
from moderator.core.sending import send_line
from moderator.errors import ModeratorError, ProviderError, ProviderUnavailable
from tests.unit.core.scripted import ScriptedProvider


class Sender(ScriptedProvider):
    capabilities = Capability.SEND

    def __init__(self, error: Exception | None = None, echo: bool = False) -> None:
        super().__init__([])
        self.error = error
        self.echo = echo

    async def send(self, text: str) -> ChatMessage | None:
        if self.error is not None:
            raise self.error
        if not self.echo:
            return None
        return ChatMessage("7", "test:1", Author("mod-42", "Mod"), text, datetime.now(UTC))


class Kept:
    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, text: str) -> str:
        self.texts.append(text)
        return "It goes out when the connection is back."


async def test_a_passing_refusal_waits_in_the_outbox_and_says_so() -> None:
    kept = Kept()
    sent = await send_line(Sender(ProviderUnavailable("down")), "hi", Received(), kept)
    assert not sent.ok and sent.queued and kept.texts == ["hi"]
    assert sent.notice.startswith("Not sent yet: ")
    assert sent.notice.endswith(" It goes out when the connection is back.")


async def test_without_an_outbox_a_passing_refusal_is_told() -> None:
    sent = await send_line(Sender(ProviderUnavailable("down")), "hi", Received(), None)
    assert not sent.ok and not sent.queued and sent.notice.startswith("Not sent: ")


async def test_a_lasting_refusal_is_told_and_not_kept() -> None:
    kept = Kept()
    refused = ProviderError("The platform refused the message.")
    assert not refused.transient
    sent = await send_line(Sender(refused), "hi", Received(), kept)
    assert not sent.queued and kept.texts == []
    assert sent.notice == f"Not sent: {refused.sentence()}"
    odd = await send_line(Sender(ModeratorError("no stream")), "hi", Received(), kept)
    assert odd.notice == "Not sent: no stream" and kept.texts == []


async def test_a_sent_line_is_expected_and_teaches_the_moderators_account() -> None:
    received = Received()
    sent = await send_line(Sender(echo=True), "hello", received, Kept())
    assert sent.ok and sent.message is not None and sent.notice == ""
    assert received.own_ids == {"mod-42"}
    received.add([sent.message])
    assert received.arrived("hello", sent.message.sent_at.timestamp() - 1)
