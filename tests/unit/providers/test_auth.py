"""Renew once, then give up: the one copy every client uses."""

from __future__ import annotations

import pytest

from moderator.errors import AuthExpired, ProviderUnavailable, SignedOut
from moderator.providers.auth import renewing


class Platform:
    """Refuses the first ``refusals`` requests for their sign-in; counts renewals."""

    def __init__(self, refusals: int) -> None:
        self.refusals = refusals
        self.sent = 0
        self.renewed = 0

    async def attempt(self) -> str:
        self.sent += 1
        if self.sent <= self.refusals:
            raise AuthExpired("refused", provider="Toy", detail=f"refusal {self.sent}")
        return "ok"

    async def renew(self, rejected: AuthExpired) -> None:
        self.renewed += 1


async def test_a_good_sign_in_is_not_renewed() -> None:
    platform = Platform(refusals=0)
    assert await renewing(platform.attempt, platform.renew, platform="Toy", refused_again="x")
    assert (platform.sent, platform.renewed) == (1, 0)


async def test_a_refused_sign_in_is_renewed_once_and_sent_again() -> None:
    platform = Platform(refusals=1)
    result = await renewing(platform.attempt, platform.renew, platform="Toy", refused_again="x")
    assert result == "ok"
    assert (platform.sent, platform.renewed) == (2, 1)


async def test_a_renewed_token_refused_at_once_is_retried_later_not_signed_out() -> None:
    platform = Platform(refusals=2)
    with pytest.raises(ProviderUnavailable, match="again later") as caught:
        await renewing(
            platform.attempt, platform.renew, platform="Toy", refused_again="again later"
        )
    assert caught.value.detail == "refusal 2"
    assert (platform.sent, platform.renewed) == (2, 1), "renewed more than once"


async def test_a_whole_new_sign_in_refused_at_once_signs_out() -> None:
    platform = Platform(refusals=2)
    with pytest.raises(SignedOut, match="fresh token refused"):
        await renewing(
            platform.attempt,
            platform.renew,
            platform="Toy",
            refused_again="fresh token refused",
            sign_out=True,
        )
    assert (platform.sent, platform.renewed) == (2, 1)


async def test_a_renewal_that_cannot_be_made_stops_there() -> None:
    platform = Platform(refusals=1)

    async def cannot(rejected: AuthExpired) -> None:
        raise SignedOut("Sign in again.", provider="Toy") from rejected

    with pytest.raises(SignedOut, match="Sign in again"):
        await renewing(platform.attempt, cannot, platform="Toy", refused_again="x")
    assert platform.sent == 1, "sent again without a renewal"
