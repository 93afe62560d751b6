"""HTTP plumbing shared by every provider: one client per connection, errors as types.

Each provider owns one :class:`httpx.AsyncClient` for its connection's whole life (made here),
and sends every request through :func:`send`, which turns network failures and HTTP statuses
into the typed errors of :mod:`moderator.errors`. Providers only say how to read their own
error bodies.

Nothing a server sends is trusted to be small or quick: a body is read up to
:data:`MAX_BODY`, a whole exchange ends within :func:`deadline`, a requested wait is clamped to
:data:`MAX_RETRY_AFTER`, and JSON is read by :func:`parse_json`, which survives invalid UTF-8,
absurd nesting and giant numbers so that one bad message costs only itself.
"""

from __future__ import annotations

import asyncio
import html
import logging
import os
import re
import ssl
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, TypeVar

import certifi
import httpx

from moderator import __version__
from moderator.errors import (
    ProviderError,
    ProviderUnavailable,
    ResponseTooLarge,
    UntrustedCertificate,
)
from moderator.logs import RedactingFilter
from moderator.providers import asyncio_only  # noqa: F401 - httpcore's per-request import
from moderator.providers.jsonread import parse_json

# re-exported: callers know them here
from moderator.providers.statuses import error_for
from moderator.providers.statuses import has_retry_hint as has_retry_hint
from moderator.providers.statuses import retry_after_seconds as retry_after_seconds
from moderator.wording import Said

log = logging.getLogger(__name__)
E = TypeVar("E", bound=BaseException)
MB = 1024 * 1024
#: the largest answer read; a full page of any platform is well under 1 MB
MAX_BODY = 8 * MB
#: the most of an error answer read: only its first words are ever shown
MAX_ERROR_BODY = 64 * 1024
#: a whole exchange (connect, send, every byte of the body) may take the read timeout × this
DEADLINE_FACTOR = 3
_TAG = re.compile(r"<[^>]*>")

#: reads a provider's error body; returns the platform's own words ("" when there are none)
ErrorReader = Callable[[httpx.Response], str]

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=5.0)

# httpx logs every request's URL, and some platforms take tokens in the query (PRISM's refresh):
# redact on the loggers themselves, so no handler (a test's, a user's) ever sees a secret
for _name in ("httpx", "httpcore"):
    logging.getLogger(_name).addFilter(RedactingFilter())


#: a CA bundle from the settings, trusted on top of certifi's (see :func:`use_ca_bundle`)
_ca_bundle = ""


def use_ca_bundle(path: str) -> None:
    """Trust the certificate authorities in ``path`` too (a corporate CA); "" for none."""
    global _ca_bundle
    _ca_bundle = path


def ca_bundle() -> str:
    """The ``ca_bundle`` setting in force ("" for none): the network process trusts it too."""
    return _ca_bundle


def tls_context() -> ssl.SSLContext:
    """Certifi's CAs, plus a readable ``SSL_CERT_FILE`` and the ``ca_bundle`` setting's."""
    extra = [os.environ.get("SSL_CERT_FILE", ""), _ca_bundle]
    return _context_for(tuple(p for p in extra if p and os.path.isfile(p)))


@lru_cache(maxsize=4)
def _context_for(extra: tuple[str, ...]) -> ssl.SSLContext:
    # certifi's bundle always, and a readable SSL_CERT_FILE or the setting's bundle on top: a
    # frozen bundle (or a user's shell) may carry an SSL_CERT_FILE that points nowhere, which
    # must not break every connection; verification itself is never turned off
    context = ssl.create_default_context(cafile=certifi.where())
    for path in extra:
        try:
            context.load_verify_locations(cafile=path)
        except (OSError, ssl.SSLError, ValueError) as err:
            log.warning("the CA bundle %s could not be used: %s", path, err)
    return context


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
        verify=tls_context(),
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
    """Send one request; a 2xx comes back (its body read), anything else is a typed error.

    The whole exchange, body included, must end within :func:`deadline` seconds, and a body
    may be at most :data:`MAX_BODY` bytes: a server that trickles or never stops is cut off.
    """
    limit = deadline(client)
    try:
        async with asyncio.timeout(limit):
            response = await _exchange(client, method, url, kwargs)
    except TimeoutError as err:
        raise ProviderUnavailable(
            Said("{platform} did not answer in time.", platform=platform),
            provider=platform,
            detail=Said("no complete answer within {seconds} s", seconds=f"{limit:.0f}"),
        ) from err
    except httpx.TimeoutException as err:
        late = Said("{platform} did not answer in time.", platform=platform)
        raise ProviderUnavailable(late, provider=platform) from err
    except _TooLarge as err:
        raise ResponseTooLarge(
            Said(
                "{platform} sent an answer larger than {megabytes} MB; it was not read. "
                "Trying again.",
                platform=platform,
                megabytes=MAX_BODY // MB,
            ),
            provider=platform,
            detail=Said("{bytes} bytes or more", bytes=err.args[0]),
        ) from err
    except httpx.TransportError as err:
        raise _transport_error(err, platform) from err
    if response.is_success:
        return response
    raise error_for(response, platform=platform, detail=_safe_read(read_error, response))


