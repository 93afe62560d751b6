"""Toy Chat as the app sees it."""

from __future__ import annotations

from moderator.core.provider import ProviderSpec
from tests.contract.toy.client import ToyClient, ToyConnection

SPEC = ProviderSpec(
    name=ToyClient.name,
    display_name=ToyClient.display_name,
    connection=ToyConnection,
    factory=ToyClient,
    capabilities=ToyClient.capabilities,
    unsupported=ToyClient.unsupported,
    intro="Use the room's name and the key Toy Chat gave you.",
    poll_interval=ToyClient.poll_interval,
)
