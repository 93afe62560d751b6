"""A new provider is its package plus one registry line.

``tests/contract/toy`` is a provider package written as a new one would be (spec, client, and
the fake it is tested against). Added to a copy of the registry by one line, it is served by
everything that reads the registry: the whole contract suite runs over it here, the menus
give its reasons, and the connect dialog offers it (tests/gui/test_new_provider_dialog.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import httpx
import pytest

from moderator.core.actions import ActionKind, menu_entries
from moderator.core.models import Author, ChatMessage
from moderator.core.provider import ChatProvider, registry
from moderator.providers import REGISTRY, create_provider
from tests.contract.test_contract import (
    test_connect_names_the_stream,
    test_each_action_round_trips_or_is_refused_with_a_reason,
    test_first_page_has_the_backlog_with_string_ids,
    test_incremental_poll_skips_nothing_and_repeats_nothing,
    test_send_round_trip,
    test_unban_lifts_a_ban,
)
from tests.contract.toy import spec as toy
from tests.contract.toy.fake import ToyFake

#: the registry with the new provider: its one line
SPECS = {**REGISTRY, **registry(toy.SPEC)}

__all__ = [
    "test_connect_names_the_stream",
    "test_each_action_round_trips_or_is_refused_with_a_reason",
    "test_first_page_has_the_backlog_with_string_ids",
    "test_incremental_poll_skips_nothing_and_repeats_nothing",
    "test_send_round_trip",
    "test_unban_lifts_a_ban",
]


@pytest.fixture
def fake() -> ToyFake:
    service = ToyFake(seed=7)
    service.add_chatter(10)
    return service


@pytest.fixture
async def provider(fake: ToyFake) -> AsyncIterator[ChatProvider]:
    settings = toy.SPEC.connection.model_validate(fake.credentials("http://toy.test")[0])
    client = create_provider(settings, httpx.ASGITransport(app=fake.app), SPECS)
    try:
        yield client
    finally:
        await client.aclose()


def test_the_copy_holds_every_provider_and_the_new_one() -> None:
    assert list(SPECS) == [*REGISTRY, "toy"]
    assert "toy" not in REGISTRY, "the test changed the app's own registry"


def test_the_menus_give_the_new_providers_reasons() -> None:
    spec = SPECS["toy"]
    message = ChatMessage(
        "1", "toy:lobby", Author("v1", "Viewer 1"), "hi", datetime(2026, 1, 1, tzinfo=UTC)
    )
    entries = {e.kind: e for e in menu_entries(message, spec.capabilities, spec.unsupported_reason)}
    assert not entries[ActionKind.DELETE].enabled
    assert entries[ActionKind.DELETE].tooltip == "Toy Chat keeps every word said."
    assert entries[ActionKind.BAN].tooltip == "Toy Chat lets everyone in."
    # a capability without a sentence of its own still says which platform lacks it
    assert entries[ActionKind.FLAG].tooltip == "Toy Chat does not offer this."
