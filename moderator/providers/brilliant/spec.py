"""Brilliant Directories as the app sees it: the site's address and an API key."""

from __future__ import annotations

from moderator.core.provider import ProviderSpec
from moderator.providers.brilliant.client import PLATFORM, BrilliantClient
from moderator.providers.brilliant.schema import BrilliantConnection

SPEC = ProviderSpec(
    name=BrilliantClient.name,
    display_name=PLATFORM,
    connection=BrilliantConnection,
    factory=BrilliantClient,
    capabilities=BrilliantClient.capabilities,
    unsupported=BrilliantClient.unsupported,
    intro="Use the site's address and an API key; Test connection checks the key.",
    poll_interval=BrilliantClient.poll_interval,
)
