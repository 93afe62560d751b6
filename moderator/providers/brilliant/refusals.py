"""The site's own reading of a refusal (see ``BrilliantClient._refine``): an API key is not
renewed, so a rejected key means a new one; a 429 means the key's budget, perhaps shared."""

from __future__ import annotations

from moderator.errors import PermissionDenied, ProviderError, RateLimited, SignedOut
from moderator.wording import Said


def key_rejected(err: ProviderError, platform: str) -> SignedOut:
    said = Said(
        "{platform} did not accept the API key. Create a key in the site's Developer Hub and "
        "enter it again.",
        platform=platform,
    )
    return SignedOut(said, provider=platform, detail=err.detail)


def key_denied(err: ProviderError, platform: str) -> PermissionDenied:
    said = Said(
        "The API key may not do this on {platform}; allow chat messages and threads in the "
        "key's permissions.",
        platform=platform,
    )
    return PermissionDenied(said, provider=platform, detail=err.detail)


def key_too_busy(err: ProviderError, platform: str, wait: float) -> RateLimited:
    said = Said(
        "{platform} says the API key made too many requests (perhaps another program uses it "
        "too); trying again in {seconds} s.",
        platform=platform,
        seconds=f"{wait:.0f}",
    )
    return RateLimited(said, retry_after=wait, provider=platform, detail=err.detail)
