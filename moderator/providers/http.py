"""HTTP plumbing shared by every provider: one client per connection, errors as types.

Each provider owns one :class:`httpx.AsyncClient` for its connection's whole life (made here),
and sends every request through :func:`send`, which turns network failures and HTTP statuses
into the typed errors of :mod:`moderator.errors`. Providers only say how to read their own
error bodies.
"""

from __future__ import annotations

import email.utils
import json
import logging
import ssl
import time
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

import certifi
import httpx

from moderator import __version__
from moderator.errors import (
    AuthExpired,
    InvalidRequest,
    MalformedPayload,
    NotFound,
    PermissionDenied,
    ProviderError,
    ProviderUnavailable,
    RateLimited,
)
from moderator.logs import RedactingFilter

#: reads a provider's error body; returns the platform's own words ("" when there are none)
ErrorReader = Callable[[httpx.Response], str]

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)

# httpx logs every request's URL, and some platforms take tokens in the query (PRISM's refresh):
# redact on the loggers themselves, so no handler (a test's, a user's) ever sees a secret
for _name in ("httpx", "httpcore"):
    logging.getLogger(_name).addFilter(RedactingFilter())


@lru_cache(maxsize=1)
def _tls_context() -> ssl.SSLContext:
    # certifi's bundle on purpose: a bundle (or a user's shell) may carry an SSL_CERT_FILE that
    # points nowhere; verification itself is never turned off
    return ssl.create_default_context(cafile=certifi.where())


def make_client(
    base_url: str,
    *,
    headers: Mapping[str, str] | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
) -> httpx.AsyncClient:
    """The client for one connection. Tests pass an ASGI ``transport`` to reach a fake.

    ``timeout`` in seconds (a connection's ``request_timeout``) bounds every read; connecting
    gets at most 5 s of it.
    """
    if not isinstance(timeout, httpx.Timeout):
        timeout = httpx.Timeout(timeout, connect=min(5.0, timeout))
    return httpx.AsyncClient(
        base_url=base_url,
        headers={
            "User-Agent": f"Moderator/{__version__}",
            "Accept": "application/json",
            **(headers or {}),
        },
        transport=transport,
        timeout=timeout,
        verify=_tls_context(),
        follow_redirects=False,
    )


async def send(
    client: httpx.AsyncClient,
    method: str,
    url: str,
    *,
    platform: str,
    read_error: ErrorReader,
    **kwargs: Any,
) -> httpx.Response:
    """Send one request; a 2xx comes back, anything else is raised as a typed error."""
    try:
        response = await client.request(method, url, **kwargs)
    except httpx.TimeoutException as err:
        raise ProviderUnavailable(f"{platform} did not answer in time.", provider=platform) from err
    except httpx.TransportError as err:
        raise ProviderUnavailable(
            f"{platform} could not be reached. Check the network connection.",
            provider=platform,
            detail=type(err).__name__,
        ) from err
    if response.is_success:
        return response
    raise error_for(response, platform=platform, detail=_safe_read(read_error, response))


def _safe_read(read_error: ErrorReader, response: httpx.Response) -> str:
    try:
        return read_error(response)[:300]
    except Exception:  # an unreadable error body must not hide the status
        return ""


def error_for(response: httpx.Response, *, platform: str, detail: str) -> ProviderError:
    """The typed error for a non-2xx response."""
    status = response.status_code
    kw: dict[str, Any] = {"provider": platform, "detail": detail}
    if status == 401:
        return AuthExpired(f"{platform} did not accept the sign-in.", **kw)
    if status == 403:
        return PermissionDenied(f"This account may not do that on {platform}.", **kw)
    if status == 404:
        return NotFound(f"{platform} could not find it; it may have been removed.", **kw)
    if status == 429:
        wait = retry_after_seconds(response.headers)
        return RateLimited(
            f"{platform} asks us to slow down; trying again in {wait:.0f} s.",
            retry_after=wait,
            hinted=has_retry_hint(response.headers),
            **kw,
        )
    if status >= 500:
        return ProviderUnavailable(f"{platform} has a problem right now (HTTP {status}).", **kw)
    if status in (400, 409, 422):
        return InvalidRequest(f"{platform} refused the request.", **kw)
    return ProviderError(f"{platform} answered HTTP {status}.", **kw)


def has_retry_hint(headers: Mapping[str, str]) -> bool:
    """Whether the answer says when to try again (else a wait is only a guess)."""
    return bool(headers.get("retry-after") or headers.get("x-ratelimit-reset"))


def retry_after_seconds(headers: Mapping[str, str], default: float = 1.0) -> float:
    """Seconds to wait from ``Retry-After`` (seconds or HTTP date) or a rate-limit reset time."""
    value = headers.get("retry-after")
    if value:
        try:
            return max(0.0, float(value))
        except ValueError:
            parsed = email.utils.parsedate_to_datetime(value) if value else None
            if parsed is not None:
                return max(0.0, parsed.timestamp() - time.time())
    reset = headers.get("x-ratelimit-reset")
    if reset:
        try:
            return max(0.0, float(reset) - time.time())
        except ValueError:
            pass
    return default


def json_body(response: httpx.Response, *, platform: str) -> Any:
    """The decoded JSON body, or :class:`MalformedPayload` with a short, secret-free reason."""
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise MalformedPayload(
            f"{platform} sent an answer that is not valid JSON.",
            provider=platform,
            detail=f"{len(response.content)} bytes, {type(err).__name__}",
        ) from err
