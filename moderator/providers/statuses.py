"""How an HTTP answer that is not a success becomes a typed error, and how long a server asks
us to wait: the part of :mod:`moderator.providers.http` that reads statuses and headers.

Each sentence is a :class:`~moderator.wording.Said`, so the moderator reads it in their language.
"""

from __future__ import annotations

import email.utils
import logging
import math
import time
from collections.abc import Mapping
from typing import Any

import httpx

from moderator.errors import (
    MAX_RETRY_AFTER,
    AuthExpired,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    ProviderError,
    ProviderUnavailable,
    RateLimited,
)
from moderator.wording import Said

log = logging.getLogger(__name__)


def error_for(response: httpx.Response, *, platform: str, detail: str) -> ProviderError:
    """The typed error for a non-2xx response."""
    status = response.status_code
    kw: dict[str, Any] = {"provider": platform, "detail": detail}
    if status == 401:
        return AuthExpired(Said("{platform} did not accept the sign-in.", platform=platform), **kw)
    if status == 403:
        denied = Said("This account may not do that on {platform}.", platform=platform)
        return PermissionDenied(denied, **kw)
    if status == 404:
        gone = Said("{platform} could not find it; it may have been removed.", platform=platform)
        return NotFound(gone, **kw)
    if status == 429:
        wait = retry_after_seconds(response.headers)
        return RateLimited(
            Said(
                "{platform} asks us to slow down; trying again in {seconds} s.",
                platform=platform,
                seconds=f"{wait:.0f}",
            ),
            retry_after=wait,
            hinted=has_retry_hint(response.headers),
            **kw,
        )
    if status >= 500:
        trouble = Said(
            "{platform} has a problem right now (HTTP {status}).", platform=platform, status=status
        )
        return ProviderUnavailable(trouble, **kw)
    if status in (400, 409, 422):
        return InvalidRequest(Said("{platform} refused the request.", platform=platform), **kw)
    return ProviderError(
        Said("{platform} answered HTTP {status}.", platform=platform, status=status), **kw
    )


def has_retry_hint(headers: Mapping[str, str]) -> bool:
    """Whether the answer says when to try again (else a wait is only a guess)."""
    return bool(headers.get("retry-after") or headers.get("x-ratelimit-reset"))


def retry_after_seconds(headers: Mapping[str, str], default: float = 1.0) -> float:
    """Seconds to wait from ``Retry-After`` (seconds or HTTP date) or a rate-limit reset time.

    Whatever the server says, the result is finite and within 0 .. :data:`MAX_RETRY_AFTER`; an
    unreadable value counts as absent. The real value is logged when it had to be clamped.
    """
    raw = headers.get("retry-after", "")
    wait = _retry_after(raw) if raw else None
    if wait is None:
        raw = headers.get("x-ratelimit-reset", "")
        wait = _reset(raw) if raw else None
    if wait is None:
        return default
    if wait > MAX_RETRY_AFTER:
        log.warning("a server asked to wait %.80r; waiting %.0f s", raw, MAX_RETRY_AFTER)
        return MAX_RETRY_AFTER
    return max(0.0, wait)


def _retry_after(value: str) -> float | None:
    number = _number(value)
    if number is not None:
        return number
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError, IndexError):
        return None
    return moment.timestamp() - time.time() if moment is not None else None


def _reset(value: str) -> float | None:
    number = _number(value)
    if number is None:
        return None
    # a Unix time on most platforms, a count of seconds on some: no reset lies before 2001
    return number - time.time() if number > 1e9 else number


def _number(value: str) -> float | None:
    try:
        number = float(value)
    except (ValueError, OverflowError):
        return None
    return None if math.isnan(number) else number
