from __future__ import annotations

from pathlib import Path

from moderator.core.delivery import deliver
from moderator.core.models import ChatMessage
from moderator.core.outcome import Outcome
from moderator.core.provider import Capability
from moderator.errors import NotFound, ProviderUnavailable
from moderator.storage.outbox import Outbox
from tests.unit.core.scripted import ScriptedProvider, message


class Deleter(ScriptedProvider):
    capabilities = Capability.SEND | Capability.DELETE

    def __init__(self, delete_error: Exception | None = None) -> None:
        super().__init__([])
        self.delete_error = delete_error
        self.deleted: list[str] = []
        self.sent: list[str] = []

    async def delete(self, message: ChatMessage, *, hard: bool = False) -> None:
        if self.delete_error:
            raise self.delete_error
        self.deleted.append(message.id)

    async def send(self, text: str) -> ChatMessage | None:
        self.sent.append(text)
        return None


def never(_text: str, _since: float) -> bool:
    return False


async def test_a_waiting_delete_goes_out(tmp_path: Path) -> None:
    outbox, provider = Outbox(tmp_path / "o.db"), Deleter()
    entry = outbox.add_action("delete", message(3))
    assert entry is not None
    delivery = await deliver(provider, outbox, entry, already_arrived=never)
    assert delivery.outcome is Outcome.DONE and provider.deleted == ["3"]
    assert outbox.waiting("test:1") == []


async def test_a_delete_that_finds_the_message_gone_counts_as_done(tmp_path: Path) -> None:
    outbox, provider = Outbox(tmp_path / "o.db"), Deleter(NotFound("gone"))
    entry = outbox.add_action("delete", message(3))
    assert entry is not None
    assert (await deliver(provider, outbox, entry, already_arrived=never)).outcome is Outcome.DONE


async def test_still_unreachable_keeps_it_waiting(tmp_path: Path) -> None:
    outbox, provider = Outbox(tmp_path / "o.db"), Deleter(ProviderUnavailable("down"))
    entry = outbox.add_action("delete", message(3))
    assert entry is not None
    delivery = await deliver(provider, outbox, entry, already_arrived=never)
    assert delivery.outcome is Outcome.WAITING
    assert outbox.waiting("test:1")[0].attempts == 1


async def test_a_send_that_already_arrived_is_not_sent_twice(tmp_path: Path) -> None:
    outbox, provider = Outbox(tmp_path / "o.db"), Deleter()
    entry = outbox.add_send("test:1", "hello")
    delivery = await deliver(
        provider, outbox, entry, already_arrived=lambda text, _: text == "hello"
    )
    assert delivery.outcome is Outcome.DONE and provider.sent == []
    other = outbox.add_send("test:1", "again")
    await deliver(provider, outbox, other, already_arrived=never)
    assert provider.sent == ["again"]


async def test_a_waiting_delete_the_platform_already_reported_gone_is_not_sent(
    tmp_path: Path,
) -> None:
    outbox, provider = Outbox(tmp_path / "o.db"), Deleter()
    entry = outbox.add_action("delete", message(3))
    assert entry is not None
    delivery = await deliver(
        provider, outbox, entry, already_arrived=never, already_gone=lambda i: i == "3"
    )
    assert delivery.outcome is Outcome.DONE and provider.deleted == []
