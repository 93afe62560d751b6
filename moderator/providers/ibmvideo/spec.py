"""IBM Video (chat on Stream Chat) as the app sees it: the form's client id and secret."""

from __future__ import annotations

from moderator.core.provider import ProviderSpec
from moderator.providers.ibmvideo.client import IbmVideoClient
from moderator.providers.ibmvideo.schema import IbmVideoConnection

SPEC = ProviderSpec(
    name=IbmVideoClient.name,
    display_name=IbmVideoClient.display_name,
    connection=IbmVideoConnection,
    factory=IbmVideoClient,
    capabilities=IbmVideoClient.capabilities,
    unsupported=IbmVideoClient.unsupported,
    intro="Use an API client id and secret from the IBM Video dashboard.",
    poll_interval=IbmVideoClient.poll_interval,
)