def deadline(client: httpx.AsyncClient) -> float:
    """Seconds one whole exchange may take: the read timeout × :data:`DEADLINE_FACTOR`."""
    read = client.timeout.read
    return DEADLINE_FACTOR * (read if read else DEFAULT_TIMEOUT.read or 10.0)


class _TooLarge(Exception):
    """A body past its limit (``args[0]``: bytes seen); turned into ResponseTooLarge."""


async def _exchange(
    client: httpx.AsyncClient, method: str, url: str, kwargs: dict[str, Any]
) -> httpx.Response:
    # ``auth`` and redirects belong to sending, the rest to the request (as client.request does)
    auth = kwargs.pop("auth", httpx.USE_CLIENT_DEFAULT)
    redirects = kwargs.pop("follow_redirects", httpx.USE_CLIENT_DEFAULT)
    request = client.build_request(method, url, **kwargs)
    response = await client.send(request, auth=auth, follow_redirects=redirects, stream=True)
    try:
        if response.is_success:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > MAX_BODY:
                raise _TooLarge(int(declared))
            await _read_body(response, MAX_BODY, cut=False)
        else:
            # only the first words of an error are ever shown: read no more than that
            await _read_body(response, MAX_ERROR_BODY, cut=True)
    finally:
        await response.aclose()
    return response


async def _read_body(response: httpx.Response, limit: int, *, cut: bool) -> None:
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            if not cut:
                raise _TooLarge(size)
            chunks.append(chunk[: len(chunk) - (size - limit)])
            break
        chunks.append(chunk)
    # what Response.aread() does, with a limit: later reads of .content see these bytes
    response._content = b"".join(chunks)


def untrusted(err: BaseException, platform: str) -> UntrustedCertificate | None:
    """The typed error when ``err`` (or its cause) is a failed certificate check, else None."""
    reason = _certificate_problem(err)
    if reason is None:
        return None
    return UntrustedCertificate(
        Said(
            "The server's certificate is not trusted: {reason}. Nothing was sent to {platform}. "
            "If your network uses its own certificate authority, name its PEM file in the "
            "ca_bundle setting or in SSL_CERT_FILE.",
            reason=reason,
            platform=platform,
        ),
        provider=platform,
    )


def _transport_error(err: httpx.TransportError, platform: str) -> ProviderError:
    certificate = untrusted(err, platform)
    if certificate is not None:
        return certificate
    tls = _find(err, ssl.SSLError)
    if tls is not None:
        return ProviderUnavailable(
            Said("A secure connection to {platform} could not be made.", platform=platform),
            provider=platform,
            detail=getattr(tls, "reason", None) or type(tls).__name__,
        )
    return ProviderUnavailable(
        Said("{platform} could not be reached. Check the network connection.", platform=platform),
        provider=platform,
        detail=type(err).__name__,
    )


def _certificate_problem(err: BaseException) -> str | None:
    found = _find(err, ssl.SSLCertVerificationError)
    if found is None:
        return None
    return str(found.verify_message or found.reason or "verification failed")


def _find(err: BaseException, kind: type[E]) -> E | None:
    """``err`` or the first of its causes that is a ``kind``."""
    seen: BaseException | None = err
    for _ in range(10):  # a cause chain is short; a cycle must not hang us
        if seen is None:
            return None
        if isinstance(seen, kind):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _safe_read(read_error: ErrorReader, response: httpx.Response) -> str:
    try:
        text = read_error(response)[: MAX_ERROR_BODY // 16]
    except Exception:  # an unreadable error body must not hide the status
        return ""
    # a proxy's HTML page is not a sentence: keep its words only (redaction happens in the error)
    return html.unescape(_TAG.sub(" ", text)) if "<" in text else text


def json_body(response: httpx.Response, *, platform: str) -> Any:
    """The decoded JSON body, or :class:`MalformedPayload` with a short, secret-free reason."""
    return parse_json(response.content, platform=platform, encoding=response.charset_encoding)


class Sender:
    """:func:`send` for one connection: its client, platform, error reader and credentials.

    ``credentials`` gives the sign-in headers at each send (tokens change when renewed);
    ``refine`` turns a typed error into the platform's own reading of it (an error code's
    meaning, a documented minimum wait). ``signed=False`` sends without credentials (a log-in).
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        *,
        platform: str,
        read_error: ErrorReader,
        credentials: Callable[[], Mapping[str, str]] = dict,
        refine: Callable[[ProviderError], ProviderError] | None = None,
    ) -> None:
        self.client = client
        self.platform = platform
        self._read_error = read_error
        self._credentials = credentials
        self._refine = refine

    async def __call__(
        self, method: str, url: str, *, signed: bool = True, **kwargs: Any
    ) -> httpx.Response:
        headers = {**(self._credentials() if signed else {}), **kwargs.pop("headers", {})}
        try:
            return await send(
                self.client,
                method,
                url,
                platform=self.platform,
                read_error=self._read_error,
                headers=headers,
                **kwargs,
            )
        except ProviderError as err:
            refined = err if self._refine is None else self._refine(err)
            if refined is err:
                raise
            raise refined from err
