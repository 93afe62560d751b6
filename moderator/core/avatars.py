"""Authors' pictures: which may be fetched, and how much of one. Qt-free and HTTP-free.

A picture URL comes from a platform and so from whoever wrote the chat message's profile: it is
untrusted. It is fetched only over https, only from hosts the provider serves pictures from (a
per-provider allow list the moderator can change), and only while small. The fetcher
(``moderator.avatars``) and the decoder (``moderator.ui.kit.avatar_image``) apply this policy;
the UI asks for pictures through :class:`AvatarSource` and never speaks HTTP itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlsplit

#: a picture's bytes on the wire, at most (a chat-sized avatar is a few KB)
MAX_BYTES = 256 * 1024
#: the longest side of a decoded picture, after scaling
MAX_SIDE = 128
#: a picture that says it is larger than this on a side is refused before it is decoded (a
#: 50,000 x 50,000 px PNG of a few KB would need 10 GB)
MAX_SOURCE_SIDE = 2048
#: seconds for the whole download, redirects and a slow drip included
TIMEOUT_S = 5.0
#: downloads at once, for all streams together
CONCURRENCY = 4
#: how long a fetched picture is kept on disk before it is fetched again
TTL_S = 7 * 24 * 3600.0
#: how long a refused or failed URL is not asked again (a hostile one is not hammered)
RETRY_AFTER_S = 15 * 60.0
#: redirects followed, each to an allowed https host again
MAX_REDIRECTS = 3
MAX_URL_LENGTH = 2048

#: where each provider serves its authors' pictures. No provider documents the host: the
#: defaults follow its examples or SDK and are a setting (``avatar_hosts``). "*.x" allows the
#: sub-domains of x, not x itself; any other pattern is one exact host.
DEFAULT_HOSTS: dict[str, tuple[str, ...]] = {
    # [I] authorProfileThumbnail: PRISM is NAVER's, whose image CDN is pstatic.net
    "prism": ("*.pstatic.net",),
    # [D] seed 001's profilePhoto (url and variants) on example.com: the deployment's own
    # domain, to be set to it (Allmine publishes no base URL either)
    "allmine": ("example.com", "*.example.com"),
    # [I] Stream Chat's user.image: pictures uploaded through Stream are on its CDN
    "ibmvideo": ("*.stream-io-cdn.com",),
    # Brilliant Directories' chat items and LivePerson's legacy chat events carry no picture
    "brilliant": (),
    "liveperson": (),
}


class AvatarRefused(Exception):
    """A picture not fetched or not shown; the message says why, for the log."""


@dataclass(frozen=True, slots=True)
class AvatarPolicy:
    hosts: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_HOSTS))
    max_bytes: int = MAX_BYTES
    max_side: int = MAX_SIDE
    max_source_side: int = MAX_SOURCE_SIDE
    timeout_s: float = TIMEOUT_S
    concurrency: int = CONCURRENCY
    ttl_s: float = TTL_S
    retry_after_s: float = RETRY_AFTER_S

    def with_hosts(self, overrides: Mapping[str, Iterable[str]]) -> AvatarPolicy:
        """This policy with the providers in ``overrides`` allowed exactly those hosts."""
        hosts = dict(self.hosts)
        for provider, patterns in overrides.items():
            hosts[provider] = tuple(p.strip().lower() for p in patterns if p.strip())
        return AvatarPolicy(
            hosts,
            self.max_bytes,
            self.max_side,
            self.max_source_side,
            self.timeout_s,
            self.concurrency,
            self.ttl_s,
            self.retry_after_s,
        )

    def check(self, provider: str, url: str) -> None:
        """Raise :class:`AvatarRefused` unless ``url`` may be fetched for ``provider``."""
        if len(url) > MAX_URL_LENGTH:
            raise AvatarRefused("the picture's address is too long")
        # URL parsers disagree on these (a tab dropped here, a backslash read as a slash there):
        # an address holding one could name one host to this check and another to the download
        if any(c.isspace() or c == "\\" or ord(c) < 0x20 or ord(c) == 0x7F for c in url):
            raise AvatarRefused("the picture's address holds a space, a backslash or a control")
        try:
            parts = urlsplit(url)
            host = (parts.hostname or "").lower()
            parts.port  # noqa: B018 - raises ValueError on a port that is not a number
        except ValueError as err:
            raise AvatarRefused(f"the picture's address cannot be read ({err})") from None
        if parts.scheme.lower() != "https":
            raise AvatarRefused(f"only https pictures are fetched, not {parts.scheme or '?'}:")
        if parts.username is not None or parts.password is not None:
            raise AvatarRefused("a picture's address may not carry a user name or password")
        if not host_allowed(host, self.hosts.get(provider, ())):
            raise AvatarRefused(f"{host or '?'} is not a picture host allowed for {provider}")


def host_allowed(host: str, patterns: Iterable[str]) -> bool:
    host = host.rstrip(".").lower()
    if not host:
        return False
    for pattern in patterns:
        pattern = pattern.lower()
        if pattern.startswith("*."):
            if host.endswith(pattern[1:]) and len(host) > len(pattern) - 1:
                return True
        elif host == pattern:
            return True
    return False


def provider_of(stream_key: str) -> str:
    """The provider's name in a stream key ("prism:123" -> "prism")."""
    return stream_key.partition(":")[0]


def initials(name: str) -> str:
    """One or two letters for a picture's placeholder: "Chris Doe" -> "CD", "" -> "?"."""
    words = [w for w in name.replace("_", " ").replace(".", " ").split() if w[:1].isalnum()]
    if not words:
        return "?"
    letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
    return letters.upper()


class AvatarSource(Protocol):
    """Gives a picture's bytes, checked against the policy, or None (refused, failed, absent).

    Never raises: a bad picture shows initials, and the chat goes on."""

    async def fetch(self, provider: str, url: str) -> bytes | None: ...
