"""LivePerson as the app sees it: an agent's account number, user name and password."""

from __future__ import annotations

from moderator.core.provider import ProviderSpec
from moderator.providers.liveperson.agent import PLATFORM
from moderator.providers.liveperson.client import LivePersonClient
from moderator.providers.liveperson.schema import LivePersonConnection

SPEC = ProviderSpec(
    name=LivePersonClient.name,
    display_name=PLATFORM,
    connection=LivePersonConnection,
    factory=LivePersonClient,
    capabilities=LivePersonClient.capabilities,
    unsupported=LivePersonClient.unsupported,
    intro="Sign in as an agent: account number, user name and password.",
    # each connection sets its own; this is what a new one starts with
    poll_interval=LivePersonConnection.model_fields["poll_interval"].default,
    min_poll_interval=LivePersonClient.min_poll_interval,
)
