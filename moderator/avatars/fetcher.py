"""Downloads authors' pictures under the policy: https to allowed hosts, small, quick, few at once.

Every way a picture can fail (refused address, slow or huge answer, not a picture, a redirect
elsewhere, no network) ends as ``None`` and a line in the log: the row shows initials and the
chat never waits on a picture. A URL that failed is not asked again for a while.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping

import httpx

from moderator.avatars.cache import AvatarCache
from moderator.avatars.sniff import check_picture
from moderator.core.avatars import MAX_REDIRECTS, AvatarPolicy, AvatarRefused

log = logging.getLogger(__name__)

#: refused URLs remembered (a bounded map: a flood of new addresses cannot grow it)
REFUSALS_KEPT = 4096
#: what the server may call a picture; a page (text/html) is refused before its body is read
PICTURE_TYPES = ("image/", "application/octet-stream", "binary/octet-stream")


class AvatarFetcher:
    """An :class:`~moderator.core.avatars.AvatarSource` over httpx."""

    def __init__(
        self,
        policy: AvatarPolicy,
        cache: AvatarCache | None = None,
        *,
        verify: ssl.SSLContext | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy
        self._base = policy
        self.cache = cache
        self._verify = verify
        self._clock = clock
        self._client: httpx.AsyncClient | None = None
        self._slots: asyncio.Semaphore | None = None
        #: url -> (when it failed, why): read by tests and by the log
        self.refusals: OrderedDict[str, tuple[float, str]] = OrderedDict()
        self._running: dict[str, asyncio.Future[bytes | None]] = {}

    def set_hosts(self, overrides: Mapping[str, Iterable[str]]) -> None:
        """Allow these hosts for these providers (the setting), on top of the policy given."""
        self.policy = self._base.with_hosts(overrides)
        self.refusals.clear()  # a host just allowed is asked again

    async def fetch(self, provider: str, url: str) -> bytes | None:
        """The picture's bytes, or None; never raises (a cancelled caller is still cancelled)."""
        refused = self.refusals.get(url)
        if refused is not None and self._clock() - refused[0] < self.policy.retry_after_s:
            return None
        running = self._running.get(url)
        if running is None:  # the same author in many rows: one download
            running = asyncio.ensure_future(self._fetch_logged(provider, url))
            self._running[url] = running
            running.add_done_callback(lambda _done: self._running.pop(url, None))
        # a caller that goes away (its row scrolled off) leaves the download to the others
        return await asyncio.shield(running)

    async def _fetch_logged(self, provider: str, url: str) -> bytes | None:
        try:
            return await self._fetch(provider, url)
        except AvatarRefused as err:
            reason = str(err)
        except TimeoutError:
            reason = f"the picture took longer than {self.policy.timeout_s:g} s"
        except (httpx.HTTPError, ssl.SSLError, OSError, ValueError) as err:
            reason = f"the picture could not be fetched ({type(err).__name__}: {err})"
        self._refuse(url, reason)
        return None

    def _refuse(self, url: str, reason: str) -> None:
        log.info("avatar %s refused: %s", url[:200], reason)
        self.refusals[url] = (self._clock(), reason)
        self.refusals.move_to_end(url)
        while len(self.refusals) > REFUSALS_KEPT:
            self.refusals.popitem(last=False)

    async def _fetch(self, provider: str, url: str) -> bytes:
        self.policy.check(provider, url)
        if self.cache is not None:
            kept = await asyncio.to_thread(self.cache.get, url)  # the disk, off the loop
            if kept is not None:
                check_picture(kept, self.policy.max_source_side)
                return kept
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.policy.concurrency)
        async with self._slots, asyncio.timeout(self.policy.timeout_s):
            data = await self._download(provider, url)
        check_picture(data, self.policy.max_source_side)
        if self.cache is not None:
            await asyncio.to_thread(self.cache.put, url, data)
        return data

    async def _download(self, provider: str, url: str) -> bytes:
        client = self._http()
        for _hop in range(MAX_REDIRECTS + 1):
            async with client.stream("GET", url) as response:
                if response.is_redirect:
                    target = response.headers.get("location", "")
                    url = str(response.url.join(target))
                    self.policy.check(provider, url)  # each hop is checked as the first one
                    continue
                self._check_head(response)
                return await self._body(response)
        raise AvatarRefused(f"more than {MAX_REDIRECTS} redirects")

    def _check_head(self, response: httpx.Response) -> None:
        if response.status_code != 200:
            raise AvatarRefused(f"the picture server answered {response.status_code}")
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("", "identity"):
            # a compressed body could expand past any limit in one read: it is never unpacked
            raise AvatarRefused(f"the picture came compressed ({encoding})")
        kind = response.headers.get("content-type", "image/").strip().lower()
        if not kind.startswith(PICTURE_TYPES):
            raise AvatarRefused(f"the server sent {kind.split(';')[0]}, not a picture")
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > self.policy.max_bytes:
            raise AvatarRefused(f"the picture is {int(length)} bytes, over the limit")

    async def _body(self, response: httpx.Response) -> bytes:
        body = bytearray()
        async for chunk in response.aiter_raw():
            body += chunk
            if len(body) > self.policy.max_bytes:
                raise AvatarRefused(f"the picture is over {self.policy.max_bytes} bytes")
        return bytes(body)

    def _http(self) -> httpx.AsyncClient:
        if self._client is None:
            verify = self._verify
            if verify is None:
                from moderator.providers.http import tls_context

                verify = tls_context()
            self._client = httpx.AsyncClient(
                verify=verify,
                follow_redirects=False,
                timeout=httpx.Timeout(self.policy.timeout_s),
                limits=httpx.Limits(max_connections=self.policy.concurrency),
                headers={"Accept": "image/*", "Accept-Encoding": "identity"},
            )
        return self._client

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
