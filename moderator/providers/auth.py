"""Token renewal, once for every client: "renew once, then give up".

A request refused for its sign-in (:class:`AuthExpired`) renews the sign-in once and is sent
again. Each client says only how it renews (a refresh token, a new log-in, a new chat token);
what happens when the renewed sign-in is refused too lives here, so no client drifts:

- by default the renewal itself worked, so the sign-in is good and a token refused again at
  once is the platform's hiccup: :class:`ProviderUnavailable`, retried later (with a renewal);
- ``sign_out=True`` for a renewal that is a whole new sign-in (IBM's token grant): its token
  refused at once means it never will be accepted: :class:`SignedOut`.

A renewal that cannot be made raises :class:`SignedOut` itself (or re-raises the refusal).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from moderator.errors import AuthExpired, ProviderUnavailable, SignedOut

T = TypeVar("T")

#: sends the request (again); each call reads the current token
Attempt = Callable[[], Awaitable[T]]
#: renews the sign-in after ``rejected``; raises when it cannot
Renew = Callable[[AuthExpired], Awaitable[None]]


async def renewing(
    attempt: Attempt[T],
    renew: Renew,
    *,
    platform: str,
    refused_again: str,
    sign_out: bool = False,
) -> T:
    """``attempt()``; if the sign-in is refused, ``renew`` once and ``attempt()`` again."""
    try:
        return await attempt()
    except AuthExpired as rejected:
        await renew(rejected)
    return await after_renewal(
        attempt, platform=platform, refused_again=refused_again, sign_out=sign_out
    )


async def after_renewal(
    attempt: Attempt[T], *, platform: str, refused_again: str, sign_out: bool = False
) -> T:
    """The attempt after a renewal: a refusal now is never renewed again (see the module)."""
    try:
        return await attempt()
    except AuthExpired as err:
        kind = SignedOut if sign_out else ProviderUnavailable
        raise kind(refused_again, provider=platform, detail=err.detail) from err
